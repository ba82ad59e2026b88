import type { UtcMs } from '../../util/time-keys';
import { offsetMs } from '../../util/time-zone';

const DAY = 86_400_000;
const MINUTE = 60_000;

export interface BusinessHours {
  days: readonly number[];
  start: string;
  end: string;
}

/**
 * Business time elapsed between two instants: only the open hours of open days (ISO weekdays) in the
 * client's time zone count. Measured on the wall clock of each end, so a daylight-saving change
 * (always at night) never shifts an open window.
 */
export function businessMs(tz: string, hours: BusinessHours, fromUtc: UtcMs, toUtc: UtcMs): number {
  if (toUtc <= fromUtc || hours.days.length === 0) return 0;
  const open = toMinutes(hours.start) * MINUTE;
  const close = toMinutes(hours.end) * MINUTE;
  const days = new Set(hours.days);
  const from = fromUtc + offsetMs(tz, fromUtc);
  const to = toUtc + offsetMs(tz, toUtc);
  let total = 0;
  for (let d = Math.floor(from / DAY); d * DAY <= to; d++) {
    // 1970-01-01 was a Thursday (ISO 4).
    const weekday = ((((d + 3) % 7) + 7) % 7) + 1;
    if (!days.has(weekday)) continue;
    const lo = Math.max(from, d * DAY + open);
    const hi = Math.min(to, d * DAY + close);
    if (hi > lo) total += hi - lo;
  }
  return total;
}

/** "HH:MM" → minutes after midnight. */
export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}
