import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { Interval } from '../../contract/metrics';
import type { MemberColumns, MemberEvidence } from '../../contract/members';
import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { evidenceMembers } from './member-evidence';
import type { ResolvedFilter } from './filter';

/** Text columns are joined by char(30), which is first removed from the text itself. */
const clean = (col: string) => `replace(${col}, char(30), ' ')`;

/**
 * One scan of one table, each column read as one group_concat string. Measured on 115k members: row
 * strings split field by field cost twice as much, and joining the tables in SQL (three primary-key
 * lookups a row) as much again; a column of numbers splits and converts in a few milliseconds.
 */
function readColumns<K extends string>(db: Db, columns: Record<K, string>, from: string): Record<K, string[]> {
  const keys = Object.keys(columns) as K[];
  const row = db.get<Record<string, string | null>>(
    `SELECT ${keys.map((k) => `group_concat(${columns[k]}, char(30)) AS ${k}`).join(', ')} FROM ${from}`,
  );
  return Object.fromEntries(keys.map((k) => [k, row?.[k] ? row[k].split('\x1e') : []])) as Record<K, string[]>;
}

const ACCOUNT_ID = /^\d{12,}$/;

const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

/**
 * Every member of the client (brand excluded), or those behind the evidence / under a narrowing filter
 * (member-evidence.ts), as columns: tier and ladder step over the whole history,
 * interactions and first/last seen as the overview counts them (person_activity), the whole-period
 * all-platform ambassador score and love (member_scores, which also holds tier and ladder), platforms
 * and handles from the identities.
 * Each table is scanned once in person order and aligned by person id: no join, no sort.
 */
export function memberList(db: Db, f: ResolvedFilter, s: AnalyticsSettings, interval: Interval, evidence: MemberEvidence): MemberColumns {
  const only = evidenceMembers(db, f, s, interval, evidence);
  const people = readColumns(db, { id: 'id', name: clean('name') }, 'people WHERE is_brand = 0');
  const out: MemberColumns = {
    timezone: f.tz,
    total: people.id.length,
    platforms: [...PLATFORMS],
    id: [],
    name: [],
    handles: [],
    platformBits: [],
    tier: [],
    ladder: [],
    score: [],
    love: [],
    interactions: [],
    firstAt: [],
    lastAt: [],
  };
  // Person id → row (0 = not listed); people are few enough for a dense array of their ids.
  const rowOf = new Map<number, number>();
  people.id.forEach((raw, k) => {
    const person = Number(raw);
    if (only && !only.has(person)) return;
    rowOf.set(person, out.id.length);
    out.id.push(person);
    out.name.push(people.name[k]!);
  });
  const n = out.id.length;
  Object.assign(out, {
    handles: new Array<string>(n).fill(''),
    platformBits: new Array<number>(n).fill(0),
    tier: new Array<number>(n).fill(0),
    ladder: new Array<number>(n).fill(0),
    score: new Array<number | null>(n).fill(null),
    love: new Array<number | null>(n).fill(null),
    interactions: new Array<number>(n).fill(0),
    firstAt: new Array<number | null>(n).fill(null),
    lastAt: new Array<number | null>(n).fill(null),
  });
  const each = (ids: string[], put: (row: number, k: number) => void) =>
    ids.forEach((raw, k) => {
      const row = rowOf.get(Number(raw));
      if (row !== undefined) put(row, k);
    });
  const seen = readColumns(db, { id: 'person_id', n: 'n', first: 'first_at', last: 'last_at' }, 'person_activity');
  each(seen.id, (row, k) => {
    out.interactions[row] = Number(seen.n[k]);
    out.firstAt[row] = num(seen.first[k]);
    out.lastAt[row] = num(seen.last[k]);
  });
  // Tenths as integers: SQLite writes a REAL as text several times slower than an INTEGER (half the scan).
  const scores = readColumns(
    db,
    {
      id: 'person_id',
      tier: 'tier',
      ladder: 'ladder',
      score: "ifnull(CAST(round(score * 10) AS INTEGER), '')",
      love: 'CAST(round(love * 10) AS INTEGER)',
    },
    'member_scores',
  );
  const tenths = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s) / 10);
  each(scores.id, (row, k) => {
    out.tier[row] = Number(scores.tier[k]);
    out.ladder[row] = Number(scores.ladder[k]);
    out.score[row] = tenths(scores.score[k]);
    out.love[row] = tenths(scores.love[k]);
  });
  const ids = readColumns(
    db,
    { id: 'person_id', platform: 'platform', handle: clean('handle'), name: clean("ifnull(name, '')") },
    'identities WHERE is_brand = 0',
  );
  const platformBit = new Map<string, number>(PLATFORMS.map((p, i) => [p, 1 << i]));
  each(ids.id, (row, k) => {
    out.platformBits[row]! |= platformBit.get(ids.platform[k]!) ?? 0;
    // What the search should also find: handles and names other than the one shown. Not a platform's
    // numeric account id (Discord, Telegram: 18 digits nobody types), which would double the payload.
    for (const w of [ids.handle[k]!, ids.name[k]!]) {
      const listed = out.handles[row]!;
      if (w === '' || w === out.name[row] || ACCOUNT_ID.test(w) || listed.split(' ').includes(w)) continue;
      out.handles[row] = listed ? `${listed} ${w}` : w;
    }
  });
  return out;
}
