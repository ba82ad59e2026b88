import type { Db } from '../../db/db';
import { INTERACTION_KINDS, PLATFORMS } from '../../domain/kinds';
import { OLD_ROWS_CHANGED_KEY } from '../../ingest/thread-roots';
import { clientTimezone, settingsOf } from '../../settings/settings';
import { asDayNumber, utcMsColumn } from '../../util/time-keys';
import { normaliseForRules, SIGNAL_BIT, SIGNALS, textClassifier } from '../model/intent-rules';
import { onionTiers } from '../model/onion';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { activityCounts } from './activity-hours';
import { attributeBrandAnswers } from './brand-answers';
import { buildConversations } from './build-conversations';
import { loveScale, type ScopeState, walkMember } from './build-members';
import { BulkInsert } from './bulk-insert';
import { IS_ACTIVE, IS_ACTIVITY, loadContext, PLATFORM_COUNT } from './context';
import { findRegions, NeedsFullRebuild } from './incremental-regions';
import { mergeActivityHours, mergeGaps, mergePairs, mergeReach } from './incremental-merge';
import { rankEveryone } from './incremental-ranks';
import { type Part, walkOneMember } from './member-walk';
import { NetworkTally } from './network';
import { minutePrecisionPlatforms } from './precision';
import { BRAND_MENTION_BIT, readRowsWhere, readTextsWhere, type Rows } from './read-rows';
import {
  brandMentionTerms,
  derivedStamp,
  groupByPerson,
  LOVE_ANCHOR_KEY,
  loveToLastDay,
  markConversationsCut,
  type RefreshReport,
  STATE_KEY,
} from './refresh-derived';
import { addGaps, FACT_COLS, MemberWriter } from './write-members';
import { twoWayIds, writeConversationFacts, writeConversations, writeSignals } from './write-conversations';
import { phaseClock } from './phase-clock';

export type IncrementalOutcome = { report: RefreshReport } | { fallback: string };

const PRECISION_KEY = 'precision.minutePlatforms';
const LEAVING = `'${INTERACTION_KINDS.filter((_, k) => !IS_ACTIVITY[k]).join("', '")}'`;

/**
 * Brings the analytics tables up to date with the interactions added since they were built (ids above
 * the last build's largest), changing only what those rows change: the conversations of the regions
 * they touch (incremental-regions.ts), the members who speak in those regions or have new rows (walked
 * again whole, from their rows and the stored member_parts), members whose onion tier
 * moved, and the global rows (ranks, scores, the default funnel) recomputed from one row per member.
 * Counts over members (reach, pairs, gaps, activity hours) take the difference. The result is the
 * tables a full rebuild would write (incremental.test.ts), conversation ids and row order aside.
 *
 * Gives way to a full rebuild, saying why, when it could not be exact; see each `NeedsFullRebuild`.
 */
export function refreshIncremental(db: Db, now: () => number = () => 0): IncrementalOutcome {
  try {
    return { report: refresh(db, now) };
  } catch (e) {
    if (e instanceof NeedsFullRebuild) return { fallback: e.message };
    throw e;
  }
}

