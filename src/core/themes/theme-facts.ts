import { CONVERSATIONS_CUT_KEY } from '../analytics/derived/refresh-derived';
import type { Db } from '../db/db';
import { PLATFORMS } from '../domain/kinds';
import { brandNames, clientTimezone, settingsOf } from '../settings/settings';

/**
 * What themes.metrics reads of each text of the stored run (migration 011): its day, platform, depth
 * class, author and conversation, as typed arrays in one row, so a call is one pass over arrays instead
 * of joining every text to the interactions and seeking its conversation (theme-metrics.ts).
 *
 * What could go stale, and how it is caught:
 * - the theme of a text: not stored. Texts are grouped by the leaf and theme they had when the facts were
 *   written; merges, splits and cuts move texts by theme and leaf, so a group moves whole and its theme
 *   is read from one of its texts (`rep`). A group's size is checked against theme_weeks, which every
 *   edit rewrites, so a change that moved part of a group reads the interactions instead.
 * - the day (the time zone), a text's author group (merged people, the brand's names), the conversations
 *   (cut again by a rebuild or an incremental refresh, which count themselves in CONVERSATIONS_CUT_KEY):
 *   in the stamp; another stamp reads the interactions as before (themeMetrics) until the facts are
 *   written again (writeThemeFacts, by the run and by the themes.metrics handler).
 * - platform, kind, words, a channel's kind, theme_members.person_id: never change.
 */
export interface ThemeFacts {
  groups: FactGroup[];
  maxPerson: number;
  day: Int32Array;
  platform: Uint8Array;
  depth: Uint16Array;
  person: Int32Array;
  conversation: Int32Array;
  convFlags: Uint8Array;
  convMinutes: Float64Array;
}

export interface FactGroup {
  leaf: number | null;
  /** The theme when the facts were written (null: unclassified). */
  theme: number | null;
  /** One of its texts, whose theme_id is the group's theme now. */
  rep: number;
  /** Its texts are [start, start + size) of every column, by day. */
  start: number;
  size: number;
}

/** Depth classes above any capped word count (detailedWords is at most 1000). */
export const DEPTH_STORY_REPLY = 1001;
export const DEPTH_DM = 1002;
const WORDS_CAP = 1000;
export const CONV_STARTED_BY_MEMBER = 1;
export const CONV_ADDRESSED = 2;

const FS = '\u001f';
const RS = '\u001e';

/** What the facts were read from: the run, its texts, the time zone, the people and brand, the conversations' cut. */
function factsStamp(db: Db): string {
  const run = db.get<{ at: number | null; lo: number | null; hi: number | null }>(
    'SELECT (SELECT computed_at FROM theme_runs WHERE id = 1) AS at, (SELECT MIN(interaction_id) FROM theme_members) AS lo, (SELECT MAX(interaction_id) FROM theme_members) AS hi',
  )!;
  const people = db.get<{ n: number; max: number | null; brand: number }>(
    'SELECT (SELECT COUNT(*) FROM people) AS n, (SELECT MAX(id) FROM people) AS max, (SELECT COUNT(*) FROM identities WHERE is_brand = 1) AS brand',
  )!;
  return JSON.stringify([
    Number(run.at ?? -1),
    Number(run.lo ?? 0),
    Number(run.hi ?? 0),
    clientTimezone(db),
    brandNames(db),
    Number(people.n),
    Number(people.max ?? 0),
    Number(people.brand),
    settingsOf(db).get(CONVERSATIONS_CUT_KEY) ?? '0',
  ]);
}

/**
 * Reads `sql` (one column r: fields joined by FS) as one group_concat string and hands each record to
 * `each` without splitting it into arrays (at 577k texts the arrays of strings cost more than the query).
 */
function forEachRecord(db: Db, sql: string, fields: number, each: (f: RecordFields) => void): void {
  const s = db.get<{ s: string | null }>(`SELECT group_concat(r, char(30)) AS s FROM (${sql})`)?.s;
  if (!s) return;
  const at = new Int32Array(fields + 1);
  const f: RecordFields = {
    str: (i) => s.slice(at[i]!, at[i + 1]! - 1),
    int: (i) => {
      let k = at[i]!;
      const end = at[i + 1]! - 1;
      if (k === end) return NaN;
      const negative = s.charCodeAt(k) === 45;
      if (negative) k++;
      let v = 0;
      for (; k < end; k++) v = v * 10 + s.charCodeAt(k) - 48;
      return negative ? -v : v;
    },
    num: (i) => (at[i + 1]! - 1 === at[i]! ? NaN : Number(s.slice(at[i]!, at[i + 1]! - 1))),
    empty: (i) => at[i + 1]! - 1 === at[i]!,
  };
  let pos = 0;
  while (pos <= s.length) {
    let end = s.indexOf(RS, pos);
    if (end < 0) end = s.length;
    at[0] = pos;
    for (let i = 1; i < fields; i++) at[i] = s.indexOf(FS, at[i - 1]!) + 1;
    at[fields] = end + 1;
    each(f);
    pos = end + 1;
  }
}

