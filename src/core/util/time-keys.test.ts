import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMs,
  asDayNumber,
  asMonthKey,
  asUtcMs,
  asWeekKey,
  type DayNumber,
  dayColumn,
  dayToIso,
  earliest,
  isoToDay,
  latest,
  type MonthKey,
  monthFirstDay,
  monthLastDay,
  monthOfDay,
  monthsBetween,
  monthToIso,
  nextMonth,
  nextWeek,
  prevMonth,
  prevWeek,
  type UtcMs,
  utcMsColumn,
  type WeekKey,
  weekLastDay,
  weekOfDay,
  weeksBetween,
  weekStart,
  weekToIso,
} from './time-keys';
import { dayStartUtc, localDay, offsetMs, periodKeys } from './time-zone';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;
const utc = (iso: string) => asUtcMs(Date.parse(iso));

describe('time keys: mix-ups do not compile', () => {
  // Never run: the assertions are the @ts-expect-error lines, checked by `npm run typecheck`
  // (an unused @ts-expect-error is itself an error, so each line must really fail to compile).
  function mixUps(day: DayNumber, week: WeekKey, month: MonthKey, at: UtcMs): unknown[] {
    return [
      // @ts-expect-error a week key is not a day number
      dayToIso(week),
      // @ts-expect-error a month key is not a day number
      addDays(month, 1),
      // @ts-expect-error a month key is not a week key
      nextWeek(month),
      // @ts-expect-error a month key is not a week key
      weekToIso(month),
      // @ts-expect-error a raw number is not an instant
      localDay(PARIS, 1_700_000_000_000),
      // @ts-expect-error a raw number is not an instant
      offsetMs(PARIS, Date.UTC(2024, 0, 1)),
      // @ts-expect-error an instant is not a day number
      weekOfDay(at),
      // @ts-expect-error an instant is not a day number
      dayToIso(at),
      // @ts-expect-error a day number is not an instant
      addMs(day, 1),
      // @ts-expect-error earliest/latest keep one kind
      earliest(day, week),
    ];
  }

  it('keeps the brands out of run time', () => {
    expect(typeof mixUps).toBe('function');
    const day = asDayNumber(19_000);
    // Arithmetic gives a plain number back: a new day must be named as one.
    // @ts-expect-error day + 1 is a number, not a day
    const next: DayNumber = day + 1;
    // @ts-expect-error a typed column of days takes only days
    dayColumn(1)[0] = 5;
    // @ts-expect-error a typed column of instants takes only instants
    utcMsColumn(1)[0] = day;
    expect(next).toBe(addDays(day, 1));
    // The brands are types only: the values stay the numbers they were.
    expect(asUtcMs(5)).toBe(5);
    expect(weekStart(asWeekKey(7))).toBe(7);
    const col = utcMsColumn(2);
    col[1] = utc('2024-01-01T00:00:00Z');
    expect(col).toBeInstanceOf(Float64Array);
    expect(col[1]).toBe(Date.UTC(2024, 0, 1));
  });
});

