import type { Ambassador, Segment } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { settingsOf } from '../../settings/settings';
import { asDayNumber, asWeekKey, type DayNumber, earliest, latest, monthOfDay, type WeekKey, weeksBetween } from '../../util/time-keys';
import { type Candidate, emptyParts, rankCandidates } from '../model/ambassador-rank';
import { LOVE_ANCHOR_KEY } from '../derived/refresh-derived';
import { STORED_RANKS } from '../derived/write-ranks';
import { platformSql, type ResolvedFilter, segmentSql } from './filter';
import { periodScope } from './member-scope';
import { iso, readNumbers } from './query-util';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

import { period } from '../model/periods';
import { round } from '../model/stats';
const DAYS_PER_MONTH = 30.436875;
const TIERS = ['core', 'regular', 'casual'] as const;

/** The member segment as a test on whole-history tier and ladder (the same rule as segmentSql). */
function inSegment(segment: Segment, tier: number, ladder: number): boolean {
  switch (segment) {
    case 'core':
      return tier === 1;
    case 'regular':
      return tier === 2;
    case 'casual':
      return tier === 3;
    case 'ambassadors':
      return ladder >= 6;
    case 'spoke':
      return ladder >= 2;
    case 'passive':
      return ladder < 2;
    default:
      return true;
  }
}

/**
 * The ambassador ranking (Orbit love and reach, CHAOSS onion, Savannah helped credits): the members
 * with active interactions in the range (whole weeks) are ranked together (rankCandidates); a member
 * segment then keeps its members, with the scores they have in the whole community. Love = Σ depth ×
 * decay^(months before the end of the range); reach decays the same way per month. Every ranked
 * member carries the evidence: counts behind each component and quotes (recommendations, help
 * given, longest recent messages). The whole period of one scope is read from the ranking stored
 * by refreshDerived; any other range is ranked here.
 */
export function ambassadors(db: Db, f: ResolvedFilter, s: AnalyticsSettings, limit = s.ambassadorLimit): Ambassador[] {
  if (!f.hasData) return [];
  const refDay = earliest(f.toDay, f.lastDataDay);
  const lo = period.ofDay('week', f.fromDay);
  const hi = period.ofDay('week', refDay);
  const whole = lo <= period.ofDay('week', f.firstDataDay) && hi >= period.ofDay('week', f.lastDataDay);
  let ranked = whole && (!f.platforms || f.platforms.length === 1) ? stored(db, f, limit) : undefined;
  ranked ??= live(db, f, s, lo, hi, refDay)
    .filter((c) => inSegment(f.segment, c.tier, c.ladder))
    .slice(0, limit);
  return ranked.map((c) => describe(db, f, c));
}

/** The stored ranking, or undefined when it holds fewer members than asked while more may exist. */
function stored(db: Db, f: ResolvedFilter, limit: number): Candidate[] | undefined {
  const scope = f.platforms ? f.platforms[0]! : '*';
  const kept = Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM ambassador_ranks WHERE scope = ?', [scope])!.n);
  const rows = readNumbers(
    db,
    `SELECT person_id || ',' || tier || ',' || ladder || ',' || rank_tier || ',' || score || ',' || n || ',' || active || ',' || weeks || ',' || helped || ',' || praise || ',' || love || ',' || reach
            || ',' || p_love || ',' || p_recommendations || ',' || p_helped || ',' || p_reach || ',' || p_onion || ',' || p_retention AS r
     FROM ambassador_ranks INDEXED BY ambassador_ranks_scope WHERE scope = ?${segmentSql(f.segment)} ORDER BY rank LIMIT ?`,
    [scope, limit],
  );
  if (rows.length < limit && kept >= STORED_RANKS) return undefined;
  return rows.map(([person, tier, ladder, rankTier, score, n, active, weeks, helped, praise, love, reach, pl, pr, ph, pre, po, pt]) => ({
    person: person!,
    tier: tier!,
    ladder: ladder!,
    rankTier: rankTier!,
    score: score!,
    n: n!,
    active: active!,
    weeks: weeks!,
    cohort: asWeekKey(0), // unused: the stored ranking needs no retention recomputed
    helped: helped!,
    praise: praise!,
    love: love!,
    reach: reach!,
    retention: pt!,
    parts: { love: pl!, recommendations: pr!, helped: ph!, reach: pre!, onion: po!, retention: pt! },
  }));
}

/**
 * Per candidate: person, tier, ladder, interactions, active interactions, weeks active, first week,
 * helped credits, recommendations, love (decayed to the anchor day), read along the member index
 * (measured on 1M interactions: 0.1 s even for a quarter of the data, against 0.2 s along the period index and a sort).
 */
