/**
 * Time-zone arithmetic on top of Intl, fast enough for millions of rows: the UTC offset of a zone is
 * looked up once per hour-bucket and cached (zones change offset at most a few times a year, always on
 * hour or half-hour boundaries in practice), which makes per-row period keys a Map lookup.
 */
import {
  asDayNumber,
  asUtcMs,
  type DayNumber,
  dayWallMs,
  monthOfDay,
  type MonthKey,
  type UtcMs,
  weekOfDay,
  type WeekKey,
} from './time-keys';

const HOUR = 3_600_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

function computeOffsetMs(tz: string, utcMs: number): number {
  const parts = formatter(tz).formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** Offset of `tz` from UTC at instant `utcMs`, in ms (Paris in winter → 3_600_000). */
export function offsetMs(tz: string, utcMs: UtcMs): number {
  if (tz === 'UTC' || tz === 'Etc/UTC') return 0;
  let byHour = offsetCache.get(tz);
  if (!byHour) {
    byHour = new Map();
    offsetCache.set(tz, byHour);
  }
  const bucket = Math.floor(utcMs / HOUR);
  let off = byHour.get(bucket);
  if (off === undefined) {
    off = computeOffsetMs(tz, bucket * HOUR);
    byHour.set(bucket, off);
  }
  return off;
}

/**
 * Wall-clock time in `tz` (given as if it were UTC) → the UTC instant. Gaps resolve forward, overlaps to the first.
 * The wall time stays a plain number: it names no instant until a zone is applied.
 */
export function zonedWallToUtc(tz: string, wallAsUtcMs: number): UtcMs {
  // Each candidate reading is a real instant whose offset is then checked.
  const o1 = offsetMs(tz, asUtcMs(wallAsUtcMs));
  const o2 = offsetMs(tz, asUtcMs(wallAsUtcMs - o1));
  const o3 = offsetMs(tz, asUtcMs(wallAsUtcMs - o2));
  let best = Number.POSITIVE_INFINITY;
  for (const o of [o1, o2, o3]) {
    const t = wallAsUtcMs - o;
    if (offsetMs(tz, asUtcMs(t)) === o && t < best) best = t; // earliest valid reading of an ambiguous (overlap) time
  }
  // In a spring-forward gap no reading is valid: use the offset before the gap, which moves the time forward.
  return asUtcMs(Number.isFinite(best) ? best : wallAsUtcMs - Math.min(o1, o2, o3));
}

/** The instant local day `day` starts in `tz` (midnight, or the first instant after a gap at midnight). */
export function dayStartUtc(tz: string, day: DayNumber): UtcMs {
  return zonedWallToUtc(tz, dayWallMs(day));
}

/** The local calendar day that contains `utcMs`. */
export function localDay(tz: string, utcMs: UtcMs): DayNumber {
  return asDayNumber(Math.floor((utcMs + offsetMs(tz, utcMs)) / DAY));
}

export function periodKeys(tz: string, utcMs: UtcMs): { day: DayNumber; week: WeekKey; month: MonthKey } {
  const day = localDay(tz, utcMs);
  return { day, week: weekOfDay(day), month: monthOfDay(day) };
}
