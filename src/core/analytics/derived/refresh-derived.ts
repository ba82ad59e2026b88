import type { Db } from '../../db/db';
import { DERIVED_INDEXES, DERIVED_TABLE_NAMES, DERIVED_TABLES } from './schema';
import { brandNames, clientTimezone, settingsOf } from '../../settings/settings';
import { stableHash } from '../../util/hash';
import { addDays, asDayNumber, type DayNumber, utcMsColumn, weekOfDay } from '../../util/time-keys';
import { dayStartUtc } from '../../util/time-zone';
import { normaliseForRules, textClassifier } from '../model/intent-rules';
import type { AnalyticsSettings } from '../../contract/analytics-settings';
import { derivedSettingsKey, loadAnalyticsSettings } from '../settings/analytics-settings';
import { writeActivityHours } from './activity-hours';
import { OLD_ROWS_CHANGED_KEY } from '../../ingest/thread-roots';
import { attributeBrandAnswers } from './brand-answers';
import { buildConversations } from './build-conversations';
import { DAYS_PER_MONTH, loveScale } from './build-members';
import { walkOneMember } from './member-walk';
import { BulkInsert } from './bulk-insert';
import { IS_ACTIVE, IS_ACTIVITY, loadContext } from './context';
import { onionTiers } from '../model/onion';
import { BRAND_MENTION_BIT, readRows, readTexts, type Rows } from './read-rows';
import { writeTimestampPrecision } from './precision';
import { FACT_COLS, MemberWriter } from './write-members';
import { EntrantCollector, RankCollector } from './write-ranks';
import { NetworkTally, wholeReach } from './network';
import { writeConversationFacts, writeConversations, writeSignals } from './write-conversations';
import { phaseClock } from './phase-clock';

/**
 * Bumped when the derived tables' meaning changes with the same columns, so stored ones are rebuilt; a
 * change of columns or indexes needs no bump, the schema's hash is in the stamp.
 */
export const DERIVED_VERSION = 3;
const SCHEMA_HASH = stableHash(DERIVED_TABLES, DERIVED_INDEXES);
export const STATE_KEY = 'analytics.derived';
/** The day love is decayed to in member_weeks.love and member_steps.tot_love (the first day with data). */
export const LOVE_ANCHOR_KEY = 'analytics.loveAnchor';
/**
 * How many times the conversations table was written (a rebuild, an incremental refresh). A reader that
 * keeps facts tied to conversation ids (the themes' theme_facts) knows from it that they still hold: the
 * derived stamp alone can come back to an earlier value after a merge and a split.
 */
export const CONVERSATIONS_CUT_KEY = 'analytics.conversationsCut';

export function markConversationsCut(db: Db): void {
  const settings = settingsOf(db);
  settings.set(CONVERSATIONS_CUT_KEY, String(Number(settings.get(CONVERSATIONS_CUT_KEY) ?? 0) + 1));
}

/** What the derived tables were built from; any change (import, merge, brand, time zone, settings) makes them stale. */
export function derivedStamp(db: Db): string {
  const r = db.get<{ n: number; maxId: number | null; people: number; maxPerson: number | null; brand: number }>(
    `SELECT (SELECT COUNT(*) FROM interactions) AS n, (SELECT MAX(id) FROM interactions) AS maxId, (SELECT COUNT(*) FROM people) AS people,
            (SELECT MAX(id) FROM people) AS maxPerson, (SELECT COUNT(*) FROM identities WHERE is_brand = 1) AS brand`,
  )!;
  return JSON.stringify([
    DERIVED_VERSION,
    SCHEMA_HASH,
    Number(r.n),
    Number(r.maxId ?? 0),
    Number(r.people),
    Number(r.maxPerson ?? 0),
    Number(r.brand),
    clientTimezone(db),
    brandNames(db),
    derivedSettingsKey(loadAnalyticsSettings(db)),
  ]);
}

export function isDerivedFresh(db: Db): boolean {
  if (!db.get("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'member_weeks'")) return false;
  return settingsOf(db).get(STATE_KEY) === derivedStamp(db);
}

export interface RefreshReport {
  interactions: number;
  conversations: number;
  members: number;
  ms: number;
  /** Milliseconds per phase, for profiling at scale. */
  phases: Record<string, number>;
  /** Why an incremental refresh gave way to this full rebuild. */
  fallback?: string;
}

