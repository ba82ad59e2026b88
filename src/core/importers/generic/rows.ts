import type { ChannelKind, InteractionKind } from '../../domain/kinds';
import { INTERACTION_KINDS } from '../../domain/kinds';
import type { IdentityRef } from '../../domain/records';
import { stableHash } from '../../util/hash';
import { HashCounter } from '../../util/hash-counter';
import type { ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { type CsvRecord, isBlankRecord } from '../csv';
import { INBOUND_WORDS, KIND_ALIASES, OUTBOUND_WORDS } from './mapping';
import { readEpoch, readIso, readWithFormat, type ReadTime } from './timestamps';
import { asUtcMs } from '../../util/time-keys';

/** Column positions once the header is resolved. */
export interface ColumnIndex {
  id?: number;
  platform?: number;
  author?: number;
  authorId?: number;
  timestamp: number;
  text?: number;
  kind?: number;
  thread?: number;
  channel?: number;
  replyTo?: number;
  content?: number;
  direction?: number;
}

export interface RowOptions {
  kind: InteractionKind;
  kindValues: Record<string, InteractionKind>;
  outboundValues: readonly string[];
  channelKind: ChannelKind;
  timestampFormat?: string | undefined;
  timezone: string;
}

const KINDS = new Set<string>(INTERACTION_KINDS);

export function readKind(raw: string, opts: RowOptions): InteractionKind | undefined {
  const v = raw.trim().toLowerCase();
  if (v === '') return opts.kind;
  for (const [k, kind] of Object.entries(opts.kindValues)) if (k.trim().toLowerCase() === v) return kind;
  const snake = v.replace(/[\s-]+/g, '_');
  if (KINDS.has(snake)) return snake as InteractionKind;
  if (KINDS.has(snake.replace(/s$/, ''))) return snake.replace(/s$/, '') as InteractionKind;
  return KIND_ALIASES[v] ?? KIND_ALIASES[v.replace(/s$/, '')];
}

export function readDirection(raw: string, outboundValues: readonly string[]): 'inbound' | 'outbound' | undefined {
  const v = raw.trim().toLowerCase();
  if (v === '') return undefined;
  if (outboundValues.some((o) => o.trim().toLowerCase() === v) || OUTBOUND_WORDS.includes(v)) return 'outbound';
  if (INBOUND_WORDS.includes(v)) return 'inbound';
  return undefined;
}

/** ISO with an offset and epochs fix the instant; anything else is a wall clock in the time zone. */
export function readTimestamp(raw: string, format: string | undefined, timezone: string): ReadTime {
  const epoch = readEpoch(raw);
  if (Number.isFinite(epoch)) return { at: epoch, zoned: true };
  const iso = readIso(raw, timezone);
  if (Number.isFinite(iso.at)) return iso;
  if (format) return { at: readWithFormat(raw, format, timezone), zoned: false };
  return { at: asUtcMs(NaN), zoned: false };
}

/** Writes data rows as interactions; returns how many were written. Bad rows are counted and reported. */
export function importRows(file: InputFile, rows: readonly CsvRecord[], cols: ColumnIndex, opts: RowOptions, sink: ImportSink): number {
  const cell = (r: CsvRecord, i: number | undefined) => (i === undefined ? '' : (r.fields[i] ?? '').trim());
  const seen = new HashCounter();
  const brands = new Set<string>();
  const unknownKinds = new Set<string>();
  let badTime = 0;
  let noAuthor = 0;
  let badKind = 0;
  let wallClock = 0;
  let written = 0;
  let firstBadTime: { line: number; value: string } | undefined;

  for (const r of rows) {
    if (isBlankRecord(r)) continue;
    const name = cell(r, cols.author);
    const id = cell(r, cols.authorId);
    if (name === '' && id === '') {
      noAuthor++;
      continue;
    }
    const author: IdentityRef = { handle: id || name, name: name || undefined };
    const rawTime = cell(r, cols.timestamp);
    const time = readTimestamp(rawTime, opts.timestampFormat, opts.timezone);
    if (!Number.isFinite(time.at)) {
      badTime++;
      firstBadTime ??= { line: r.line, value: rawTime.slice(0, 40) };
      continue;
    }
    const rawKind = cell(r, cols.kind);
    const kind = cols.kind === undefined ? opts.kind : readKind(rawKind, opts);
    if (!kind) {
      badKind++;
      unknownKinds.add(rawKind);
      continue;
    }
    if (!time.zoned) wallClock++;
    const direction = readDirection(cell(r, cols.direction), opts.outboundValues);
    if (direction === 'outbound' && !brands.has(author.handle)) {
      brands.add(author.handle);
      sink.declareBrand(author);
    }
    const text = cell(r, cols.text) || undefined;
    const thread = cell(r, cols.thread) || undefined;
    const channelName = cell(r, cols.channel);
    const channel = channelName ? { key: `channel:${channelName}`, kind: opts.channelKind, name: channelName } : undefined;
    const rowId = cell(r, cols.id);
    let key = rowId;
    if (!key) {
      const base = stableHash('generic', kind, author.handle, time.at, text, thread, channelName);
      const n = seen.next(base);
      key = n === 1 ? base : `${base}#${n}`;
    }
    sink.interaction({
      key,
      kind,
      at: time.at,
      author,
      direction,
      channel,
      threadKey: thread ?? channel?.key,
      replyToKey: cell(r, cols.replyTo) || undefined,
      contentKey: cell(r, cols.content) || undefined,
      text,
    });
    written++;
    sink.checkpoint();
  }

  if (written === 0 && badTime + noAuthor + badKind > 0) {
    if (badTime > 0) throw new ImportError('import.generic-no-timestamp', { file: file.path, ...firstBadTime! });
    if (noAuthor > 0) throw new ImportError('import.generic-no-author', { file: file.path });
    throw new ImportError('import.generic-unknown-kinds', { file: file.path, kinds: [...unknownKinds].slice(0, 3).join(', ') });
  }
  if (badTime > 0) sink.warn(`${badTime} row(s) with an unreadable timestamp were left out (first: ${firstBadTime})`);
  if (noAuthor > 0) sink.warn(`${noAuthor} row(s) without an author were left out`);
  if (badKind > 0) sink.warn(`${badKind} row(s) of unknown kind were left out (${[...unknownKinds].slice(0, 5).join(', ')})`);
  if (wallClock > 0) sink.warn(`${wallClock} timestamp(s) carry no time zone: read as ${opts.timezone}`);
  return written;
}
