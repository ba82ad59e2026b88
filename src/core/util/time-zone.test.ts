import { describe, expect, it } from 'vitest';
import { asDayNumber, asUtcMs, dayToIso, monthOfDay, monthToIso, weekOfDay, weekToIso } from './time-keys';
import { localDay, offsetMs, periodKeys, zonedWallToUtc } from './time-zone';

describe('time-zone', () => {
  it('knows Paris winter and summer offsets', () => {
    expect(offsetMs('Europe/Paris', asUtcMs(Date.UTC(2024, 0, 15, 12)))).toBe(3_600_000);
    expect(offsetMs('Europe/Paris', asUtcMs(Date.UTC(2024, 6, 15, 12)))).toBe(7_200_000);
  });

  it('turns a Paris wall-clock time into UTC, across the DST change', () => {
    // 2024-03-31 01:30 Paris (CET, +1) → 00:30 UTC; 03:30 (CEST, +2) → 01:30 UTC
    expect(new Date(zonedWallToUtc('Europe/Paris', Date.UTC(2024, 2, 31, 1, 30))).toISOString()).toBe('2024-03-31T00:30:00.000Z');
    expect(new Date(zonedWallToUtc('Europe/Paris', Date.UTC(2024, 2, 31, 3, 30))).toISOString()).toBe('2024-03-31T01:30:00.000Z');
  });

  it('puts 23:30 UTC on a Sunday into the next local day in Paris and in the next ISO week', () => {
    const t = asUtcMs(Date.UTC(2024, 0, 14, 23, 30)); // Sunday 14 Jan 2024, 23:30 UTC = Monday 00:30 Paris
    expect(dayToIso(localDay('UTC', t))).toBe('2024-01-14');
    expect(dayToIso(localDay('Europe/Paris', t))).toBe('2024-01-15');
    const { week } = periodKeys('Europe/Paris', t);
    expect(weekToIso(week)).toBe('2024-01-15');
    expect(weekToIso(periodKeys('UTC', t).week)).toBe('2024-01-08');
  });

  it('computes Monday weeks and months from day numbers', () => {
    expect(weekToIso(weekOfDay(asDayNumber(0)))).toBe('1969-12-29'); // Thursday 1970-01-01 → Monday 29 Dec
    expect(monthToIso(monthOfDay(localDay('UTC', asUtcMs(Date.UTC(2025, 1, 28)))))).toBe('2025-02-01');
  });
});
