import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { DERIVED_INDEXES, DERIVED_TABLE_NAMES, DERIVED_TABLES } from './schema';
import { brandNames, clientTimezone, settingsOf } from '../../settings/settings';
import { stableHash } from '../../util/hash';
import { addDays, asDayNumber, type DayNumber, type MonthKey, utcMsColumn, weekOfDay } from '../../util/time-keys';
import { dayStartUtc } from '../../util/time-zone';
import { normaliseForRules, SIGNAL_MASK, SIGNALS, textClassifier } from '../model/intent-rules';
import type { AnalyticsSettings } from '../../contract/analytics-settings';
import { derivedSettingsKey, loadAnalyticsSettings } from '../settings/analytics-settings';
import { writeActivityHours } from './activity-hours';
import { attributeBrandAnswers } from './brand-answers';
import { buildConversations, type ConversationsBuild } from './build-conversations';
import { addParticipation, ladderOf, loveScale, type ScopeState, stepTimes, walkMember } from './build-members';
import { BulkInsert } from './bulk-insert';
import { type BuildContext, IS_ACTIVE, IS_ACTIVITY, loadContext } from './context';
import { onionTiers } from '../model/onion';
import { BRAND_MENTION_BIT, readRows, readTexts, type Rows } from './read-rows';
import { writeTimestampPrecision } from './precision';
import { MemberWriter } from './write-members';
import { EntrantCollector, RankCollector } from './write-ranks';

/**
 * Bumped when the derived tables' meaning changes with the same columns, so stored ones are rebuilt; a
 * change of columns or indexes needs no bump, the schema's hash is in the stamp.
 */
export const DERIVED_VERSION = 2;
const SCHEMA_HASH = stableHash(DERIVED_TABLES, DERIVED_INDEXES);
const STATE_KEY = 'analytics.derived';
/** The day love is decayed to in member_weeks.love (the last day with data when they were built). */
export const LOVE_ANCHOR_KEY = 'analytics.loveAnchor';

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
}

/**
 * Rebuilds every derived table from the interactions, in the caller's transaction (runImport and
 * generateDemo call it inside theirs). A full rebuild keeps conversations that span two imports
 * right; it reads the interactions once in bulk and writes with multi-row inserts, indexes last.
 * `now` is a clock for profiling (the core reads no clock of its own): pass one to get phase times.
 */
export function refreshDerived(db: Db, now: () => number = () => 0): RefreshReport {
  const t0 = now();
  const phases: Record<string, number> = {};
  let last = t0;
  const phase = (name: string) => {
    const t = now();
    phases[name] = Math.round(t - last);
    last = t;
  };
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
  const { reach, neighbours } = networkOf(rows, ctx, conv, s);
  phase('network');

  let anchorDay = asDayNumber(0);
  for (let r = 0; r < rows.n; r++) if (rows.day[r]! > anchorDay) anchorDay = rows.day[r]!;
  settingsOf(db).set(LOVE_ANCHOR_KEY, String(anchorDay));
  const love = loveScale(s, anchorDay);
  let firstDay = anchorDay;
  for (let r = 0; r < rows.n; r++) if (rows.day[r]! < firstDay) firstDay = rows.day[r]!;
  const ranks = new RankCollector(s, wholeReach(reach, ctx.month(anchorDay), s.reach.monthlyDecay));
  const entrants = new EntrantCollector(s, dayStartUtc(tz, addDays(anchorDay, 1)));
  const ladders = new Int8Array(ctx.maxPerson + 1);
  const writer = new MemberWriter(db);
  const facts = new BulkInsert(db, 'member_facts', [
    'person_id',
    'tier',
    'ladder',
    'first_at',
    'last_at',
    'interactions',
    'active',
    'neighbours',
    'ambassador_at',
  ]);
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
    const scopes = new Map<number, ScopeState>();
    walkMember(rows, ctx, conv, s, love, own, helpedOfRow, scopes);
    const all = scopes.get(-1)!;
    for (const k of partsByPerson.of(p)) {
      addParticipation(all, s, conv.parts.firstAt[k]!, conv.parts.qualifyAt[k]!);
      const sc = scopes.get(conv.parts.platform[k]!);
      if (sc && sc !== all) addParticipation(sc, s, conv.parts.firstAt[k]!, conv.parts.qualifyAt[k]!);
    }
    const steps = stepTimes(all);
    const ladder = ladderOf(steps);
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
  ranks.write(db, weekOfDay(firstDay), weekOfDay(anchorDay));
  entrants.write(db);
  phase('members');
  writeConversations(db, rows, ctx, conv, tiers, ladders);
  writeSignals(db, rows, ctx, conv, tiers, ladders);
  const helped = new BulkInsert(db, 'helped', ['thanks_id', 'helper_id', 'helper_interaction_id', 'helped_id', 'platform', 'day']);
  for (let i = 0; i < conv.helped.length; i += 2) {
    const [t, h] = [conv.helped[i]!, conv.helped[i + 1]!];
    helped.add([rows.id[t]!, rows.person[h]!, rows.id[h]!, rows.person[t]!, PLATFORMS[rows.platform[t]!]!, rows.day[t]!]);
  }
  helped.flush();
  const reachOut = new BulkInsert(db, 'member_reach', ['plat', 'person_id', 'month', 'value']);
  for (const [key, value] of reach)
    reachOut.add([PLATFORMS[key % 16]!, Math.floor(key / 16 / 100_000), Math.floor(key / 16) % 100_000, value]);
  reachOut.flush();
  // In SQL, unsorted: measured on 500k interactions on posts, 0.55 s, against 1.1 s sorted in JavaScript and bound.
  db.run(
    'INSERT INTO content_interactions (content_id, at, interaction_id) SELECT content_id, at, id FROM interactions WHERE content_id IS NOT NULL',
  );
  writeActivityHours(db, rows, ctx, tz);
  phase('write');
  db.exec(DERIVED_INDEXES);
  settingsOf(db).set(STATE_KEY, derivedStamp(db));
  phase('index');
  return { interactions: rows.n, conversations: conv.conversations.length, members, ms: Math.round(now() - t0), phases };
}

