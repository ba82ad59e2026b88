import type { Db } from '../../db/db';
import { INTERACTION_KINDS, PLATFORMS } from '../../domain/kinds';
import { IS_ACTIVE } from './context';
import { asDayNumber, asUtcMs, dayColumn, type DayColumn, utcMsColumn, type UtcMsColumn } from '../../util/time-keys';

/**
 * Rows are read in id order, this many ids per statement (one group_concat string each). Measured on the
 * 1.14M-interaction client, the same CPU time as 250,000 ids per statement, and a process peak 140 MB lower:
 * sql.js's WebAssembly memory grows to hold the largest string (and its copies while group_concat doubles
 * it) and never shrinks.
 */
const CHUNK = 50_000;
/** Texts are cut to their first 2,000 characters (enough for every rule) and read 50,000 ids at a time. */
const TEXT_CHUNK = 50_000;
const US = '\u001f';
const RS = '\u001e';

/**
 * Every interaction as parallel typed arrays, read with one group_concat per chunk: measured on 1.1M
 * rows, sql.js hands rows to JavaScript at ~4 µs each as objects and ~1 µs as one joined string.
 * Identity, channel, content and thread ids are 0 when absent.
 */
export interface Rows {
  n: number;
  id: Float64Array;
  at: UtcMsColumn;
  day: DayColumn;
  person: Int32Array;
  kind: Uint8Array;
  outbound: Uint8Array;
  platform: Uint8Array;
  channel: Int32Array;
  content: Int32Array;
  thread: Int32Array;
  words: Int32Array;
  target: Int32Array;
  /** Text signals (intent-rules.ts bits) and BRAND_MENTION_BIT; filled by readTexts. */
  bits: Uint8Array;
  /** Thread keys by thread id (index 0 unused). */
  threadKeys: string[];
}

export const BRAND_MENTION_BIT = 32;

const KIND_INDEX = new Map<string, number>(INTERACTION_KINDS.map((k, i) => [k, i]));
const PLATFORM_INDEX = new Map<string, number>(PLATFORMS.map((p, i) => [p, i]));

/**
 * One row as text: concat_ws builds it in one step (measured on 1.14M rows, CPU of the SQL and the string
 * handed over: 1.3 s against 1.7 s for the same fields joined with `||`, which allocates every partial string).
 * concat_ws skips NULLs, so every nullable column has its ifnull. The thread key comes last and is read up to
 * the record separator, so only that one character needs replacing in it.
 */
const ROW_TEXT = `concat_ws(char(31), id, at, day, person_id, kind, direction, platform, ifnull(channel_id, 0), ifnull(content_id, 0), words,
           ifnull(target_identity_id, 0), ifnull(replace(thread_key, char(30), ' '), ''))`;

function emptyRows(n: number): Rows {
  return {
    n: 0,
    id: new Float64Array(n),
    at: utcMsColumn(n),
    day: dayColumn(n),
    person: new Int32Array(n),
    kind: new Uint8Array(n),
    outbound: new Uint8Array(n),
    platform: new Uint8Array(n),
    channel: new Int32Array(n),
    content: new Int32Array(n),
    thread: new Int32Array(n),
    words: new Int32Array(n),
    target: new Int32Array(n),
    bits: new Uint8Array(n),
    threadKeys: [''],
  };
}

export function readRows(db: Db): Rows {
  const n = Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions')!.n);
  const maxId = Number(db.get<{ m: number | null }>('SELECT MAX(id) AS m FROM interactions')!.m ?? 0);
  const rows = emptyRows(n);
  const parser = new RowParser(rows);
  for (let lo = 0; lo < maxId; lo += CHUNK) {
    const text = db.get<{ s: string | null }>(
      `SELECT group_concat(r, char(30)) AS s FROM (SELECT ${ROW_TEXT} AS r FROM interactions WHERE id > ? AND id <= ? ORDER BY id)`,
      [lo, lo + CHUNK],
    )?.s;
    if (text) parser.parse(text);
  }
  return rows;
}