/**
 * Rebuilds every derived table from the interactions, in the caller's transaction (runImport and
 * generateDemo call it inside theirs). A full rebuild keeps conversations that span two imports
 * right; it reads the interactions once in bulk and writes with multi-row inserts, indexes last.
 * `now` is a clock for profiling (the core reads no clock of its own): pass one to get phase times.
 */
export function refreshDerived(db: Db, now: () => number = () => 0): RefreshReport {
  const { phases, phase, ms } = phaseClock(now);
  // Recreated rather than emptied: a client built by an earlier Cercle gets today's columns, and the
  // rows are inserted before any index exists.
  for (const t of DERIVED_TABLE_NAMES) db.exec(`DROP TABLE IF EXISTS ${t}`);
  db.exec(DERIVED_TABLES);
  phase('clear');
  const s = loadAnalyticsSettings(db);
  const tz = clientTimezone(db);
  const rows = readRows(db);
  const ctx = loadContext(db);
  writeTimestampPrecision(db, rows);
  phase('read');
  const classifier = textClassifier(s.intentRules, s.thanksRules);
  const brandTerms = brandMentionTerms(db);
  readTexts(db, rows, (text) => {
    const t = normaliseForRules(text);
    return classifier.classifyNormalised(t) | (brandTerms.some((b) => t.includes(b)) ? BRAND_MENTION_BIT : 0);
  });
  phase('texts');
  const member = (r: number) => !rows.outbound[r] && IS_ACTIVITY[rows.kind[r]!] === 1 && !ctx.brandPeople.has(rows.person[r]!);
  const firstAt = utcMsColumn(ctx.maxPerson + 1).fill(Infinity);
  const activeCount = new Int32Array(ctx.maxPerson + 1);
  for (let r = 0; r < rows.n; r++) {
    if (!member(r)) continue;
    const p = rows.person[r]!;
    if (rows.at[r]! < firstAt[p]!) firstAt[p] = rows.at[r]!;
    if (IS_ACTIVE[rows.kind[r]!]) activeCount[p]!++;
  }
  const conv = buildConversations(rows, ctx, s, tz, firstAt);
  attributeBrandAnswers(db, rows, ctx, s, tz, conv);
  phase('conversations');
  const tiers = onionTiers(activeCount, s.onion);
  const helpedOfRow = new Map<number, number>();
  for (let i = 0; i < conv.helped.length; i += 2) helpedOfRow.set(conv.helped[i + 1]!, (helpedOfRow.get(conv.helped[i + 1]!) ?? 0) + 1);
  const network = new NetworkTally(ctx, s);
  network.edges(rows);
  network.presence(rows, conv, 1);
  const neighbours = network.neighbours(ctx.maxPerson);
  phase('network');

  const span = dataSpan(rows);
  // Love is stored decayed to the first day with data, which a later import does not move (one that goes
  // back before it rebuilds): an incremental refresh leaves the rows of members it does not touch as they are.
  settingsOf(db).set(LOVE_ANCHOR_KEY, String(span.first));
  const love = loveScale(s, span.first);
  const ranks = new RankCollector(
    s,
    wholeReach(network.reach, ctx.month(span.last), s.reach.monthlyDecay),
    loveToLastDay(s, span.first, span.last),
  );
  const entrants = new EntrantCollector(s, dayStartUtc(tz, addDays(span.last, 1)));
  const ladders = new Int8Array(ctx.maxPerson + 1);
  const writer = new MemberWriter(db);
  const facts = new BulkInsert(db, 'member_facts', FACT_COLS);
  const byPerson = groupByPerson(
    rows.n,
    ctx.maxPerson,
    (r) => (member(r) ? rows.person[r]! : -1),
    (a, b) => rows.at[a]! - rows.at[b]! || a - b,
  );
  const partsByPerson = groupByPerson(
    conv.parts.n,
    ctx.maxPerson,
    (k) => conv.parts.person[k]!,
    (a, b) => conv.parts.firstAt[a]! - conv.parts.firstAt[b]! || a - b,
  );
  let members = 0;
  for (let p = 1; p <= ctx.maxPerson; p++) {
    const own = byPerson.of(p);
    if (own.length === 0) continue;
    members++;
    const parts = Array.from(partsByPerson.of(p), (k) => ({
      platform: conv.parts.platform[k]!,
      firstAt: conv.parts.firstAt[k]!,
      qualifyAt: conv.parts.qualifyAt[k]!,
    }));
    const { scopes, steps, ladder } = walkOneMember(rows, ctx, conv, s, love, own, helpedOfRow, parts);
    const all = scopes.get(-1)!;
    ladders[p] = ladder;
    writer.write(p, scopes, tiers[p]!, ladder);
    ranks.add(p, scopes, tiers[p]!, ladder);
    entrants.add(scopes);
    facts.add([
      p,
      tiers[p]!,
      ladder,
      all.entryAt,
      all.lastAt,
      own.length,
      activeCount[p]!,
      neighbours[p]!,
      Number.isFinite(steps.ambassador) ? steps.ambassador : null,
    ]);
  }
  writer.finish(db);
  facts.flush();
  ranks.write(db, weekOfDay(span.first), weekOfDay(span.last));
  entrants.write(db);
  phase('members');
  writeConversations(db, rows, ctx, conv, tiers, ladders);
  writeSignals(db, rows, ctx, conv, tiers, ladders);
  writeConversationFacts(db, rows, conv);
  network.writeReach(db);
  network.writePairs(db);
  // In SQL, unsorted: measured on 500k interactions on posts, 0.55 s, against 1.1 s sorted in JavaScript and bound.
  db.run(
    'INSERT INTO content_interactions (content_id, at, interaction_id) SELECT content_id, at, id FROM interactions WHERE content_id IS NOT NULL',
  );
  writeActivityHours(db, rows, ctx, tz);
  phase('write');
  db.exec(DERIVED_INDEXES);
  settingsOf(db).set(STATE_KEY, derivedStamp(db));
  markConversationsCut(db);
  db.run('DELETE FROM settings WHERE key = ?', [OLD_ROWS_CHANGED_KEY]);
  phase('index');
  return { interactions: rows.n, conversations: conv.conversations.length, members, ms: ms(), phases };
}