export function live(db: Db, f: ResolvedFilter, s: AnalyticsSettings, lo: WeekKey, hi: WeekKey, refDay: DayNumber): Candidate[] {
  const sc = periodScope(db, f, 'week');
  const rows = readNumbers(
    db,
    `SELECT person_id || ',' || MIN(tier) || ',' || MAX(ladder) || ',' || SUM(n) || ',' || SUM(active) || ',' || COUNT(*) || ',' || MIN(${sc.cohort}) || ',' || SUM(helped) || ',' || SUM(praise) || ',' || SUM(love) AS r
     FROM ${sc.table} INDEXED BY ${sc.person} WHERE ${sc.where} AND period BETWEEN ? AND ? GROUP BY person_id HAVING SUM(active) > 0 ORDER BY person_id`,
    [...sc.params, lo, hi],
  );
  // Stored love is decayed to the anchor day; one factor moves it to the end of the range.
  const anchor = asDayNumber(Number(settingsOf(db).get(LOVE_ANCHOR_KEY) ?? refDay));
  const rescale = s.loveMonthlyDecay ** ((refDay - anchor) / DAYS_PER_MONTH);
  const reach = new Map<number, number>();
  const plat = platformSql(f, 'plat');
  const refMonth = monthOfDay(refDay);
  for (const [person, value] of readNumbers(
    db,
    `SELECT person_id || ',' || SUM(value * pow(?, max(0, ? - month))) AS r FROM member_reach WHERE month BETWEEN ? AND ?${plat.sql} GROUP BY person_id`,
    [s.reach.monthlyDecay, refMonth, monthOfDay(f.fromDay), refMonth, ...plat.params],
  )) {
    reach.set(person!, value!);
  }
  const cands: Candidate[] = rows.map(([person, tier, ladder, n, active, weeks, cohort, helped, praise, love]) => ({
    person: person!,
    tier: tier!,
    ladder: ladder!,
    n: n!,
    active: active!,
    weeks: weeks!,
    cohort: asWeekKey(cohort!),
    helped: helped!,
    praise: praise!,
    love: love! * rescale,
    reach: reach.get(person!) ?? 0,
    rankTier: 0,
    retention: 0,
    parts: emptyParts(),
    score: 0,
  }));
  return rankCandidates(cands, s, (cohort) => weeksBetween(latest(cohort, lo), hi) + 1);
}

export function describe(db: Db, f: ResolvedFilter, c: Candidate): Ambassador {
  const name = db.get<{ name: string }>('SELECT name FROM people WHERE id = ?', [c.person])?.name ?? `#${c.person}`;
  const platforms = db
    .all<{ platform: string }>('SELECT DISTINCT platform FROM identities WHERE person_id = ?', [c.person])
    .map((r) => r.platform)
    .sort((a, b) => PLATFORMS.indexOf(a as never) - PLATFORMS.indexOf(b as never));
  const facts = db.get<{ neighbours: number; t: number | null }>(
    'SELECT neighbours, ambassador_at AS t FROM member_facts WHERE person_id = ?',
    [c.person],
  );
  const reachedAt = facts?.t;
  return {
    personId: c.person,
    member: name,
    score: c.score,
    tier: TIERS[Math.max(0, c.rankTier - 1)]!,
    ambassador: reachedAt !== null && reachedAt !== undefined && Number(reachedAt) < f.toAt,
    components: c.parts,
    evidence: {
      platforms,
      interactions: c.n,
      activeInteractions: c.active,
      weeksActive: c.weeks,
      love: round(c.love, 1),
      reach: round(c.reach, 1),
      neighbours: Number(facts?.neighbours ?? 0),
      helped: c.helped,
      recommendations: c.praise,
      quotes: quotes(db, f, c.person),
    },
  };
}

type QuoteRow = { id: number; at: number; platform: string; kind: string; text: string; words: number };

function quotes(db: Db, f: ResolvedFilter, person: number): Ambassador['evidence']['quotes'] {
  const cut = (t: string) => (t.length > 280 ? `${t.slice(0, 279)}…` : t);
  const out: Ambassador['evidence']['quotes'] = [];
  const seen = new Set<number>();
  const push = (rows: QuoteRow[], why: 'recommendation' | 'helped' | 'longest', max: number) => {
    for (const r of rows) {
      if (out.length >= max || seen.has(Number(r.id))) continue;
      seen.add(Number(r.id));
      out.push({ at: iso(Number(r.at)), platform: r.platform, kind: r.kind, text: cut(r.text), why });
    }
  };
  // Latest first, ties by time then id: the order of stored rows differs between a full rebuild and an
  // incremental refresh, and must not choose the quotes.
  const cols = 'i.id AS id, i.at AS at, i.platform AS platform, i.kind AS kind, i.text AS text, i.words AS words';
  push(
    db.all(
      `SELECT ${cols} FROM signals s JOIN interactions i ON i.id = s.interaction_id WHERE s.signal = 'praise' AND s.person_id = ? AND s.day BETWEEN ? AND ? AND i.text IS NOT NULL ORDER BY s.day DESC, i.at DESC, i.id DESC LIMIT 2`,
      [person, f.fromDay, f.toDay],
    ),
    'recommendation',
    2,
  );
  push(
    db.all(
      `SELECT ${cols} FROM helped h JOIN interactions i ON i.id = h.helper_interaction_id WHERE h.helper_id = ? AND h.day BETWEEN ? AND ? AND i.text IS NOT NULL ORDER BY h.day DESC, i.at DESC, i.id DESC LIMIT 1`,
      [person, f.fromDay, f.toDay],
    ),
    'helped',
    3,
  );
  const recent = db.all<QuoteRow>(
    `SELECT id, at, platform, kind, text, words FROM interactions WHERE person_id = ? AND at >= ? AND at < ? AND direction = 'inbound' AND text IS NOT NULL ORDER BY at DESC LIMIT 100`,
    [person, f.fromAt, f.toAt],
  );
  push(
    recent.sort((a, b) => Number(b.words) - Number(a.words)),
    'longest',
    3,
  );
  return out;
}
