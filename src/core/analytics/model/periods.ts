import type { Interval } from '../../contract/metrics';
import { dayToIso, monthFirstDay, monthOfDay, monthToIso, weekOfDay } from '../../util/time-zone';

/** Periods: a week is the day number of its Monday, a month is year × 12 + month index. */
export const period = {
  ofDay: (interval: Interval, day: number) => (interval === 'week' ? weekOfDay(day) : monthOfDay(day)),
  next: (interval: Interval, p: number) => (interval === 'week' ? p + 7 : p + 1),
  prev: (interval: Interval, p: number) => (interval === 'week' ? p - 7 : p - 1),
  /** Intervals from a to b (b ≥ a). */
  between: (interval: Interval, a: number, b: number) => (interval === 'week' ? (b - a) / 7 : b - a),
  lastDay: (interval: Interval, p: number) => (interval === 'week' ? p + 6 : monthFirstDay(p + 1) - 1),
  iso: (interval: Interval, p: number) => (interval === 'week' ? dayToIso(p) : monthToIso(p)),
  /** Every period from the one holding day `from` to the one holding day `to`. */
  range(interval: Interval, from: number, to: number): number[] {
    const out: number[] = [];
    for (let p = period.ofDay(interval, from); p <= period.ofDay(interval, to); p = period.next(interval, p)) out.push(p);
    return out;
  },
};