/** Reach of each member over the whole history, per platform and in total (-1), decayed to `month`. */
function wholeReach(reach: Map<number, number>, month: MonthKey, decay: number): (person: number, scope: number) => number {
  const totals = new Map<number, number>();
  for (const [key, value] of reach) {
    const platform = key % 16;
    const rest = Math.floor(key / 16);
    const m = rest % 100_000;
    const person = (rest - m) / 100_000;
    const v = value * decay ** Math.max(0, month - m);
    totals.set(person * 32 + platform, (totals.get(person * 32 + platform) ?? 0) + v);
    totals.set(person * 32 + 31, (totals.get(person * 32 + 31) ?? 0) + v);
  }
  return (person, scope) => totals.get(person * 32 + (scope < 0 ? 31 : scope)) ?? 0;
}

/** Brand names and handles as they appear in normalised text ("@maisonlumiere", "maison lumiere"). */
function brandMentionTerms(db: Db): string[] {
  const names = [
    ...brandNames(db),
    ...db
      .all<{ n: string | null; h: string }>('SELECT name AS n, handle AS h FROM identities WHERE is_brand = 1')
      .flatMap((r) => [r.n ?? '', r.h]),
  ];
  return [...new Set(names.map((n) => normaliseForRules(n.trim().replace(/^@/, ''))).filter((n) => n.length >= 3))];
}

