import type { ChannelRecord, IdentityRef } from '../../../domain/records';
import { stableHash } from '../../../util/hash';
import type { ImportContext, ImportSink, InputFile } from '../../types';
import { LABELS } from '../shared/aliases';
import { entryFromJson, field } from '../shared/entries';
import { arr, isObject, num, readMetaJson, str, type JsonObject } from '../shared/json-input';
import { unknownLayout } from '../shared/list-file';
import { resolveOwner, type Owner } from '../shared/owner';
import { epochToMs } from '../shared/time';

/** Records of every wrapper in `keys`, from one wrapper object or a list of them. */
function recordsOf(root: unknown, keys: readonly string[]): { key: string; rec: JsonObject }[] | undefined {
  const wrappers =
    Array.isArray(root) && root.every(isObject) && root.some((w) => keys.some((k) => k in w)) ? root : isObject(root) ? [root] : [];
  const out: { key: string; rec: JsonObject }[] = [];
  let found = false;
  for (const w of wrappers) {
    for (const k of keys) {
      if (!Array.isArray(w[k])) continue;
      found = true;
      for (const rec of arr(w[k])) if (isObject(rec)) out.push({ key: k, rec });
    }
  }
  return found ? out : undefined;
}

/**
 * "<A> commented on <B>'s post." names whom a comment or reaction addressed. The sentence is
 * localised (Danish "… har kommenteret Nils Aagaards opslag."); only the English form is read, other
 * languages leave the target empty rather than guess at a grammar.
 */
const ADDRESSEE =
  /^.+? (?:commented on|replied to|likes|liked|reacted to) (.+?)['’]s? (?:own )?(?:post|photo|video|comment|link|status|album|reel|note|life event|event|update)\b/;

function addressee(title: string | undefined, owner: Owner): IdentityRef | undefined {
  const m = title ? ADDRESSEE.exec(title) : null;
  if (!m || /^(his|her|their|your|my)$/i.test(m[1]!)) return undefined;
  return owner.is(m[1]) ? undefined : { handle: m[1]!, name: m[1] };
}

const REPLY_TITLE = /\breplied to\b|\bhar svaret\b|\bsvarede\b|\ba répondu\b|\brespondió\b|\bgeantwortet\b|\bheeft gereageerd op\b/i;

/** comments_v2 / group_comments_v2 (and ≤2021 `comments`): comments and replies the account made. */
export async function importFacebookComments(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const root = await readMetaJson(file);
  const recs = recordsOf(root, ['comments_v2', 'group_comments_v2', 'comments']);
  if (!recs) throw unknownLayout(file, 'facebook-comments', root);
  const owner = await resolveOwner(file, ctx, sink, 'facebook');
  let undated = 0;
  for (const { rec } of recs) {
    const data = arr(rec.data).find((d) => isObject(d) && isObject(d.comment));
    const c = isObject(data) && isObject(data.comment) ? data.comment : undefined;
    const ts = num(c?.timestamp) ?? num(rec.timestamp);
    if (!ts) {
      undated++;
      continue;
    }
    const authorName = str(c?.author);
    if (authorName) owner.adopt({ displayName: authorName, how: 'the author of the comments file' });
    const author = authorName && !owner.is(authorName) ? { handle: authorName, name: authorName } : owner.ref();
    const title = str(rec.title);
    const group = str(c?.group);
    const channel: ChannelRecord | undefined = group ? { key: `group:${group}`, kind: 'group', name: group } : undefined;
    const text = str(c?.comment);
    sink.interaction({
      key: stableHash('fb-comment', ts, text ?? '', title ?? '', group ?? ''),
      kind: title && REPLY_TITLE.test(title) ? 'reply' : 'comment',
      at: epochToMs(ts),
      author,
      channel,
      target: addressee(title, owner),
      text,
    });
    sink.checkpoint();
  }
  if (undated > 0) sink.warn(`${undated} comment(s) without a time were left out`);
}

/** reactions_v2 (≤2021 `reactions`) and 2023+ likes_and_reactions_N.json (label_values rows). */
export async function importFacebookReactions(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const root = await readMetaJson(file);
  const recs =
    Array.isArray(root) && root.some((r) => isObject(r) && Array.isArray(r.label_values))
      ? root.filter(isObject).map((rec) => ({ key: 'label_values', rec }))
      : recordsOf(root, ['reactions_v2', 'reactions']);
  if (!recs) throw unknownLayout(file, 'facebook-reactions', root);
  const owner = await resolveOwner(file, ctx, sink, 'facebook');
  let undated = 0;
  for (const { rec } of recs) {
    const ts = num(rec.timestamp);
    if (!ts) {
      undated++;
      continue;
    }
    let reaction: string | undefined;
    let actor: string | undefined;
    let target: IdentityRef | undefined;
    let url: string | undefined;
    const title = str(rec.title);
    if (Array.isArray(rec.label_values)) {
      const e = entryFromJson(rec);
      reaction = field(e, LABELS.reaction)?.value;
      url = field(e, LABELS.url)?.value ?? field(e, LABELS.url)?.href;
      const name = field(e, LABELS.name)?.value;
      target = name && !owner.is(name) ? { handle: name, name } : undefined;
    } else {
      const d = arr(rec.data).find((x) => isObject(x) && isObject(x.reaction));
      const r = isObject(d) && isObject(d.reaction) ? d.reaction : undefined;
      reaction = str(r?.reaction);
      actor = str(r?.actor);
      target = addressee(title, owner);
    }
    if (actor) owner.adopt({ displayName: actor, how: 'the actor of the reactions file' });
    const author = actor && !owner.is(actor) ? { handle: actor, name: actor } : owner.ref();
    sink.interaction({
      key: stableHash('fb-reaction', ts, title ?? url ?? '', reaction ?? ''),
      kind: !reaction || /^like$/i.test(reaction) ? 'like' : 'reaction',
      at: epochToMs(ts),
      author,
      target,
      text: reaction,
    });
    sink.checkpoint();
  }
  if (undated > 0) sink.warn(`${undated} reaction(s) without a time were left out`);
}