function refresh(db: Db, now: () => number): RefreshReport {
  const { phases, phase, ms } = phaseClock(now);
  if (!db.get("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'member_pairs'")) throw new NeedsFullRebuild('never built');
  const stored = settingsOf(db).get(STATE_KEY);
  if (!stored) throw new NeedsFullRebuild('never built');
  const before = parseStamp(stored);
  const current = JSON.parse(derivedStamp(db)) as unknown[];
  // Version and schema, brand identities, time zone, brand names, settings: each changes rows of every
  // member or conversation (a brand account's messages stop being a member's; a time zone moves every day).
  for (const i of [0, 1, 6, 7, 8, 9])
    if (JSON.stringify(before[i]) !== JSON.stringify(current[i])) throw new NeedsFullRebuild('settings, brand or time zone changed');
  const [n0, maxId, people0, maxPerson0] = [2, 3, 4, 5].map((i) => Number(before[i])) as [number, number, number, number];
  // An import changed an earlier import's rows (a reply chain's first message moved into its thread).
  if (settingsOf(db).get(OLD_ROWS_CHANGED_KEY)) throw new NeedsFullRebuild('rows of an earlier import changed');
  const added = Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions WHERE id > ?', [maxId])!.n);
  // Rows removed, or people merged or removed: old rows changed owner, which only a full walk follows.
  if (Number(current[2]) - n0 !== added) throw new NeedsFullRebuild('interactions removed');
  const newPeople = Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM people WHERE id > ?', [maxPerson0])!.n);
  if (Number(current[4]) - people0 !== newPeople) throw new NeedsFullRebuild('people merged or removed');
  const s = loadAnalyticsSettings(db);
  // Reach is kept as sums; taking a re-cut conversation's share back is exact for whole numbers only.
  if (![s.reach.replyMentionStrength, s.reach.coPresenceStrength].every((x) => Number.isInteger(x) && x > 0))
    throw new NeedsFullRebuild('reach strengths are not whole numbers');
  const tz = clientTimezone(db);
  const ctx = loadContext(db);
  const anchor = asDayNumber(Number(settingsOf(db).get(LOVE_ANCHOR_KEY)));
  const fresh = readRowsWhere(db, 'id > ?', [maxId]);
  let lastDay = asDayNumber(
    Number(db.get<{ d: number }>('SELECT day AS d FROM interactions WHERE id <= ? ORDER BY at DESC LIMIT 1', [maxId])?.d ?? anchor),
  );
  for (let r = 0; r < fresh.n; r++) {
    // Love is stored decayed to the first day with data: a row before it moves the anchor of every member.
    if (fresh.day[r]! < anchor) throw new NeedsFullRebuild('new rows before the first day with data');
    if (fresh.day[r]! > lastDay) lastDay = fresh.day[r]!;
  }
  checkFirstSeen(db, fresh, ctx.brandPeople);
  phase('read');

  const classifier = textClassifier(s.intentRules, s.thanksRules);
  const brandTerms = brandMentionTerms(db);
  const classify = (text: string) => {
    const t = normaliseForRules(text);
    return classifier.classifyNormalised(t) | (brandTerms.some((b) => t.includes(b)) ? BRAND_MENTION_BIT : 0);
  };
  const regions = findRegions(db, fresh, ctx, s);
  // The last check that may give way: every one comes before the first write (temporary tables aside).
  const seconds = updatePrecision(db, fresh, maxId);
  phase('find regions');
  const regionWhere = 'id IN (SELECT id FROM temp.incr_region UNION ALL SELECT id FROM temp.incr_extra)';
  const rows = readRowsWhere(db, regionWhere);
  readTextsWhere(db, rows, regionWhere, [], classify);
  const inRegion = new Uint8Array(rows.n);
  const regionIds = new Set(db.all<{ id: number }>('SELECT id FROM temp.incr_region').map((r) => Number(r.id)));
  for (let r = 0; r < rows.n; r++) if (regionIds.has(rows.id[r]!)) inRegion[r] = 1;
  const network = new NetworkTally(ctx, s);
  // The old cut of the regions, only to take its reach and pairs back; it must be the one stored.
  const oldCut = buildConversations(
    rows,
    ctx,
    s,
    tz,
    utcMsColumn(ctx.maxPerson + 1).fill(Infinity),
    (r) => inRegion[r] === 1 && rows.id[r]! <= maxId,
  );
  if (oldCut.conversations.length !== regions.oldConversations.length)
    throw new Error('incremental refresh: the stored conversations are not the cut of their rows');
  network.presence(rows, oldCut, -1);
  const touched = new Set<number>();
  for (let r = 0; r < fresh.n; r++) if (isMember(fresh, r, ctx.brandPeople)) touched.add(fresh.person[r]!);
  for (let r = 0; r < rows.n; r++) if (inRegion[r] && isMember(rows, r, ctx.brandPeople)) touched.add(rows.person[r]!);
  const firstAt = utcMsColumn(ctx.maxPerson + 1).fill(Infinity);
  setTemp(db, 'incr_people', touched);
  for (const f of db.all<{ p: number; t: number }>(
    `SELECT person_id AS p, MIN(at) AS t FROM interactions WHERE person_id IN (SELECT id FROM temp.incr_people) AND direction = 'inbound' AND kind NOT IN (${LEAVING}) GROUP BY person_id`,
  ))
    firstAt[Number(f.p)] = Number(f.t) as never;
  const conv = buildConversations(rows, ctx, s, tz, firstAt, (r) => inRegion[r] === 1);
  attributeBrandAnswers(db, rows, ctx, s, tz, conv);
  network.presence(rows, conv, 1);
  network.edges(fresh);
  phase('conversations');

  // The regions' stored facts give way to the new cut's.
  if (regions.oldConversations.length > 0) {
    setTemp(db, 'incr_conv', regions.oldConversations);
    db.run('DELETE FROM conversations WHERE id IN (SELECT id FROM temp.incr_conv)');
  }
  // Parts and signals are found by their people (primary key, signals_person), then tested against the
  // region (`+first_id`: a search on both columns of the key would try every person with every row).
  const regionPeople = new Set<number>();
  for (let r = 0; r < rows.n; r++) if (inRegion[r]) regionPeople.add(rows.person[r]!);
  setTemp(db, 'incr_region_people', regionPeople);
  db.exec(`DELETE FROM signals WHERE signal IN (${SIGNALS.map((x) => `'${x}'`).join(', ')})
      AND person_id IN (SELECT id FROM temp.incr_region_people) AND interaction_id IN (SELECT id FROM temp.incr_region);
    DELETE FROM helped WHERE thanks_id IN (SELECT id FROM temp.incr_region);
    DELETE FROM member_parts WHERE person_id IN (SELECT id FROM temp.incr_region_people) AND +first_id IN (SELECT id FROM temp.incr_region);`);
  phase('regions delete');
  writeConversationFacts(db, rows, conv);
  phase('regions facts');
  const met = mergePairs(db, network.pairs);
  phase('regions pairs');
  mergeReach(db, network.reach);
  phase('regions reach');

  // Members: those touched are walked again; then tiers, which may move others, who are walked again too.
  const love = loveScale(s, anchor);
  const old = new Map<number, { tier: number; ladder: number; firstAt: number; neighbours: number }>();
  const activeCount = new Int32Array(ctx.maxPerson + 1);
  for (const f of db.all<{ p: number; tier: number; ladder: number; first_at: number; active: number; neighbours: number }>(
    'SELECT person_id AS p, tier, ladder, first_at, active, neighbours FROM member_facts',
  )) {
    activeCount[Number(f.p)] = Number(f.active);
    if (touched.has(Number(f.p)))
      old.set(Number(f.p), {
        tier: Number(f.tier),
        ladder: Number(f.ladder),
        firstAt: Number(f.first_at),
        neighbours: Number(f.neighbours),
      });
  }
  const oldTiers = onionTiers(activeCount, s.onion);
  phase('members facts');
  const regionPraise = new Map<number, number>();
  for (let r = 0; r < rows.n; r++) if (inRegion[r] && rows.bits[r]! & SIGNAL_BIT.praise) regionPraise.set(rows.id[r]!, SIGNAL_BIT.praise);
  const walked = walkPeople(db, touched, maxId, ctx, s, love, regionPraise);
  phase('members walk');
  for (const [p, w] of walked) activeCount[p] = w.active;
  const tiers = onionTiers(activeCount, s.onion);
  const moved = new Set<number>();
  for (let p = 1; p <= ctx.maxPerson; p++) if (!touched.has(p) && tiers[p] !== oldTiers[p] && activeCount[p]! > 0) moved.add(p);
  for (const f of db.all<{ p: number; tier: number; ladder: number; first_at: number; neighbours: number }>(
    `SELECT person_id AS p, tier, ladder, first_at, neighbours FROM member_facts WHERE person_id IN (${[...moved].join(',') || 'NULL'})`,
  ))
    old.set(Number(f.p), { tier: Number(f.tier), ladder: Number(f.ladder), firstAt: Number(f.first_at), neighbours: Number(f.neighbours) });
  for (const [p, w] of walkPeople(db, moved, maxId, ctx, s, love, regionPraise)) walked.set(p, w);
  phase('members');

  // Members new to member_facts may have met people before they had a row of their own (a reply or
  // mention addressed them): their count is read from the merged pairs, not added to a stored one.
  const newcomers = neighboursOf(
    db,
    [...walked.keys()].filter((p) => !old.has(p)),
  );
  const gaps = new Map<number, number[]>();
  const ladders = new Int8Array(ctx.maxPerson + 1);
  const writer = new MemberWriter(db);
  const facts = new BulkInsert(db, 'member_facts', FACT_COLS);
  setTemp(db, 'incr_walked', walked.keys());
  db.exec(`DELETE FROM member_weeks WHERE in_all IN (0, 1) AND person_id IN (SELECT id FROM temp.incr_walked);
    DELETE FROM member_months WHERE in_all IN (0, 1) AND person_id IN (SELECT id FROM temp.incr_walked);
    DELETE FROM member_steps WHERE person_id IN (SELECT id FROM temp.incr_walked);
    DELETE FROM member_facts WHERE person_id IN (SELECT id FROM temp.incr_walked);`);
  for (const p of [...walked.keys()].sort((a, b) => a - b)) {
    const w = walked.get(p)!;
    const o = old.get(p);
    if (o && w.oldScopes) addGaps(gaps, w.oldScopes, o.tier, o.ladder, -1);
    ladders[p] = w.ladder;
    writer.write(p, w.scopes, tiers[p]!, w.ladder);
    const all = w.scopes.get(-1)!;
    facts.add([
      p,
      tiers[p]!,
      w.ladder,
      all.entryAt,
      all.lastAt,
      w.interactions,
      w.active,
      o ? o.neighbours + (met.get(p) ?? 0) : (newcomers.get(p) ?? 0),
      w.ambassadorAt,
    ]);
    met.delete(p);
  }
  writer.flushRows();
  facts.flush();
  phase('write members');
  for (const [key, c] of writer.gaps) {
    const d = gaps.get(key) ?? [0, 0, 0, 0, 0, 0];
    gaps.set(
      key,
      d.map((x, i) => x + c[i]!),
    );
  }
  mergeGaps(db, gaps);
  phase('write gaps');
  for (const [p, d] of met) if (d !== 0) db.run('UPDATE member_facts SET neighbours = neighbours + ? WHERE person_id = ?', [d, p]);
  // Tiers and ladder steps are copied onto conversations and signals: those of walked members follow.
  db.exec(
    'DROP TABLE IF EXISTS temp.incr_segments; CREATE TEMP TABLE incr_segments (id INTEGER PRIMARY KEY, tier INTEGER, ladder INTEGER)',
  );
  const seg = new BulkInsert(db, 'temp.incr_segments', ['id', 'tier', 'ladder']);
  for (const p of [...walked.keys()].sort((a, b) => a - b)) seg.add([p, tiers[p]!, ladders[p]!]);
  seg.flush();
  db.exec(`UPDATE conversations SET starter_tier = t.tier, starter_ladder = t.ladder FROM temp.incr_segments AS t
             WHERE conversations.starter_id = t.id AND (conversations.starter_tier <> t.tier OR conversations.starter_ladder <> t.ladder);
           UPDATE signals SET tier = t.tier, ladder = t.ladder FROM temp.incr_segments AS t
             WHERE signals.person_id = t.id AND (signals.tier <> t.tier OR signals.ladder <> t.ladder);`);
  phase('write segments');
  writeConversations(db, rows, ctx, conv, tiers, ladders);
  writeSignals(db, rows, ctx, conv, tiers, ladders, (r) => inRegion[r] === 1);
  phase('write conversations');

  rankEveryone(db, s, tz, { first: anchor, last: lastDay }, loveToLastDay(s, anchor, lastDay), ctx.month);
  phase('ranks');
  mergeActivityHours(db, activityCounts(fresh, ctx, tz, seconds));
  db.run(
    'INSERT INTO content_interactions (content_id, at, interaction_id) SELECT content_id, at, id FROM interactions WHERE id > ? AND content_id IS NOT NULL',
    [maxId],
  );
  settingsOf(db).set(STATE_KEY, derivedStamp(db));
  markConversationsCut(db);
  db.exec(
    'DROP TABLE IF EXISTS temp.incr_region; DROP TABLE IF EXISTS temp.incr_extra; DROP TABLE IF EXISTS temp.incr_people; DROP TABLE IF EXISTS temp.incr_region_people; DROP TABLE IF EXISTS temp.incr_conv; DROP TABLE IF EXISTS temp.incr_walked; DROP TABLE IF EXISTS temp.incr_segments',
  );
  phase('hours and contents');
  return { interactions: added, conversations: conv.conversations.length, members: walked.size, ms: ms(), phases };
}

