import type { Interval } from '../../contract/metrics';
import {
  asMonthKey,
  asWeekKey,
  type DayNumber,
  monthFirstDay,
  type MonthKey,
  monthLastDay,
  monthOfDay,
  monthsBetween,
  monthToIso,
  nextMonth,
  nextWeek,
  prevMonth,
  prevWeek,
  weekLastDay,
  type WeekKey,
  weekOfDay,
  weeksBetween,
  weekStart,
  weekToIso,
} from '../../util/time-keys';

/** A period of the interval: a week key for 'week', a month key for 'month'; either when the interval is only known at run time. */
export type PeriodKey<I extends Interval = Interval> = I extends 'week' ? WeekKey : MonthKey;

interface PeriodOps<P> {
  ofDay(day: DayNumber): P;
  next(p: P): P;
  prev(p: P): P;
  between(a: P, b: P): number;
  firstDay(p: P): DayNumber;
  lastDay(p: P): DayNumber;
  iso(p: P): string;
  brand(n: number): P;
}

const WEEK: PeriodOps<WeekKey> = {
  ofDay: weekOfDay,
  next: nextWeek,
  prev: prevWeek,
  between: weeksBetween,
  firstDay: weekStart,
  lastDay: weekLastDay,
  iso: weekToIso,
  brand: asWeekKey,
};
const MONTH: PeriodOps<MonthKey> = {
  ofDay: monthOfDay,
  next: nextMonth,
  prev: prevMonth,
  between: monthsBetween,
  firstDay: monthFirstDay,
  lastDay: monthLastDay,
  iso: monthToIso,
  brand: asMonthKey,
};

// The interval picks the key kind at run time; the compiler cannot follow that link through the
// generic, so it is asserted here, once, for every period function.
const opsOf = <I extends Interval>(interval: I) => (interval === 'week' ? WEEK : MONTH) as unknown as PeriodOps<PeriodKey<I>>;

/** Periods of either interval, typed by the interval so that a week key and a month key never mix. */
export const period = {
  ofDay: <I extends Interval>(interval: I, day: DayNumber): PeriodKey<I> => opsOf(interval).ofDay(day),
  next: <I extends Interval>(interval: I, p: PeriodKey<I>): PeriodKey<I> => opsOf(interval).next(p),
  prev: <I extends Interval>(interval: I, p: PeriodKey<I>): PeriodKey<I> => opsOf(interval).prev(p),
  /** Intervals from a to b (b ≥ a). */
  between: <I extends Interval>(interval: I, a: PeriodKey<I>, b: PeriodKey<I>): number => opsOf(interval).between(a, b),
  firstDay: <I extends Interval>(interval: I, p: PeriodKey<I>): DayNumber => opsOf(interval).firstDay(p),
  lastDay: <I extends Interval>(interval: I, p: PeriodKey<I>): DayNumber => opsOf(interval).lastDay(p),
  iso: <I extends Interval>(interval: I, p: PeriodKey<I>): string => opsOf(interval).iso(p),
  /** A period read back from SQL (a `period`, `cohort` or `prev` column) or a packed key. */
  fromNumber: <I extends Interval>(interval: I, n: number): PeriodKey<I> => opsOf(interval).brand(n),
  /** Every period from the one holding day `from` to the one holding day `to`. */
  range<I extends Interval>(interval: I, from: DayNumber, to: DayNumber): PeriodKey<I>[] {
    const ops = opsOf(interval);
    const out: PeriodKey<I>[] = [];
    for (let p = ops.ofDay(from), last = ops.ofDay(to); p <= last; p = ops.next(p)) out.push(p);
    return out;
  },
};
