import type { ContentKind } from '../../../domain/kinds';
import { stableHash } from '../../../util/hash';
import type { ImportContext, ImportSink, InputFile } from '../../types';
import { find, findAll, hasClass, leafTexts, readHtmlBlocks, textOf } from '../shared/html-blocks';
import { arr, isObject, num, readMetaJson, str, type JsonObject } from '../shared/json-input';
import { isHtml, sectionOfName, unknownLayout } from '../shared/list-file';
import { resolveOwner } from '../shared/owner';
import { epochToMs, isoToMs, parseHtmlTime } from '../shared/time';
import { mediaIdFromUri, mediaKey } from '../shared/urls';
import type { UtcMs } from '../../../util/time-keys';

interface Published {
  kind: ContentKind;
  uri: string | undefined;
  at: UtcMs | undefined;
  caption: string | undefined;
}

function kindOf(section: string): ContentKind {
  if (/stor/.test(section)) return 'story';
  if (/reel/.test(section)) return 'reel';
  if (/live/.test(section)) return 'live';
  if (/other/.test(section)) return 'other';
  return 'post';
}

/** A post groups its media (a carousel); its caption is the post title, or the first media's. */
function fromPost(p: JsonObject, kind: ContentKind): Published {
  const media = arr(p.media).filter(isObject);
  const first = media[0] ?? p;
  const ts = num(p.creation_timestamp) ?? num(first.creation_timestamp);
  const caption = str(p.title) || media.map((m) => str(m.title)).find((t) => !!t) || undefined;
  return { kind, uri: str(first.uri), at: ts ? epochToMs(ts) : undefined, caption };
}

function fromJson(root: unknown, section: string, file: InputFile): Published[] {
  if (Array.isArray(root)) return root.filter(isObject).map((p) => fromPost(p, kindOf(section)));
  if (!isObject(root)) throw unknownLayout(file, 'instagram-media', root);
  const out: Published[] = [];
  for (const [key, list] of Object.entries(root)) {
    if (!Array.isArray(list)) continue;
    if (/^ig_/.test(key)) out.push(...list.filter(isObject).map((p) => fromPost(p, kindOf(key))));
    else if (/^(photos|videos|stories)$/.test(key)) {
      // 2018–20 media.json: {"photos": [{"caption", "taken_at", "path"}], "videos": […], "stories": […]}
      for (const m of list.filter(isObject)) {
        const when = str(m.taken_at);
        out.push({
          kind: key === 'stories' ? 'story' : 'post',
          uri: str(m.path),
          at: when ? isoToMs(when) : undefined,
          caption: str(m.caption) || undefined,
        });
      }
    }
  }
  if (out.length === 0 && !Object.keys(root).some((k) => /^ig_|^(photos|videos|stories|profile|direct)$/.test(k)))
    throw unknownLayout(file, 'instagram-media', root);
  return out;
}

/**
 * The brand's own posts, reels and stories as contents, keyed by the media id in their file name so
 * that insights (past insights pages, Business Suite CSV "Post ID") attach to the same row.
 */
export async function importMedia(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const section = sectionOfName(file);
  const items: Published[] = [];
  let badTimes = 0;
  if (isHtml(file)) {
    await readHtmlBlocks(file, (block) => {
      const src = findAll(block, (n) => !!(n.attrs.src || n.attrs.href))
        .map((n) => n.attrs.src || n.attrs.href!)
        .find((u) => /^media\//.test(u));
      const timeNode = find(block, hasClass('_a6-o'));
      const texts = leafTexts(block);
      const at = timeNode
        ? parseHtmlTime(textOf(timeNode).trim(), ctx.timezone)
        : texts.map((t) => parseHtmlTime(t, ctx.timezone)).find((t) => !Number.isNaN(t));
      if (at === undefined || Number.isNaN(at)) badTimes++;
      const caption = texts.find((t) => Number.isNaN(parseHtmlTime(t, ctx.timezone)));
      items.push({ kind: kindOf(section), uri: src, at, caption });
    });
    sink.warn(`HTML times carry no time zone: read as ${ctx.timezone}`);
  } else items.push(...fromJson(await readMetaJson(file), section, file));

  const owner = await resolveOwner(file, ctx, sink, 'instagram');
  const author = owner.ref();
  for (const p of items) {
    const id = mediaIdFromUri(p.uri);
    const key = id ? mediaKey(id) : stableHash('ig-media', p.uri ?? '', p.at ?? '', p.caption ?? '');
    sink.content({ key, kind: p.kind, at: p.at !== undefined && !Number.isNaN(p.at) ? p.at : undefined, author, text: p.caption });
    sink.checkpoint();
  }
  if (badTimes > 0) sink.warn(`${badTimes} item(s) had no readable date`);
}