/**
 * A member seen earlier than before changes starter_first of the conversations they started elsewhere:
 * the refresh gives way to a full rebuild. Checked before anything is written, so that a refresh that
 * gives way has changed nothing (an import refreshes inside its own write and leaves the tables stale then).
 */
function checkFirstSeen(db: Db, fresh: Rows, brandPeople: Set<number>): void {
  const earliest = new Map<number, number>();
  for (let r = 0; r < fresh.n; r++) {
    if (!isMember(fresh, r, brandPeople)) continue;
    const p = fresh.person[r]!;
    if (!(earliest.get(p)! <= fresh.at[r]!)) earliest.set(p, fresh.at[r]!);
  }
  if (earliest.size === 0) return;
  setTemp(db, 'incr_fresh_people', earliest.keys());
  for (const f of db.all<{ p: number; first_at: number }>(
    'SELECT person_id AS p, first_at FROM member_facts WHERE person_id IN (SELECT id FROM temp.incr_fresh_people)',
  ))
    if (earliest.get(Number(f.p))! < Number(f.first_at)) throw new NeedsFullRebuild('a member first seen earlier than before');
  db.exec('DROP TABLE temp.incr_fresh_people');
}

/** Distinct people met by each of `people`, from member_pairs (rows fall away at zero). */
function neighboursOf(db: Db, people: number[]): Map<number, number> {
  const out = new Map<number, number>();
  if (people.length === 0) return out;
  setTemp(db, 'incr_newcomers', people);
  for (const r of db.all<{ p: number; n: number }>(
    `SELECT p, COUNT(*) AS n FROM (SELECT a AS p FROM member_pairs WHERE a IN (SELECT id FROM temp.incr_newcomers)
       UNION ALL SELECT b FROM member_pairs WHERE b IN (SELECT id FROM temp.incr_newcomers)) GROUP BY p`,
  ))
    out.set(Number(r.p), Number(r.n));
  db.exec('DROP TABLE temp.incr_newcomers');
  return out;
}

