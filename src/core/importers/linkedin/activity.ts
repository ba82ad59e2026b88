import { stableHash } from '../../util/hash';
import { HashCounter } from '../../util/hash-counter';
import type { ImportContext, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { RowTally } from '../generic/row-tally';
import { ownerFor } from './archive';
import { readLinkedInDate } from './dates';
import type { LinkedInFileKind } from './files';
import { postRefOf, type PostRef } from './links';
import { nameAtStart } from './people';
import { cell, type LinkedInTable, readLinkedInTable, rejoinBrokenRows } from './table';

export async function expectTable(file: InputFile, kind: LinkedInFileKind): Promise<LinkedInTable> {
  const t = await readLinkedInTable(file);
  if (t.kind !== kind) throw new ImportError('import.linkedin-wrong-file', { file: file.path, expected: kind, found: t.kind });
  return t;
}

function declarePost(sink: ImportSink, post: PostRef): void {
  sink.content({ key: post.key, kind: 'post', url: post.url });
}

/** Comments.csv: comments the owner wrote, on anyone's post; a reply names its addressee first. */
export async function importComments(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const t = await expectTable(file, 'comments');
  const { owner, archive } = await ownerFor(ctx, sink);
  // A row starts with its date; anything else is the rest of the previous message.
  const rows = rejoinBrokenRows(
    t.rows,
    (r) =>
      /^\d{4}-\d{2}-\d{2}/.test(cell(r, t.columns, 'date')) || readLinkedInDate(cell(r, t.columns, 'date'), ctx.timezone) !== undefined,
  );
  const tally = new RowTally();
  const seen = new HashCounter();
  let replies = 0;
  for (const r of rows) {
    const date = readLinkedInDate(cell(r, t.columns, 'date'), ctx.timezone);
    if (!date) {
      tally.skip(r, 'unreadable-date', cell(r, t.columns, 'date').slice(0, 30));
      continue;
    }
    const link = cell(r, t.columns, 'link');
    const post = postRefOf(link);
    const text = cell(r, t.columns, 'message');
    const target = nameAtStart(text, archive.people, owner);
    if (target) replies++;
    if (post) declarePost(sink, post);
    const hash = stableHash(date.at, post?.key ?? link, text);
    const n = seen.next(hash);
    const base = `comment:${hash}`;
    sink.interaction({
      key: n === 1 ? base : `${base}#${n}`,
      kind: target ? 'reply' : 'comment',
      at: date.at,
      author: owner,
      direction: 'outbound',
      contentKey: post?.key,
      threadKey: post?.commentUrn ?? post?.key,
      replyToKey: post?.commentUrn,
      target,
      text,
    });
    tally.written++;
    sink.checkpoint();
  }
  tally.finish(file, sink);
  if (replies > 0) sink.warn(`${replies} comment(s) start with a known person's name and were read as replies to them`);
}

/** Shares.csv: the owner's posts. Each line of a multi-line commentary is wrapped in extra quotes. */
export async function importShares(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const t = await expectTable(file, 'shares');
  const { owner } = await ownerFor(ctx, sink);
  const tally = new RowTally();
  for (const r of t.rows) {
    if (r.fields.every((f) => f.trim() === '')) continue;
    const date = readLinkedInDate(cell(r, t.columns, 'date'), ctx.timezone);
    if (!date) {
      tally.skip(r, 'unreadable-date', cell(r, t.columns, 'date').slice(0, 30));
      continue;
    }
    const post = postRefOf(cell(r, t.columns, 'shareLink'));
    sink.content({
      key: post?.key ?? `share-at:${date.ymd}:${date.at}`,
      kind: 'post',
      at: date.at,
      author: owner,
      text: shareCommentary(cell(r, t.columns, 'shareCommentary')) || undefined,
      url: post?.url ?? (cell(r, t.columns, 'shareLink') || undefined),
    });
    tally.written++;
    sink.checkpoint();
  }
  tally.finish(file, sink);
}

/** Undoes the per-line quoting of multi-line commentaries (`"line1""\n""line2"` in the file). */
export function shareCommentary(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n');
  if (!text.includes('\n')) return text.trim();
  return text.replace(/^"+|"+$/gm, '').trim();
}

/** Reactions.csv: reactions the owner gave (LIKE, PRAISE, EMPATHY, …), to posts or to comments. */
export async function importReactions(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const t = await expectTable(file, 'reactions');
  const { owner } = await ownerFor(ctx, sink);
  const tally = new RowTally();
  const seen = new HashCounter();
  for (const r of t.rows) {
    if (r.fields.every((f) => f.trim() === '')) continue;
    const date = readLinkedInDate(cell(r, t.columns, 'date'), ctx.timezone);
    if (!date) {
      tally.skip(r, 'unreadable-date', cell(r, t.columns, 'date').slice(0, 30));
      continue;
    }
    const link = cell(r, t.columns, 'link');
    const post = postRefOf(link);
    if (post) declarePost(sink, post);
    const type = cell(r, t.columns, 'type').toUpperCase();
    const hash = stableHash(date.at, link, type);
    const n = seen.next(hash);
    const base = `reaction:${hash}`;
    sink.interaction({
      key: n === 1 ? base : `${base}#${n}`,
      kind: 'reaction',
      at: date.at,
      author: owner,
      direction: 'outbound',
      contentKey: post?.key,
      replyToKey: post?.commentUrn,
      text: type || undefined,
    });
    tally.written++;
    sink.checkpoint();
  }
  tally.finish(file, sink);
}
