import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { type Candidate, emptyParts, rankCandidates } from '../model/ambassador-rank';
import type { AnalyticsSettings } from '../../contract/analytics-settings';
import { type ScopeState, scopeTotals, type ScopeTotals, type StepTimes, stepTimes } from './build-members';
import { BulkInsert, type Cell, SCOPES } from './bulk-insert';
import { type DayNumber, latest, type UtcMs, type WeekKey, weekOfDay, weeksBetween } from '../../util/time-keys';

import { breakdownOf, type Entrant, funnelOf } from '../model/funnel-steps';
const ALL = -1;
/** Ranks kept per scope: enough for any list a consultant reads; a deeper or segment-filtered list that runs out is ranked live. */
export const STORED_RANKS = 2000;

/**
 * Collects every member's whole-history totals per scope during the member walk, then ranks each
 * scope with the same function the live ranking uses and writes ambassador_ranks, best first.
 */
export class RankCollector {
  private readonly byScope = new Map<number, Candidate[]>();
  /** Members with no active interaction (all platforms): no rank, but their love, for member_scores. */
  private readonly unranked: [person: number, tier: number, ladder: number, love: number][] = [];

  constructor(
    private readonly s: AnalyticsSettings,
    /** Whole-history reach of a member in a scope (ALL or a platform index), decayed to the anchor month. */
    private readonly reachOf: (person: number, scope: number) => number,
    /** Moves love from the anchor day (member_weeks.love) to the last day with data. */
    private readonly loveFactor: number,
  ) {}

  add(person: number, scopes: Map<number, ScopeState>, tier: number, ladder: number): void {
    for (const [scope, sc] of scopes) this.addTotals(person, scope, scopeTotals(sc), sc.weeks.length, weekOfDay(sc.entryDay), tier, ladder);
  }

  /**
   * One member in one scope (ALL or a platform index), from its whole-history sums; members must come in
   * person order (onion ties are broken by it). Love is as summed at the anchor day; `loveFactor` moves it
   * to the last day with data, where the ranking and member_scores read it.
   */
  addTotals(person: number, scope: number, t: ScopeTotals, weeks: number, cohort: WeekKey, tier: number, ladder: number): void {
    const love = t.love * this.loveFactor;
    if (t.active === 0) {
      if (scope === ALL) this.unranked.push([person, tier, ladder, love]);
      return;
    }
    const list = this.byScope.get(scope) ?? [];
    this.byScope.set(scope, list);
    list.push({
      person,
      n: t.n,
      active: t.active,
      weeks,
      cohort,
      helped: t.helped,
      praise: t.praise,
      love,
      reach: this.reachOf(person, scope),
      tier,
      ladder,
      rankTier: 0,
      retention: 0,
      parts: emptyParts(),
      score: 0,
    });
  }

  /** `firstWeek`/`lastWeek`: the data's first and last weeks (the whole period). */
  write(db: Db, firstWeek: WeekKey, lastWeek: WeekKey): void {
    const out = new BulkInsert(
      db,
      'ambassador_ranks',
      [
        'scope',
        'rank',
        'person_id',
        'tier',
        'ladder',
        'rank_tier',
        'score',
        'n',
        'active',
        'weeks',
        'helped',
        'praise',
        'love',
        'reach',
        'p_love',
        'p_recommendations',
        'p_helped',
        'p_reach',
        'p_onion',
        'p_retention',
      ],
      { scope: SCOPES },
    );
    const weeksInRange = (cohort: WeekKey) => weeksBetween(latest(cohort, firstWeek), lastWeek) + 1;
    for (const scope of [...this.byScope.keys()].sort((a, b) => a - b)) {
      const all = rankCandidates(this.byScope.get(scope)!, this.s, weeksInRange);
      if (scope === ALL) this.writeScores(db, all);
      const ranked = all.slice(0, STORED_RANKS);
      ranked.forEach((c, i) => {
        const p = c.parts;
        out.add([
          scope === ALL ? '*' : PLATFORMS[scope]!,
          i + 1,
          c.person,
          c.tier,
          c.ladder,
          c.rankTier,
          c.score,
          c.n,
          c.active,
          c.weeks,
          c.helped,
          c.praise,
          round6(c.love),
          round6(c.reach),
          p.love,
          p.recommendations,
          p.helped,
          p.reach,
          p.onion,
          p.retention,
        ]);
      });
    }
    out.flush();
    if (!this.byScope.has(ALL)) this.writeScores(db, []);
  }