function parseStamp(stored: string): unknown[] {
  try {
    const v = JSON.parse(stored) as unknown;
    if (Array.isArray(v)) return v;
  } catch {
    // A stamp this version cannot read: the tables are rebuilt whole.
  }
  throw new NeedsFullRebuild('never built');
}

const isMember = (rows: Rows, r: number, brandPeople: Set<number>) =>
  !rows.outbound[r] && IS_ACTIVITY[rows.kind[r]!] === 1 && !brandPeople.has(rows.person[r]!);

function setTemp(db: Db, name: string, ids: Iterable<number>): void {
  db.exec(`DROP TABLE IF EXISTS temp.${name}; CREATE TEMP TABLE ${name} (id INTEGER PRIMARY KEY)`);
  const out = new BulkInsert(db, `temp.${name}`, ['id']);
  for (const id of ids) out.add([id]);
  out.flush();
}

interface Walked {
  scopes: Map<number, ScopeState>;
  /** The member's scopes over their rows before this import (gaps only), to take their old gaps back. */
  oldScopes: Map<number, ScopeState> | undefined;
  ladder: number;
  firstAt: number;
  interactions: number;
  active: number;
  ambassadorAt: number | null;
}

/** Walks members again whole, from their rows and what the conversations stored about them. */
function walkPeople(
  db: Db,
  people: Set<number>,
  maxId: number,
  ctx: ReturnType<typeof loadContext>,
  s: ReturnType<typeof loadAnalyticsSettings>,
  love: ReturnType<typeof loveScale>,
  /** Region rows (ids) classified as praise, with that bit. */
  regionPraise: Map<number, number>,
): Map<number, Walked> {
  const out = new Map<number, Walked>();
  if (people.size === 0) return out;
  setTemp(db, 'incr_walk', people);
  const where = 'person_id IN (SELECT id FROM temp.incr_walk)';
  const rows = readRowsWhere(db, where);
  const index = new Map<number, number>();
  for (let r = 0; r < rows.n; r++) index.set(rows.id[r]!, r);
  // Praise is the only class of text a member's walk reads (build-members.ts): the stored signals say it
  // for rows outside the re-cut regions (the regions' own were deleted before), the regions' rows were
  // classified when they were read. Their texts are not read again (~0.3 s for 100k rows at 1M).
  for (const t of db.all<{ id: number }>(
    "SELECT interaction_id AS id FROM signals WHERE signal = 'praise' AND person_id IN (SELECT id FROM temp.incr_walk)",
  )) {
    const r = index.get(Number(t.id));
    if (r !== undefined) rows.bits[r]! |= SIGNAL_BIT.praise;
  }
  for (const [id, bits] of regionPraise) {
    const r = index.get(id);
    if (r !== undefined) rows.bits[r]! |= bits;
  }
  const twoWay = new Uint8Array(rows.n);
  const helpedOfRow = new Map<number, number>();
  for (const h of db.all<{ id: number; n: number }>(
    'SELECT helper_interaction_id AS id, COUNT(*) AS n FROM helped WHERE helper_id IN (SELECT id FROM temp.incr_walk) GROUP BY helper_interaction_id',
  )) {
    const r = index.get(Number(h.id));
    if (r !== undefined) helpedOfRow.set(r, Number(h.n));
  }
  const parts = new Map<number, Part[]>();
  for (const k of db.all<{
    p: number;
    platform: number;
    first_at: number;
    qualify_at: number | null;
    first_id: number;
    two_way: string | null;
  }>(
    'SELECT person_id AS p, platform, first_at, qualify_at, first_id, two_way FROM member_parts WHERE person_id IN (SELECT id FROM temp.incr_walk) ORDER BY person_id, first_at, first_id',
  )) {
    for (const id of twoWayIds(Number(k.first_id), k.two_way)) {
      const r = index.get(id);
      if (r !== undefined) twoWay[r] = 1;
    }
    const list = parts.get(Number(k.p)) ?? [];
    parts.set(Number(k.p), list);
    list.push({
      platform: Number(k.platform),
      firstAt: Number(k.first_at) as never,
      qualifyAt: (k.qualify_at === null ? NaN : Number(k.qualify_at)) as never,
    });
  }
  const member = (r: number) => isMember(rows, r, ctx.brandPeople);
  const byPerson = groupByPerson(
    rows.n,
    ctx.maxPerson,
    (r) => (member(r) ? rows.person[r]! : -1),
    (a, b) => rows.at[a]! - rows.at[b]! || a - b,
  );
  const noTwoWay = { twoWay: new Uint8Array(rows.n) };
  for (const p of people) {
    const own = byPerson.of(p);
    if (own.length === 0) continue;
    const w = walkOneMember(rows, ctx, { twoWay }, s, love, own, helpedOfRow, parts.get(p) ?? []);
    const oldOwn = own.filter((r) => rows.id[r]! <= maxId);
    let oldScopes: Map<number, ScopeState> | undefined;
    if (oldOwn.length > 0) {
      oldScopes = new Map();
      walkMember(rows, ctx, noTwoWay, s, love, oldOwn, new Map(), oldScopes);
    }
    let active = 0;
    for (const r of own) if (IS_ACTIVE[rows.kind[r]!]) active++;
    out.set(p, {
      scopes: w.scopes,
      oldScopes,
      ladder: w.ladder,
      firstAt: rows.at[own[0]!]!,
      interactions: own.length,
      active,
      ambassadorAt: Number.isFinite(w.steps.ambassador) ? w.steps.ambassador : null,
    });
  }
  return out;
}

