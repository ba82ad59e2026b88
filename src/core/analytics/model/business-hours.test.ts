import { describe, expect, it } from 'vitest';
import { asUtcMs } from '../../util/time-keys';
import { businessMs } from './business-hours';

const MIN = 60_000;
const HOURS = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

describe('business hours', () => {
  it('counts only open hours of open days', () => {
    // Friday 6 March 2026 17:30 → Monday 9 March 09:30, UTC: 30 + 30 minutes.
    expect(businessMs('UTC', HOURS, asUtcMs(Date.UTC(2026, 2, 6, 17, 30)), asUtcMs(Date.UTC(2026, 2, 9, 9, 30))) / MIN).toBe(60);
    // Before opening to after closing on one Tuesday: the full 9 hours.
    expect(businessMs('UTC', HOURS, asUtcMs(Date.UTC(2026, 2, 3, 7)), asUtcMs(Date.UTC(2026, 2, 3, 20))) / MIN).toBe(540);
    // A Saturday only: nothing.
    expect(businessMs('UTC', HOURS, asUtcMs(Date.UTC(2026, 2, 7, 10)), asUtcMs(Date.UTC(2026, 2, 7, 12)))).toBe(0);
  });

  it('reads the hours on the client’s wall clock, across a daylight-saving change', () => {
    // Paris, Fri 27 March 2026 17:30 (CET, 16:30 UTC) → Mon 30 March 09:30 (CEST, 07:30 UTC), over the
    // night the clocks moved forward: still 30 + 30 business minutes.
    expect(businessMs('Europe/Paris', HOURS, asUtcMs(Date.UTC(2026, 2, 27, 16, 30)), asUtcMs(Date.UTC(2026, 2, 30, 7, 30))) / MIN).toBe(60);
  });
});
