/**
 * The four kinds of time number the core passes around, kept apart by the compiler: a week key is the
 * day number of its Monday and a month key is small enough to pass for a day, so a mix-up used to
 * compile and give plausible, wrong numbers. The brands exist only in types: at run time every one is
 * a plain number, so typed arrays, SQL parameters and hot loops are unchanged.
 *
 * Moving from one kind to another goes through the named functions below. Numbers that come from
 * outside the types (SQL rows, parsed text, packed keys) are branded where they enter, with `asUtcMs`,
 * `asDayNumber`, `asWeekKey` or `asMonthKey`; those casts trust the caller and check nothing.
 */
declare const brand: unique symbol;
type Branded<Kind extends string> = number & { readonly [brand]: Kind };

/** An instant: milliseconds since 1970-01-01T00:00Z. */
export type UtcMs = Branded<'UtcMs'>;
/** A local calendar date of the client's time zone: days since 1970-01-01. */
export type DayNumber = Branded<'DayNumber'>;
/** An ISO week (Monday to Sunday): the day number of its Monday. */
export type WeekKey = Branded<'WeekKey'>;
/** A calendar month: year × 12 + month index (0 = January). */
export type MonthKey = Branded<'MonthKey'>;

type TimeKey = UtcMs | DayNumber | WeekKey | MonthKey;

export const asUtcMs = (ms: number): UtcMs => ms as UtcMs;
export const asDayNumber = (day: number): DayNumber => day as DayNumber;
export const asWeekKey = (week: number): WeekKey => week as WeekKey;
export const asMonthKey = (month: number): MonthKey => month as MonthKey;

const DAY = 86_400_000;

/** The earlier of two times of one kind (NaN if either is NaN, like Math.min). */
export function earliest<T extends TimeKey>(a: T, b: T): T {
  return Math.min(a, b) as T;
}

/** The later of two times of one kind (NaN if either is NaN, like Math.max). */
export function latest<T extends TimeKey>(a: T, b: T): T {
  return Math.max(a, b) as T;
}

export const addMs = (t: UtcMs, ms: number): UtcMs => (t + ms) as UtcMs;

export const addDays = (day: DayNumber, days: number): DayNumber => (day + days) as DayNumber;

/** The ISO week (Monday to Sunday) holding local day `day`. */
export function weekOfDay(day: DayNumber): WeekKey {
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  return (day - ((((day + 3) % 7) + 7) % 7)) as WeekKey;
}

/** Free at run time (a week key is its Monday's day number); named so that the change of kind shows. */
export const weekStart = (week: WeekKey): DayNumber => week as number as DayNumber;

export const weekLastDay = (week: WeekKey): DayNumber => (week + 6) as DayNumber;

export const nextWeek = (week: WeekKey): WeekKey => (week + 7) as WeekKey;

export const prevWeek = (week: WeekKey): WeekKey => (week - 7) as WeekKey;

/** Whole weeks from `a` to `b` (negative when b is before a). */
export const weeksBetween = (a: WeekKey, b: WeekKey): number => (b - a) / 7;

let lastDay = Number.NaN;
let lastMonth = 0 as MonthKey;
export function monthOfDay(day: DayNumber): MonthKey {
  // Rows arrive in time order, so the previous answer is nearly always the right one.
  if (day !== lastDay) {
    const d = new Date(day * DAY);
    lastDay = day;
    lastMonth = (d.getUTCFullYear() * 12 + d.getUTCMonth()) as MonthKey;
  }
  return lastMonth;
}

export function monthFirstDay(month: MonthKey): DayNumber {
  const y = Math.floor(month / 12);
  return Math.floor(Date.UTC(y, month - y * 12, 1) / DAY) as DayNumber;
}

export const monthLastDay = (month: MonthKey): DayNumber => (monthFirstDay(nextMonth(month)) - 1) as DayNumber;

export const nextMonth = (month: MonthKey): MonthKey => (month + 1) as MonthKey;

export const prevMonth = (month: MonthKey): MonthKey => (month - 1) as MonthKey;

/** Whole months from `a` to `b` (negative when b is before a). */
export const monthsBetween = (a: MonthKey, b: MonthKey): number => b - a;

/** ISO date (YYYY-MM-DD) of a local day number. */
export function dayToIso(day: DayNumber): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export const weekToIso = (week: WeekKey): string => dayToIso(weekStart(week));

export function monthToIso(month: MonthKey): string {
  const y = Math.floor(month / 12);
  const m = month - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

/** The local day of an ISO date (anything after YYYY-MM-DD is ignored). */
export function isoToDay(iso: string): DayNumber {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY) as DayNumber;
}

/**
 * The day number as a wall-clock instant "as if UTC" (midnight of that date on a UTC clock), the
 * input `zonedWallToUtc` turns into the real instant of local midnight.
 */
export const dayWallMs = (day: DayNumber): number => day * DAY;

/**
 * Typed-array columns of one kind: reading an element gives the branded kind, and writing one needs
 * it, so a column of days cannot be filled with instants. Still the plain typed array at run time.
 */
export interface UtcMsColumn extends Float64Array<ArrayBuffer> {
  [index: number]: UtcMs;
}
export interface DayColumn extends Int32Array<ArrayBuffer> {
  [index: number]: DayNumber;
}

export const utcMsColumn = (length: number): UtcMsColumn => new Float64Array(length) as UtcMsColumn;
export const dayColumn = (length: number): DayColumn => new Int32Array(length) as DayColumn;