/**
 * The platforms timed to the minute (precision.ts), with the new rows. A platform timed to the minute
 * that now brings seconds changes which of its old rows activity_hours reads as dates without a time.
 * Returns, per platform, whether its rows carry seconds.
 */
function updatePrecision(db: Db, fresh: Rows, maxId: number): Uint8Array {
  const minute = new Set(minutePrecisionPlatforms(db));
  const seconds = new Uint8Array(PLATFORM_COUNT);
  const finer = new Uint8Array(PLATFORM_COUNT);
  const seen = new Uint8Array(PLATFORM_COUNT);
  for (let r = 0; r < fresh.n; r++) {
    seen[fresh.platform[r]!] = 1;
    if (fresh.at[r]! % 60_000 !== 0) finer[fresh.platform[r]!] = 1;
  }
  for (let p = 0; p < PLATFORM_COUNT; p++) {
    if (!seen[p]) continue;
    const name = PLATFORMS[p]!;
    const before = minute.has(name)
      ? 'minute'
      : db.get('SELECT 1 FROM interactions WHERE platform = ? AND id <= ? LIMIT 1', [name, maxId])
        ? 'seconds'
        : 'none';
    if (before === 'minute' && finer[p]) throw new NeedsFullRebuild('a platform timed to the minute now has seconds');
    if (before === 'none' && !finer[p]) minute.add(name);
    seconds[p] = before === 'seconds' || finer[p] ? 1 : 0;
  }
  db.run('INSERT OR REPLACE INTO metric_cache (key, value) VALUES (?, ?)', [
    PRECISION_KEY,
    JSON.stringify(PLATFORMS.filter((p) => minute.has(p))),
  ]);
  return seconds;
}
