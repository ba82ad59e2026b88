import { FUNNEL_STEPS, type FunnelBreakdown, type FunnelStep, type Interval } from '../../contract/metrics';
import { period, type PeriodKey } from './periods';
import { asDayNumber } from '../../util/time-keys';
import { medianOf, rate, round } from './stats';

/**
 * One member entered in the range: entry day, then minutes from entry to each later step (NaN: not
 * reached in time). A plain array, as SQL hands it over: the entry day is branded where it is read.
 */
export type Entrant = number[];

/**
 * PostHog funnel semantics on the member ladder (audience → reacted → spoke → deep → conversation →
 * recurring → ambassador): the members who entered (first interaction of the whole history, in the
 * scope) within the range, and how many reached each step within the conversion window after their
 * entry and before the end of the range. A step implies the ones below it (metrics.md).
 */
export function stepsOf(list: Entrant[]): FunnelStep[] {
  const reached = FUNNEL_STEPS.map(() => 0);
  const days: number[][] = FUNNEL_STEPS.map(() => []);
  for (const e of list) {
    reached[0]!++;
    days[0]!.push(0);
    for (let k = 1; k < FUNNEL_STEPS.length; k++) {
      const minutes = e[k]!;
      if (Number.isNaN(minutes)) break;
      reached[k]!++;
      days[k]!.push(round(minutes / 1440, 2));
    }
  }
  return FUNNEL_STEPS.map((step, k) => {
    const med = medianOf(days[k]!);
    return {
      step,
      members: reached[k]!,
      stepConversion: k === 0 ? rate(reached[0]!, reached[0]!) : rate(reached[k]!, reached[k - 1]!),
      overallConversion: rate(reached[k]!, reached[0]!),
      dropOff: k === 0 ? 0 : reached[k - 1]! - reached[k]!,
      medianDaysToConvert: med === null ? null : round(med, 2),
    };
  });
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
    byCohort: [...byCohort.keys()].sort((a, b) => a - b).map((p) => ({ period: period.iso(interval, p), steps: stepsOf(byCohort.get(p)!) })),
  };
}
