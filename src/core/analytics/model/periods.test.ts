import { describe, expect, it } from 'vitest';
import { isoToDay, type MonthKey, monthOfDay, type WeekKey } from '../../util/time-keys';
import { period, type PeriodKey } from './periods';

describe('periods', () => {
  it('gives a week key for weeks and a month key for months', () => {
    const day = isoToDay('2025-01-01');
    const week: WeekKey = period.ofDay('week', day);
    const month: MonthKey = period.ofDay('month', day);
    // @ts-expect-error a week period is not a month key
    const wrong: MonthKey = period.ofDay('week', day);
    // @ts-expect-error a month key is not a period of weeks
    period.next('week', month);
    // @ts-expect-error a period is not a day
    period.range('week', week, day);
    expect(wrong).toBe(week);
    expect(period.iso('week', week)).toBe('2024-12-30');
    expect(period.iso('month', month)).toBe('2025-01-01');
    expect(period.iso('week', period.next('week', week))).toBe('2025-01-06');
    expect(period.iso('month', period.prev('month', month))).toBe('2024-12-01');
  });

  it('lists every period of a range, over a year end', () => {
    const from = isoToDay('2024-12-20');
    const to = isoToDay('2025-01-10');
    expect(period.range('week', from, to).map((p) => period.iso('week', p))).toEqual([
      '2024-12-16',
      '2024-12-23',
      '2024-12-30',
      '2025-01-06',
    ]);
    expect(period.range('month', from, to).map((p) => period.iso('month', p))).toEqual(['2024-12-01', '2025-01-01']);
    const weeks = period.range('week', from, to);
    expect(period.between('week', weeks[0]!, weeks[3]!)).toBe(3);
    expect(period.lastDay('month', monthOfDay(from))).toBe(isoToDay('2024-12-31'));
    expect(period.lastDay('week', weeks[2]!)).toBe(isoToDay('2025-01-05'));
  });

  it('keeps the interval when it is known only at run time', () => {
    const interval = ['week', 'month'][1] as 'week' | 'month';
    const p: PeriodKey = period.fromNumber(interval, 2025 * 12);
    expect(period.iso(interval, p)).toBe('2025-01-01');
  });
});
