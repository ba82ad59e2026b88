import { stableHash } from '../../../util/hash';
import type { ImportContext, ImportSink, InputFile } from '../../types';
import { arr, isObject, num, readMetaJson, str, type JsonObject } from '../shared/json-input';
import { unknownLayout } from '../shared/list-file';
import { resolveOwner } from '../shared/owner';
import { epochToMs } from '../shared/time';

/** The post's own words (`data[].post`), its first attachment's link or media, and its time. */
function postOf(p: JsonObject) {
  const text = arr(p.data)
    .map((d) => (isObject(d) ? str(d.post) : undefined))
    .find((t) => t !== undefined);
  let url: string | undefined;
  let uri: string | undefined;
  for (const a of arr(p.attachments)) {
    for (const d of isObject(a) ? arr(a.data) : []) {
      if (!isObject(d)) continue;
      if (!url && isObject(d.external_context)) url = str(d.external_context.url);
      if (!uri && isObject(d.media)) uri = str(d.media.uri);
    }
  }
  return { ts: num(p.timestamp), text: text?.trim() === '' ? undefined : text, url, uri, title: str(p.title) };
}

/**
 * posts/your_posts_1.json (a bare array; 2023+ your_posts__check_ins__photos_and_videos_1.json):
 * the account's own posts as contents. Facebook gives them no id, so the key hashes time, text and
 * first media path, which a later export repeats unchanged.
 */
export async function importFacebookPosts(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const root = await readMetaJson(file);
  const list = Array.isArray(root) ? root : isObject(root) ? Object.values(root).find((v) => Array.isArray(v)) : undefined;
  if (!Array.isArray(list) || !list.every((p) => isObject(p))) throw unknownLayout(file, 'facebook-posts', root);
  const owner = await resolveOwner(file, ctx, sink, 'facebook');
  const author = owner.ref();
  let undated = 0;
  for (const p of list as JsonObject[]) {
    const post = postOf(p);
    if (!post.ts) {
      undated++;
      continue;
    }
    sink.content({
      key: stableHash('fb-post', post.ts, post.text ?? '', post.uri ?? post.url ?? ''),
      kind: 'post',
      at: epochToMs(post.ts),
      author,
      title: post.title,
      text: post.text,
      url: post.url,
    });
    sink.checkpoint();
  }
  if (undated > 0) sink.warn(`${undated} post(s) without a time were left out`);
}
