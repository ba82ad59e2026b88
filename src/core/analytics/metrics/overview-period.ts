import type { PeriodPartial } from '../../contract/metrics';
import type { WeekSpan } from '../../contract/overview';
import {
  dayToIso,
  earliest,
  latest,
  nextWeek,
  prevWeek,
  type WeekKey,
  weekLastDay,
  weekOfDay,
  weeksBetween,
  weekStart,
  weekToIso,
} from '../../util/time-keys';
import type { ResolvedFilter } from './filter';

/** Whole weeks, first and last Monday included. */
export interface Weeks {
  lo: WeekKey;
  hi: WeekKey;
}

export interface OverviewPeriod {
  /** The whole weeks of the filter's days that hold data; null when the filter misses the data. */
  weeks: Weeks | null;
  partial: PeriodPartial;
  /** The complete weeks of the period and as many right before them, when the data hold all of those. */
  compared: { current: Weeks; previous: Weeks } | null;
  noComparison: 'no-previous-period' | 'no-complete-week' | null;
}

export const weekCount = (w: Weeks) => weeksBetween(w.lo, w.hi) + 1;

export function weekSpan(w: Weeks): WeekSpan {
  return { from: weekToIso(w.lo), to: dayToIso(weekLastDay(w.hi)), weeks: weekCount(w) };
}

/**
 * The overview counts whole weeks, as the lifecycle and the ranking do, so that a period and the one
 * before it hold the same number of Mondays. A week is whole when the data cover all of it: the first
 * one may begin before the data (`start`) and the last one may not be over (`end`). Such a week is
 * counted in the period's numbers but left out of the comparison, which takes the complete weeks and
 * as many weeks right before them, when the data cover every day of those (README "Partial periods").
 */
export function overviewPeriod(f: ResolvedFilter): OverviewPeriod {
  const none: OverviewPeriod = { weeks: null, partial: null, compared: null, noComparison: null };
  if (!f.hasData) return none;
  const from = latest(f.fromDay, f.firstDataDay);
  const to = earliest(f.toDay, f.lastDataDay);
  if (to < from) return none;
  const weeks = { lo: weekOfDay(from), hi: weekOfDay(to) };
  const start = weekStart(weeks.lo) < f.firstDataDay;
  const end = weekLastDay(weeks.hi) > f.lastDataDay;
  const partial: PeriodPartial = start && end ? 'both' : start ? 'start' : end ? 'end' : null;
  const current = { lo: start ? nextWeek(weeks.lo) : weeks.lo, hi: end ? prevWeek(weeks.hi) : weeks.hi };
  if (current.hi < current.lo) return { weeks, partial, compared: null, noComparison: 'no-complete-week' };
  const n = weekCount(current);
  const previous = { lo: (current.lo - 7 * n) as WeekKey, hi: prevWeek(current.lo) };
  if (weekStart(previous.lo) < f.firstDataDay) return { weeks, partial, compared: null, noComparison: 'no-previous-period' };
  return { weeks, partial, compared: { current, previous }, noComparison: null };
}