/** An id field, -1 when empty. */
const orNone = (f: RecordFields, i: number): number => (f.empty(i) ? -1 : f.int(i));

interface RecordFields {
  str(i: number): string;
  /** A whole number written in decimal (NaN when empty). */
  int(i: number): number;
  num(i: number): number;
  empty(i: number): boolean;
}

/** Fields joined by FS, each in parentheses (|| binds tighter than + in SQL). */
const field = (parts: string[]) => parts.map((p) => `(${p})`).join(' || char(31) || ');

/** A thread key as a field: as it is, or in hex if it holds a separator ('' when there is none). */
const threadField = (col: string) =>
  `CASE WHEN ${col} IS NULL THEN '' WHEN instr(${col}, char(30)) > 0 OR instr(${col}, char(31)) > 0 THEN 'x' || hex(${col}) ELSE 'r' || ${col} END`;

/**
 * The conversations of each group a message is cut in, sorted by start (then id), found as
 * CONVERSATION_OF_MESSAGE finds them: by thread (platform and key), else channel, else post, else author
 * (platform and person; -1 for the brand's). Keyed by numbers and per-platform maps, not joined strings:
 * this runs once per text.
 */
class ConversationGroups {
  private readonly threads = new Map<string, Map<string, number[]>>();
  private readonly channels = new Map<number, number[]>();
  private readonly contents = new Map<number, number[]>();
  private readonly authors = new Map<string, Map<number, number[]>>();

  add(c: number, platform: string, thread: string, channel: number, content: number, author: number): void {
    const [map, key] = this.slot(platform, thread, channel, content, author, true)!;
    const list = (map as Map<unknown, number[]>).get(key);
    if (list) list.push(c);
    else (map as Map<unknown, number[]>).set(key, [c]);
  }

  find(platform: string, thread: string, channel: number, content: number, author: number): number[] | undefined {
    const slot = this.slot(platform, thread, channel, content, author, false);
    return slot ? (slot[0] as Map<unknown, number[]>).get(slot[1]) : undefined;
  }

  sortAll(cmp: (a: number, b: number) => number): void {
    for (const m of [...this.threads.values(), this.channels, this.contents, ...this.authors.values()])
      for (const list of (m as Map<unknown, number[]>).values()) list.sort(cmp);
  }

  private slot(platform: string, thread: string, channel: number, content: number, author: number, create: boolean) {
    if (thread !== '') return [perPlatform(this.threads, platform, create), thread] as const;
    if (channel >= 0) return [this.channels, channel] as const;
    if (content >= 0) return [this.contents, content] as const;
    const m = perPlatform(this.authors, platform, create);
    return m ? ([m, author] as const) : undefined;
  }
}

function perPlatform<K>(maps: Map<string, Map<K, number[]>>, platform: string, create: boolean): Map<K, number[]> {
  let m = maps.get(platform);
  if (!m) {
    m = new Map();
    if (create) maps.set(platform, m);
  }
  return m;
}

/**
 * Writes the facts of the stored run's texts (replacing any), read from theme_members, the interactions
 * and the conversations as they are now. Called by the run after storing its texts, and when a reader
 * found them stale. The conversation of a text is CONVERSATION_OF_MESSAGE's, found by a binary search in
 * its group's conversations instead of an index seek per text.
 */
