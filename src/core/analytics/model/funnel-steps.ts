import { FUNNEL_STEPS, type Funnel, type FunnelBreakdown, type FunnelStep, type Interval } from '../../contract/metrics';
import { period, type PeriodKey } from './periods';
import { asDayNumber } from '../../util/time-keys';
import { medianOf, rate, round } from './stats';

/**
 * One member entered in the range, as SQL hands it over (the entry day is branded where it is read):
 *   [0]      entry day
 *   [1..6]   minutes from entry to each ladder step (reacted … ambassador), NaN if not reached in time
 *   [7..11]  minutes to each step's own action (reacted … recurring), NaN if not done in time
 *   [12]     1 if the whole conversion window had elapsed by the end of the range, else 0
 */
export type Entrant = number[];
export const OWN = 7;
export const FULL_WINDOW = 12;

/**
 * PostHog funnel semantics on the member ladder (audience → reacted → spoke → deep → conversation →
 * recurring → ambassador): the members who entered (first interaction of the whole history, in the
 * scope) within the range, and how many reached each step within the conversion window after their
 * entry and before the end of the range.
 *   members         the ladder: each step implies the ones below it (metrics.md), so a member who only
 *                   spoke is counted as having reacted too
 *   literalMembers  the members who did the step's own action (a like for "reacted", a message for
 *                   "spoke"…), whatever else they did: 420 literally reacted where the ladder reads 1,380
 */
export function stepsOf(list: Entrant[]): FunnelStep[] {
  const reached = FUNNEL_STEPS.map(() => 0);
  const literal = FUNNEL_STEPS.map(() => 0);
  const days: number[][] = FUNNEL_STEPS.map(() => []);
  for (const e of list) {
    reached[0]!++;
    literal[0]!++;
    days[0]!.push(0);
    for (let k = 1; k < FUNNEL_STEPS.length; k++) {
      const minutes = e[k]!;
      if (Number.isNaN(minutes)) break;
      reached[k]!++;
      days[k]!.push(round(minutes / 1440, 2));
    }
    for (let k = 1; k < FUNNEL_STEPS.length; k++) {
      // The ambassador step has no separate literal action: it is recurring plus advocacy.
      const own = k < FUNNEL_STEPS.length - 1 ? e[OWN + k - 1]! : e[k]!;
      if (!Number.isNaN(own)) literal[k]!++;
    }
  }
  return FUNNEL_STEPS.map((step, k) => {
    const med = medianOf(days[k]!);
    return {
      step,
      members: reached[k]!,
      literalMembers: literal[k]!,
      stepConversion: k === 0 ? rate(reached[0]!, reached[0]!) : rate(reached[k]!, reached[k - 1]!),
      overallConversion: rate(reached[k]!, reached[0]!),
      dropOff: k === 0 ? 0 : reached[k - 1]! - reached[k]!,
      medianDaysToConvert: med === null ? null : round(med, 2),
    };
  });
}

/**
 * The funnel of the entrants, and the same over those whose conversion window had fully elapsed by
 * the end of the range: a member who entered a week before the data ends had a week, not 90 days, to
 * convert, and mixing them in lowers every conversion rate.
 */
export function funnelOf(windowDays: number, list: Entrant[]): Funnel {
  const full = list.filter((e) => e[FULL_WINDOW] === 1);
  return {
    windowDays,
    steps: stepsOf(list),
    fullWindow: { entrants: full.length, steps: stepsOf(full) },
    recentEntrants: list.length - full.length,
  };
}

/** Entrants by cohort period and by platform → the breakdown (shared with refreshDerived). */
export function breakdownOf(windowDays: number, all: Entrant[], byPlatform: [string, Entrant[]][], interval: Interval): FunnelBreakdown {
  const byCohort = new Map<PeriodKey, Entrant[]>();
  for (const e of all) {
    const p = period.ofDay(interval, asDayNumber(e[0]!));
    if (!byCohort.has(p)) byCohort.set(p, []);
    byCohort.get(p)!.push(e);
  }
  return {
    windowDays,
    byPlatform: byPlatform.map(([platform, list]) => ({ platform, steps: stepsOf(list) })),
    byCohort: [...byCohort.keys()]
      .sort((a, b) => a - b)
      .map((p) => ({ period: period.iso(interval, p), steps: stepsOf(byCohort.get(p)!) })),
  };
}
