import { stableHash } from '../../../util/hash';
import type { ImportContext, ImportSink, InputFile } from '../../types';
import { LABELS } from '../shared/aliases';
import { entryTime, field, type Entry } from '../shared/entries';
import { arr, isObject, num, str } from '../shared/json-input';
import { readListFile, unknownLayout } from '../shared/list-file';
import { resolveOwner } from '../shared/owner';
import { epochToMs, isoToMs } from '../shared/time';
import type { UtcMs } from '../../../util/time-keys';

interface MadeComment {
  text: string | undefined;
  mediaOwner: string | undefined;
  at: UtcMs | undefined;
}

/**
 * One comment from any era: string_map_data {Comment, Media Owner, Time} (2022+), string_list_data
 * under the media owner's title (2021–22), HTML cells. Labels are localised, so when none matches the
 * fields are taken by position: the timed one is the time, the first value the comment, the next the owner.
 */
function commentOf(e: Entry): MadeComment {
  const text = field(e, LABELS.comment)?.value;
  const owner = field(e, LABELS.mediaOwner)?.value;
  const time = field(e, LABELS.time)?.at;
  if (text !== undefined || owner !== undefined || e.fields.length === 0) {
    return { text: text ?? e.items[0]?.value, mediaOwner: owner ?? e.title, at: time ?? entryTime(e) };
  }
  const values = e.fields.filter((f) => f.value !== undefined && f.at === undefined);
  return { text: values[0]?.value, mediaOwner: values[1]?.value ?? e.title, at: entryTime(e) };
}

/** 2018–20 comments.json: {"media_comments": [[time, text, owner], …]} with ISO or epoch times. */
function flatComments(root: unknown): MadeComment[] | undefined {
  if (!isObject(root)) return undefined;
  const out: MadeComment[] = [];
  let found = false;
  for (const key of ['media_comments', 'live_comments']) {
    if (!Array.isArray(root[key])) continue;
    found = true;
    for (const row of arr(root[key])) {
      if (!Array.isArray(row)) continue;
      const t = str(row[0]);
      const at = num(row[0]) !== undefined ? epochToMs(num(row[0])!) : t ? isoToMs(t) : undefined;
      out.push({ text: str(row[1]), mediaOwner: str(row[2]), at });
    }
  }
  return found ? out : undefined;
}

const REPLY = /^@([A-Za-z0-9._]{1,30})(?![A-Za-z0-9._])/;

/**
 * Comments the account made (formats.md §1.2: the export holds these, not the ones it received).
 * A comment opening with @user is the brand answering that member: a `reply` targeting them
 * (190 of 511 in the brand HTML sample). Other comments target the media owner.
 */
export async function importComments(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const list = await readListFile(file, ctx.timezone);
  const comments = list.isList ? list.entries.map(commentOf) : flatComments(list.root);
  if (!comments) throw unknownLayout(file, 'instagram-comments', list.root);
  const owner = await resolveOwner(file, ctx, sink, 'instagram');
  owner.learn(new Set(comments.map((c) => c.mediaOwner).filter((o): o is string => !!o)));
  let skipped = 0;
  const seen = new Map<string, number>();
  for (const c of comments) {
    if (c.at === undefined || Number.isNaN(c.at) || c.text === undefined) {
      skipped++;
      continue;
    }
    const base = stableHash('ig-comment', c.at, c.mediaOwner ?? '', c.text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const reply = REPLY.exec(c.text.trim());
    const target = reply ? reply[1]! : c.mediaOwner && !owner.is(c.mediaOwner) ? c.mediaOwner : undefined;
    sink.interaction({
      key: n === 1 ? base : `${base}#${n}`,
      kind: reply ? 'reply' : 'comment',
      at: c.at,
      author: owner.ref(),
      target: target ? { handle: target, name: target } : undefined,
      text: c.text,
    });
    sink.checkpoint();
  }
  if (skipped > 0) sink.warn(`${skipped} comment(s) without a text or a time were left out`);
  if (list.html) sink.warn(`HTML times carry no time zone: read as ${ctx.timezone}`);
}