export function writeThemeFacts(db: Db): void {
  db.run('DELETE FROM theme_facts');
  if (!db.get('SELECT 1 AS x FROM theme_runs WHERE id = 1')) return;
  // A client whose analytics tables were never built: written once they are (the themes.metrics handler).
  if (!db.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'conversations'")) return;
  const stamp = factsStamp(db);
  // Conversations: each group's, by start (then id: the latest of two starting together is the one kept).
  const nConv = Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM conversations')!.n);
  const convFlags = new Uint8Array(nConv);
  const convMinutes = new Float64Array(nConv);
  const convFirst = new Float64Array(nConv);
  const convId = new Float64Array(nConv);
  const groupsOfConv = new ConversationGroups();
  let c = 0;
  forEachRecord(
    db,
    `SELECT ${field([
      'id',
      'platform',
      threadField('thread_key'),
      "ifnull(channel_id, '')",
      "ifnull(content_id, '')",
      "ifnull(starter_id, '')",
      'first_at',
      `(starter_id IS NOT NULL) * ${CONV_STARTED_BY_MEMBER} + (addressed = 1) * ${CONV_ADDRESSED}`,
      "ifnull(response_min, '')",
    ])} AS r FROM conversations`,
    9,
    (f) => {
      convId[c] = f.int(0);
      convFirst[c] = f.num(6);
      convFlags[c] = f.int(7);
      convMinutes[c] = f.num(8);
      groupsOfConv.add(c, f.str(1), f.str(2), orNone(f, 3), orNone(f, 4), orNone(f, 5));
      c++;
    },
  );
  groupsOfConv.sortAll((a, b) => convFirst[a]! - convFirst[b]! || convId[a]! - convId[b]!);
  const dmChannels = new Set(db.all<{ id: number }>("SELECT id FROM channels WHERE kind = 'dm'").map((r) => Number(r.id)));

  // Texts, in id order: as themeMetrics' query reads them (the depth of its CASE, the conversation of its seek).
  const n = Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM theme_members')!.n);
  const id = new Float64Array(n);
  const day = new Int32Array(n);
  const platform = new Uint8Array(n);
  const depth = new Uint16Array(n);
  const person = new Int32Array(n);
  const conversation = new Int32Array(n);
  const groupOf = new Int32Array(n);
  const groups: FactGroup[] = [];
  const groupIndex = new Map<number, number>();
  const platformIndex = new Map<string, number>(PLATFORMS.map((p, i) => [p, i]));
  let maxPerson = 0;
  let r = 0;
  forEachRecord(
    db,
    `SELECT ${field([
      'tm.interaction_id',
      "ifnull(tm.leaf, '')",
      "ifnull(tm.theme_id, '')",
      'tm.person_id',
      'i.day',
      'i.platform',
      `CASE WHEN i.kind = 'dm' THEN ${DEPTH_DM} WHEN i.kind = 'story_reply' THEN ${DEPTH_STORY_REPLY} ELSE min(ifnull(i.words, 0), ${WORDS_CAP}) END`,
      "ifnull(i.channel_id, '')",
      'i.at',
      threadField('i.thread_key'),
      "ifnull(i.content_id, '')",
      "CASE WHEN i.direction = 'outbound' THEN '' ELSE ifnull(i.person_id, '') END",
    ])} AS r FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id ORDER BY tm.interaction_id`,
    12,
    (f) => {
      const plat = f.str(5);
      const channel = orNone(f, 7);
      id[r] = f.int(0);
      day[r] = f.int(4);
      platform[r] = platformIndex.get(plat) ?? 255;
      depth[r] = dmChannels.has(channel) ? DEPTH_DM : f.int(6);
      person[r] = f.int(3);
      if (person[r]! > maxPerson) maxPerson = person[r]!;
      const list = groupsOfConv.find(plat, f.str(9), channel, orNone(f, 10), orNone(f, 11));
      conversation[r] = list ? latestStartedBy(list, convFirst, f.num(8)) : -1;
      // the group: leaf and theme as written (0 for none, else the id + 1)
      const key = (f.empty(1) ? 0 : f.int(1) + 1) * 2 ** 24 + (f.empty(2) ? 0 : f.int(2) + 1);
      let g = groupIndex.get(key);
      if (g === undefined) {
        g = groups.length;
        groupIndex.set(key, g);
        groups.push({ leaf: f.empty(1) ? null : f.int(1), theme: f.empty(2) ? null : f.int(2), rep: id[r]!, start: 0, size: 0 });
      }
      groupOf[r] = g;
      groups[g]!.size++;
      r++;
    },
  );
  // Texts whose interaction is gone (never, today) are left out, as the query's join leaves them.
  const kept = r;
  // By group, then day, then id: a counting sort by day, then a stable one by group.
  const order = stableCountingSort(
    stableCountingSort(
      Int32Array.from({ length: kept }, (_, k) => k),
      day,
    ),
    groupOf,
  );
  let start = 0;
  for (const g of groups) {
    g.start = start;
    start += g.size;
  }
  const pick = <T extends Int32Array | Uint8Array | Uint16Array>(src: T, make: (len: number) => T): T => {
    const out = make(kept);
    for (let k = 0; k < kept; k++) out[k] = src[order[k]!]!;
    return out;
  };
  db.run(
    `INSERT INTO theme_facts (id, stamp, groups, max_person, day, platform, depth, person, conversation, conv_flags, conv_minutes)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      stamp,
      JSON.stringify(groups),
      maxPerson,
      bytes(pick(day, (k) => new Int32Array(k))),
      bytes(pick(platform, (k) => new Uint8Array(k))),
      bytes(pick(depth, (k) => new Uint16Array(k))),
      bytes(pick(person, (k) => new Int32Array(k))),
      bytes(pick(conversation, (k) => new Int32Array(k))),
      bytes(convFlags),
      bytes(convMinutes),
    ],
  );
}

/** The last conversation of a group (sorted by start) started at or before `at`, or -1. */
function latestStartedBy(list: readonly number[], first: Float64Array, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (first[list[mid]!]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]! : -1;
}

/** `items` reordered by key (small non-negative integers after subtracting the minimum), ties kept in order. */
function stableCountingSort(items: Int32Array, keyOf: Int32Array): Int32Array {
  if (items.length === 0) return items;
  let min = Infinity;
  let max = -Infinity;
  for (const i of items) {
    if (keyOf[i]! < min) min = keyOf[i]!;
    if (keyOf[i]! > max) max = keyOf[i]!;
  }
  const start = new Int32Array(max - min + 2);
  for (const i of items) start[keyOf[i]! - min + 1]!++;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const out = new Int32Array(items.length);
  for (const i of items) out[start[keyOf[i]! - min]!++] = i;
  return out;
}

const bytes = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** A stored column as a typed array (copied: a blob's bytes need not be aligned for it). */
function column<T>(blob: unknown, make: (buffer: ArrayBuffer) => T): T {
  const b = blob as Uint8Array;
  return make(b.slice().buffer);
}

/** The stored groups and each one's theme now, when the facts are those of the run, the interactions and the conversations as they are now. */
function heldGroups(db: Db): { groups: FactGroup[]; themeOf: (number | null)[] } | null {
  const row = db.get<{ stamp: string; groups: string }>('SELECT stamp, groups FROM theme_facts WHERE id = 1');
  if (!row || row.stamp !== factsStamp(db)) return null;
  const groups = JSON.parse(row.groups) as FactGroup[];
  const themeStatement = db.prepare('SELECT theme_id AS t FROM theme_members WHERE interaction_id = ?');
  let themeOf: (number | null)[];
  try {
    themeOf = groups.map((g) => {
      const r = themeStatement.get([g.rep]) as { t: number | null } | undefined;
      return r === undefined || r.t === null ? null : Number(r.t);
    });
  } finally {
    themeStatement.free();
  }
  return sizesMatch(db, groups, themeOf) ? { groups, themeOf } : null;
}

/** Whether the stored run has facts that hold (false without a run: nothing to write then). */
export function themeFactsHold(db: Db): boolean {
  return heldGroups(db) !== null;
}

/** Whether writeThemeFacts would give the stored run facts it lacks or replace stale ones. */
export function themeFactsWanted(db: Db): boolean {
  return (
    db.get('SELECT 1 AS x FROM theme_runs WHERE id = 1') !== undefined &&
    db.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'conversations'") !== undefined &&
    !themeFactsHold(db)
  );
}

/**
 * The stored facts with each group's theme now (`themeOf`), when they hold; null when they are missing
 * or stale (the caller reads the interactions instead).
 */
export function readThemeFacts(db: Db): { facts: ThemeFacts; themeOf: (number | null)[] } | null {
  const held = heldGroups(db);
  if (!held) return null;
  const row = db.get<Record<string, unknown>>(
    'SELECT max_person, day, platform, depth, person, conversation, conv_flags, conv_minutes FROM theme_facts WHERE id = 1',
  )!;
  return {
    facts: {
      groups: held.groups,
      maxPerson: Number(row.max_person),
      day: column(row.day, (b) => new Int32Array(b)),
      platform: column(row.platform, (b) => new Uint8Array(b)),
      depth: column(row.depth, (b) => new Uint16Array(b)),
      person: column(row.person, (b) => new Int32Array(b)),
      conversation: column(row.conversation, (b) => new Int32Array(b)),
      convFlags: column(row.conv_flags, (b) => new Uint8Array(b)),
      convMinutes: column(row.conv_minutes, (b) => new Float64Array(b)),
    },
    themeOf: held.themeOf,
  };
}

/**
 * Every theme holds as many texts as the groups now read as its own, and the run as many as the facts
 * (theme_weeks: rewritten by every edit; theme -1 is the run's texts): a change that split a group
 * (a text moved alone) shows here.
 */
function sizesMatch(db: Db, groups: readonly FactGroup[], themeOf: readonly (number | null)[]): boolean {
  const expected = new Map<number, number>();
  for (const r of db.all<{ t: number; n: number }>('SELECT theme_id AS t, SUM(n) AS n FROM theme_weeks GROUP BY theme_id'))
    expected.set(Number(r.t), Number(r.n));
  const found = new Map<number, number>();
  groups.forEach((g, i) => {
    const t = themeOf[i];
    found.set(-1, (found.get(-1) ?? 0) + g.size);
    if (t !== null && t !== undefined) found.set(t, (found.get(t) ?? 0) + g.size);
  });
  if (found.size !== [...expected.values()].filter((v) => v > 0).length) return false;
  for (const [t, v] of found) if (expected.get(t) !== v) return false;
  return true;
}