/** The interactions a condition selects (over `interactions`, unaliased), in id order, like readRows. */
export function readRowsWhere(db: Db, where: string, params: (number | string)[] = []): Rows {
  const n = Number(db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM interactions WHERE ${where}`, params)!.n);
  const rows = emptyRows(n);
  const text = db.get<{ s: string | null }>(
    `SELECT group_concat(r, char(30)) AS s FROM (SELECT ${ROW_TEXT} AS r FROM interactions WHERE ${where} ORDER BY id)`,
    params,
  )?.s;
  if (text) new RowParser(rows).parse(text);
  return rows;
}

/** Fills Rows from group_concat text; thread keys numbered in order of appearance. */
class RowParser {
  private readonly threadIds = new Map<string, number>();
  private readonly codes = new Map<string, number>();
  constructor(private readonly rows: Rows) {}

  parse(text: string): void {
    const { rows, threadIds, codes } = this;
    const n = rows.id.length;
    let i = rows.n;
    // A hand-rolled cursor: splitting 1M rows into arrays of strings cost a second of allocation.
    const c = new Cursor(text);
    while (!c.done() && i < n) {
      rows.id[i] = c.number();
      rows.at[i] = asUtcMs(c.number());
      rows.day[i] = asDayNumber(c.number());
      rows.person[i] = c.number();
      const kdp = c.fields(3);
      let code = codes.get(kdp);
      if (code === undefined) {
        const [kind, direction, platform] = kdp.split(US);
        code =
          ((KIND_INDEX.get(kind!) ?? 255) << 16) |
          ((direction === 'outbound' ? 1 : 0) << 8) |
          (PLATFORM_INDEX.get(platform!) ?? PLATFORMS.indexOf('generic'));
        codes.set(kdp, code);
      }
      rows.kind[i] = code >>> 16;
      rows.outbound[i] = (code >>> 8) & 1;
      rows.platform[i] = code & 255;
      rows.channel[i] = c.number();
      rows.content[i] = c.number();
      rows.words[i] = c.number();
      rows.target[i] = c.number();
      let key = c.last();
      // A unit separator in a key reads as a space, as both separators always have.
      if (key.includes(US)) key = key.replaceAll(US, ' ');
      if (key !== '') {
        let t = threadIds.get(key);
        if (t === undefined) {
          t = rows.threadKeys.length;
          rows.threadKeys.push(key);
          threadIds.set(key, t);
        }
        rows.thread[i] = t;
      }
      i++;
    }
    rows.n = i;
  }
}

/**
 * The kinds whose text is something a member said: an emoji reaction (« ❤ » on a DM) or the note of a
 * LinkedIn invitation carries text too, but is neither praise, a question nor a complaint.
 */
const SPOKEN_KINDS = INTERACTION_KINDS.filter((_, k) => IS_ACTIVE[k])
  .map((k) => `'${k}'`)
  .join(', ');

/**
 * Classifies the text of inbound messages and comments (intent signals, thanks, brand named in the
 * text) into rows.bits. Texts are read in id order like the rows, so a merge walk finds each row.
 */
export function readTexts(db: Db, rows: Rows, classify: (text: string) => number): void {
  const maxId = rows.n > 0 ? rows.id[rows.n - 1]! : 0;
  let r = 0;
  for (let lo = 0; lo < maxId; lo += TEXT_CHUNK) {
    const text = db.get<{ s: string | null }>(
      `SELECT group_concat(r, char(30)) AS s FROM (
         SELECT concat_ws(char(31), id, replace(substr(text, 1, 2000), char(30), ' ')) AS r
         FROM interactions WHERE id > ? AND id <= ? AND text IS NOT NULL AND direction = 'inbound' AND kind IN (${SPOKEN_KINDS}) ORDER BY id)`,
      [lo, lo + TEXT_CHUNK],
    )?.s;
    if (!text) continue;
    for (const line of text.split(RS)) {
      const cut = line.indexOf(US);
      const id = Number(line.slice(0, cut));
      while (r < rows.n && rows.id[r]! < id) r++;
      if (r < rows.n && rows.id[r] === id) rows.bits[r] = classify(textAfter(line, cut));
    }
  }
}

/** readTexts for rows read by readRowsWhere: the texts of the same condition, merged by id. */
export function readTextsWhere(db: Db, rows: Rows, where: string, params: (number | string)[], classify: (text: string) => number): void {
  const text = db.get<{ s: string | null }>(
    `SELECT group_concat(r, char(30)) AS s FROM (
       SELECT concat_ws(char(31), id, replace(substr(text, 1, 2000), char(30), ' ')) AS r
       FROM interactions WHERE (${where}) AND text IS NOT NULL AND direction = 'inbound' AND kind IN (${SPOKEN_KINDS}) ORDER BY id)`,
    params,
  )?.s;
  if (!text) return;
  let r = 0;
  for (const line of text.split(RS)) {
    const cut = line.indexOf(US);
    const id = Number(line.slice(0, cut));
    while (r < rows.n && rows.id[r]! < id) r++;
    if (r < rows.n && rows.id[r] === id) rows.bits[r] = classify(textAfter(line, cut));
  }
}

/** The text of a line read by readTexts, a unit separator in it read as a space (as the SQL once replaced it). */
function textAfter(line: string, cut: number): string {
  const text = line.slice(cut + 1);
  return text.includes(US) ? text.replaceAll(US, ' ') : text;
}

/** Reads fields separated by US, rows by RS, without building intermediate arrays. */
class Cursor {
  private pos = 0;
  constructor(private readonly s: string) {}

  done(): boolean {
    return this.pos >= this.s.length;
  }

  /** An integer field, read digit by digit; anything else (a fraction, an exponent) falls back to Number(). */
  number(): number {
    const s = this.s;
    const start = this.pos;
    let p = start;
    const neg = s.charCodeAt(p) === 45;
    if (neg) p++;
    let v = 0;
    let ch = s.charCodeAt(p);
    while (ch >= 48 && ch <= 57) {
      v = v * 10 + (ch - 48);
      ch = s.charCodeAt(++p);
    }
    if (ch === 31 || ch === 30 || Number.isNaN(ch)) {
      this.pos = p + 1;
      return neg ? -v : v;
    }
    return Number(this.field(start));
  }

  /** `count` string fields as one string, separators included (a key for the kind, direction and platform). */
  fields(count: number): string {
    let end = this.pos - 1;
    for (let k = 0; k < count; k++) end = this.s.indexOf(US, end + 1);
    const out = this.s.slice(this.pos, end);
    this.pos = end + 1;
    return out;
  }

  /** A string field up to the next unit separator. */
  field(from = this.pos): string {
    const end = this.s.indexOf(US, from);
    const out = this.s.slice(from, end);
    this.pos = end + 1;
    return out;
  }

  /** The last field of a row, up to the record separator (or the end). */
  last(): string {
    let end = this.s.indexOf(RS, this.pos);
    if (end < 0) end = this.s.length;
    const out = this.s.slice(this.pos, end);
    this.pos = end + 1;
    return out;
  }
}