/** The first and last days with data (any interaction, the brand's included). */
export function dataSpan(rows: Rows): { first: DayNumber; last: DayNumber } {
  let last = asDayNumber(0);
  for (let r = 0; r < rows.n; r++) if (rows.day[r]! > last) last = rows.day[r]!;
  let first = last;
  for (let r = 0; r < rows.n; r++) if (rows.day[r]! < first) first = rows.day[r]!;
  return { first, last };
}

/** The factor that moves love decayed to the anchor day to the last day with data. */
export function loveToLastDay(s: AnalyticsSettings, anchor: DayNumber, last: DayNumber): number {
  return s.loveMonthlyDecay ** ((last - anchor) / DAYS_PER_MONTH);
}

/** Brand names and handles as they appear in normalised text ("@maisonlumiere", "maison lumiere"). */
export function brandMentionTerms(db: Db): string[] {
  const names = [
    ...brandNames(db),
    ...db
      .all<{ n: string | null; h: string }>('SELECT name AS n, handle AS h FROM identities WHERE is_brand = 1')
      .flatMap((r) => [r.n ?? '', r.h]),
  ];
  return [...new Set(names.map((n) => normaliseForRules(n.trim().replace(/^@/, ''))).filter((n) => n.length >= 3))];
}

/** Counting sort of items by person; each person's items sorted by `cmp`. */
export function groupByPerson(n: number, maxPerson: number, personOf: (i: number) => number, cmp: (a: number, b: number) => number) {
  const start = new Int32Array(maxPerson + 2);
  for (let i = 0; i < n; i++) {
    const p = personOf(i);
    if (p >= 0) start[p + 1]!++;
  }
  for (let p = 0; p <= maxPerson; p++) start[p + 1]! += start[p]!;
  const fill = start.slice();
  const items = new Int32Array(start[maxPerson + 1]!);
  for (let i = 0; i < n; i++) {
    const p = personOf(i);
    if (p >= 0) items[fill[p]!++] = i;
  }
  return {
    of(p: number): Int32Array {
      const slice = items.subarray(start[p]!, start[p + 1]!);
      for (let i = 1; i < slice.length; i++) {
        if (cmp(slice[i - 1]!, slice[i]!) > 0) {
          slice.sort(cmp);
          break;
        }
      }
      return slice;
    },
  };
}