describe('time keys: converters', () => {
  it('reads ISO dates and writes them back', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(isoToDay('2024-02-29T23:59:59Z')).toBe(isoToDay('2024-02-29'));
    expect(dayToIso(isoToDay('2024-02-29'))).toBe('2024-02-29');
    expect(dayToIso(addDays(isoToDay('2024-02-28'), 2))).toBe('2024-03-01');
  });

  it('keeps a week spanning a year end in one week and two months', () => {
    const newYear = isoToDay('2025-01-01'); // a Wednesday
    const week = weekOfDay(newYear);
    expect(weekToIso(week)).toBe('2024-12-30');
    expect(weekOfDay(isoToDay('2024-12-30'))).toBe(week);
    expect(weekOfDay(isoToDay('2025-01-05'))).toBe(week);
    expect(dayToIso(weekLastDay(week))).toBe('2025-01-05');
    expect(weekToIso(nextWeek(week))).toBe('2025-01-06');
    expect(weekToIso(prevWeek(week))).toBe('2024-12-23');
    expect(weeksBetween(prevWeek(week), nextWeek(week))).toBe(2);
    expect(monthToIso(monthOfDay(isoToDay('2024-12-31')))).toBe('2024-12-01');
    expect(monthToIso(monthOfDay(newYear))).toBe('2025-01-01');
    // 2021-01-01 is a Friday: its ISO week began on Monday 2020-12-28.
    expect(weekToIso(weekOfDay(isoToDay('2021-01-03')))).toBe('2020-12-28');
  });

  it('moves months across a year end and knows their first and last days', () => {
    const dec = monthOfDay(isoToDay('2024-12-15'));
    expect(dec).toBe(2024 * 12 + 11);
    expect(monthToIso(nextMonth(dec))).toBe('2025-01-01');
    expect(monthToIso(prevMonth(nextMonth(dec)))).toBe('2024-12-01');
    expect(monthsBetween(dec, asMonthKey(2025 * 12 + 2))).toBe(3);
    expect(dayToIso(monthFirstDay(dec))).toBe('2024-12-01');
    expect(dayToIso(monthLastDay(dec))).toBe('2024-12-31');
    expect(dayToIso(monthLastDay(asMonthKey(2024 * 12 + 1)))).toBe('2024-02-29');
  });

  it('takes the earliest and latest of one kind', () => {
    expect(earliest(asDayNumber(3), asDayNumber(5))).toBe(3);
    expect(latest(utc('2024-01-01T00:00:00Z'), utc('2024-06-01T00:00:00Z'))).toBe(Date.UTC(2024, 5, 1));
    expect(earliest(asUtcMs(1), asUtcMs(Infinity))).toBe(1);
  });
});

describe('time keys in Europe/Paris across daylight-saving changes', () => {
  it('gives the spring-forward day 23 hours', () => {
    const day = isoToDay('2024-03-31'); // a Sunday: 02:00 CET became 03:00 CEST
    const start = dayStartUtc(PARIS, day);
    const end = dayStartUtc(PARIS, addDays(day, 1));
    expect(new Date(start).toISOString()).toBe('2024-03-30T23:00:00.000Z');
    expect(new Date(end).toISOString()).toBe('2024-03-31T22:00:00.000Z');
    expect(end - start).toBe(23 * HOUR);
    expect(localDay(PARIS, start)).toBe(day);
    expect(localDay(PARIS, addMs(end, -1))).toBe(day);
    expect(localDay(PARIS, end)).toBe(addDays(day, 1));
    // Just before and after the jump, one local day.
    expect(localDay(PARIS, utc('2024-03-31T00:59:59Z'))).toBe(day);
    expect(localDay(PARIS, utc('2024-03-31T01:00:00Z'))).toBe(day);
    const keys = periodKeys(PARIS, utc('2024-03-31T21:30:00Z'));
    expect(dayToIso(keys.day)).toBe('2024-03-31');
    expect(weekToIso(keys.week)).toBe('2024-03-25');
    expect(monthToIso(keys.month)).toBe('2024-03-01');
    // 22:30 UTC on that Sunday is 00:30 on Monday 1 April in Paris: the local week and month have turned.
    expect(weekToIso(periodKeys(PARIS, utc('2024-03-31T22:30:00Z')).week)).toBe('2024-04-01');
    expect(monthToIso(periodKeys(PARIS, utc('2024-03-31T22:30:00Z')).month)).toBe('2024-04-01');
  });

  it('gives the fall-back day 25 hours', () => {
    const day = isoToDay('2024-10-27'); // 03:00 CEST became 02:00 CET
    const start = dayStartUtc(PARIS, day);
    const end = dayStartUtc(PARIS, addDays(day, 1));
    expect(new Date(start).toISOString()).toBe('2024-10-26T22:00:00.000Z');
    expect(new Date(end).toISOString()).toBe('2024-10-27T23:00:00.000Z');
    expect(end - start).toBe(25 * HOUR);
    // Both readings of the repeated hour are the same local day.
    expect(localDay(PARIS, utc('2024-10-27T00:30:00Z'))).toBe(day);
    expect(localDay(PARIS, utc('2024-10-27T01:30:00Z'))).toBe(day);
    expect(localDay(PARIS, addMs(end, -1))).toBe(day);
    expect(dayToIso(localDay(PARIS, end))).toBe('2024-10-28');
    expect(weekToIso(periodKeys(PARIS, addMs(end, -1)).week)).toBe('2024-10-21');
    expect(weekToIso(periodKeys(PARIS, end).week)).toBe('2024-10-28');
  });
});