/** Counting sort of items by person; each person's items sorted by `cmp`. */
function groupByPerson(n: number, maxPerson: number, personOf: (i: number) => number, cmp: (a: number, b: number) => number) {
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

/**
 * Orbit reach: a reply or mention between two members weighs `replyMentionStrength` for both, sharing
 * a conversation weighs `coPresenceStrength` per other member; summed per member, platform and month.
 */
function networkOf(rows: Rows, ctx: BuildContext, conv: ConversationsBuild, s: AnalyticsSettings) {
  const reach = new Map<number, number>();
  const add = (person: number, platform: number, day: DayNumber, v: number) => {
    const key = (person * 100_000 + ctx.month(day)) * 16 + platform;
    reach.set(key, (reach.get(key) ?? 0) + v);
  };
  const pairs = new Set<number>();
  for (let r = 0; r < rows.n; r++) {
    if (rows.outbound[r] || !rows.target[r] || !IS_ACTIVE[rows.kind[r]!]) continue;
    const other = ctx.identityPerson.get(rows.target[r]!);
    const p = rows.person[r]!;
    if (other === undefined || other === p || ctx.brandPeople.has(other) || ctx.brandPeople.has(p)) continue;
    add(p, rows.platform[r]!, rows.day[r]!, s.reach.replyMentionStrength);
    add(other, rows.platform[r]!, rows.day[r]!, s.reach.replyMentionStrength);
    pairs.add(Math.min(p, other) * 2 ** 26 + Math.max(p, other));
  }
  const parts = conv.parts;
  for (let k = 0; k < parts.n; k++) {
    if (parts.partners[k]! > 0)
      add(parts.person[k]!, parts.platform[k]!, rows.day[parts.firstRow[k]!]!, parts.partners[k]! * s.reach.coPresenceStrength);
  }
  for (let i = 0; i < conv.pairs.length; i += 3) pairs.add(conv.pairs[i]! * 2 ** 26 + conv.pairs[i + 1]!);
  const neighbours = new Int32Array(ctx.maxPerson + 1);
  for (const key of pairs) {
    const b = key % 2 ** 26;
    neighbours[(key - b) / 2 ** 26]!++;
    neighbours[b]!++;
  }
  return { reach, neighbours };
}

function writeConversations(db: Db, rows: Rows, ctx: BuildContext, conv: ConversationsBuild, tiers: Int8Array, ladders: Int8Array): void {
  const out = new BulkInsert(db, 'conversations', [
    'platform',
    'channel_id',
    'content_id',
    'thread_key',
    'native',
    'first_at',
    'last_at',
    'day',
    'week',
    'month',
    'messages',
    'inbound',
    'outbound',
    'members',
    'two_way',
    'starter_id',
    'starter_first',
    'starter_tier',
    'starter_ladder',
    'addressed',
    'response_ms',
    'response_bh_ms',
    'response_min',
    'response_bh_min',
  ]);
  // Written in the order of the response index: an index built from sorted rows costs half as much.
  const sorted = [...conv.conversations].sort(
    (a, b) => a.platform - b.platform || Number(a.starterFirst) - Number(b.starterFirst) || (a.responseMs || -1) - (b.responseMs || -1),
  );
  for (const c of sorted) {
    const starter = c.starter || null;
    out.add([
      PLATFORMS[c.platform]!,
      c.channel || null,
      c.content || null,
      c.thread ? rows.threadKeys[c.thread]! : null,
      c.native ? 1 : 0,
      c.firstAt,
      c.lastAt,
      c.day,
      weekOfDay(c.day),
      ctx.month(c.day),
      c.messages,
      c.inbound,
      c.outbound,
      c.members,
      c.twoWay,
      starter,
      starter ? (c.starterFirst ? 1 : 0) : null,
      starter ? tiers[c.starter]! : null,
      starter ? ladders[c.starter]! : null,
      c.addressed ? 1 : 0,
      nullIfNaN(c.responseMs),
      nullIfNaN(c.responseBhMs),
      nullIfNaN(Math.round(c.responseMs / 60_000)),
      nullIfNaN(Math.round(c.responseBhMs / 60_000)),
    ]);
  }
  out.flush();
}

const nullIfNaN = (x: number) => (Number.isNaN(x) ? null : x);

function writeSignals(db: Db, rows: Rows, ctx: BuildContext, conv: ConversationsBuild, tiers: Int8Array, ladders: Int8Array): void {
  const out = new BulkInsert(db, 'signals', [
    'interaction_id',
    'signal',
    'person_id',
    'platform',
    'at',
    'day',
    'tier',
    'ladder',
    'response_ms',
    'response_min',
  ]);
  const carrying: number[] = [];
  for (let r = 0; r < rows.n; r++) {
    if (rows.bits[r]! & SIGNAL_MASK && !rows.outbound[r] && IS_ACTIVE[rows.kind[r]!] && !ctx.brandPeople.has(rows.person[r]!))
      carrying.push(r);
  }
  // Written signal by signal in answer-time order, the order of their costliest index.
  const minutes = (r: number) => (Number.isNaN(conv.responseMs[r]!) ? -1 : Math.round(conv.responseMs[r]! / 60_000));
  carrying.sort((a, b) => minutes(a) - minutes(b) || a - b);
  for (let i = 0; i < SIGNALS.length; i++) {
    for (const r of carrying) {
      if (!(rows.bits[r]! & (1 << i))) continue;
      const p = rows.person[r]!;
      const resp = conv.responseMs[r]!;
      out.add([
        rows.id[r]!,
        SIGNALS[i]!,
        p,
        PLATFORMS[rows.platform[r]!]!,
        rows.at[r]!,
        rows.day[r]!,
        tiers[p]!,
        ladders[p]!,
        nullIfNaN(resp),
        nullIfNaN(Math.round(resp / 60_000)),
      ]);
    }
  }
  out.flush();
}