  /** Every member of the all-platform scope, ranked or not, in person order (the table's key). */
  private writeScores(db: Db, ranked: readonly Candidate[]): void {
    const out = new BulkInsert(db, 'member_scores', [
      'person_id',
      'tier',
      'ladder',
      'rank',
      'score',
      'love',
      'rank_tier',
      'n',
      'active',
      'weeks',
      'helped',
      'praise',
      'reach',
      'p_love',
      'p_recommendations',
      'p_helped',
      'p_reach',
      'p_onion',
      'p_retention',
    ]);
    const rows = ranked.map((c, i): Cell[] => {
      const p = c.parts;
      const head = [
        c.person,
        c.tier,
        c.ladder,
        i + 1,
        c.score,
        round6(c.love),
        c.rankTier,
        c.n,
        c.active,
        c.weeks,
        c.helped,
        c.praise,
        round6(c.reach),
      ];
      return [...head, p.love, p.recommendations, p.helped, p.reach, p.onion, p.retention];
    });
    for (const [person, tier, ladder, love] of this.unranked)
      rows.push([person, tier, ladder, null, null, round6(love), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    rows.sort((a, b) => Number(a[0]) - Number(b[0]));
    for (const r of rows) out.add(r);
    out.flush();
  }
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The default funnel (whole period, every platform, every member) from the step times in memory: the
 * same entrants the funnel query would read back, with the conversion window and the end of the data.
 */
export class EntrantCollector {
  private readonly all: Entrant[] = [];
  private readonly byPlatform = new Map<number, Entrant[]>();

  constructor(
    private readonly s: AnalyticsSettings,
    private readonly endAt: UtcMs,
  ) {}

  add(scopes: Map<number, ScopeState>): void {
    for (const [scope, sc] of scopes) this.addTimes(scope, stepTimes(sc), sc.entryDay);
  }

  /** One member's step times in one scope (ALL or a platform index). */
  addTimes(scope: number, t: StepTimes, entryDay: DayNumber): void {
    const limit = Math.min(this.s.conversionWindowDays * 86_400_000, this.endAt - 1 - t.entry);
    const delay = (x: UtcMs) => (x - t.entry <= limit ? Math.floor((x - t.entry) / 60_000) : NaN);
    const own = t.own;
    const fullWindow = t.entry + this.s.conversionWindowDays * 86_400_000 <= this.endAt ? 1 : 0;
    const e = [
      entryDay,
      delay(t.reacted),
      delay(t.spoke),
      delay(t.deep),
      delay(t.conversation),
      delay(t.recurring),
      delay(t.ambassador),
      delay(own.reacted),
      delay(own.spoke),
      delay(own.deep),
      delay(own.conversation),
      delay(own.recurring),
      fullWindow,
    ];
    if (scope === ALL) this.all.push(e);
    else {
      const list = this.byPlatform.get(scope) ?? [];
      this.byPlatform.set(scope, list);
      list.push(e);
    }
  }

  write(db: Db): void {
    const w = this.s.conversionWindowDays;
    const platforms = [...this.byPlatform.keys()]
      .sort((a, b) => a - b)
      .map((p): [string, Entrant[]] => [PLATFORMS[p]!, this.byPlatform.get(p)!]);
    const out = new BulkInsert(db, 'metric_cache', ['key', 'value']);
    out.add(['funnel', JSON.stringify(funnelOf(w, this.all))]);
    // The platforms' funnels are the same in both breakdowns: computed once.
    const byPlatform = breakdownOf(w, [], platforms, 'week').byPlatform;
    for (const interval of ['week', 'month'] as const)
      out.add([`funnelBreakdown:${interval}`, JSON.stringify({ ...breakdownOf(w, this.all, [], interval), byPlatform })]);
    out.flush();
  }
}
