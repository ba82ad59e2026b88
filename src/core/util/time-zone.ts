/**
 * Time-zone arithmetic on top of Intl, fast enough for millions of rows: the UTC offset of a zone is
 * looked up once per hour-bucket and cached (zones change offset at most a few times a year, always on
 * hour or half-hour boundaries in practice), which makes per-row period keys a Map lookup.
 */
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
export function offsetMs(tz: string, utcMs: number): number {
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

/** Wall-clock time in `tz` (given as if it were UTC) → the UTC instant. Gaps resolve forward, overlaps to the first. */
export function zonedWallToUtc(tz: string, wallAsUtcMs: number): number {
  const o1 = offsetMs(tz, wallAsUtcMs);
  const o2 = offsetMs(tz, wallAsUtcMs - o1);
  const o3 = offsetMs(tz, wallAsUtcMs - o2);
  let best = Number.POSITIVE_INFINITY;
  for (const o of [o1, o2, o3]) {
    const t = wallAsUtcMs - o;
    if (offsetMs(tz, t) === o && t < best) best = t; // earliest valid reading of an ambiguous (overlap) time
  }
  // In a spring-forward gap no reading is valid: use the offset before the gap, which moves the time forward.
  return Number.isFinite(best) ? best : wallAsUtcMs - Math.min(o1, o2, o3);
}

/** Days since 1970-01-01 of the local calendar day that contains `utcMs`. */
export function localDay(tz: string, utcMs: number): number {
  return Math.floor((utcMs + offsetMs(tz, utcMs)) / DAY);
}

/** The local day number of the Monday that starts the ISO week containing local day `day`. */
export function weekOfDay(day: number): number {
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** year * 12 + monthIndex of local day `day`. */
let lastDay = Number.NaN;
let lastMonth = 0;
export function monthOfDay(day: number): number {
  // Rows arrive in time order, so the previous answer is nearly always the right one.
  if (day !== lastDay) {
    const d = new Date(day * DAY);
    lastDay = day;
    lastMonth = d.getUTCFullYear() * 12 + d.getUTCMonth();
  }
  return lastMonth;
}

export function periodKeys(tz: string, utcMs: number): { day: number; week: number; month: number } {
  const day = localDay(tz, utcMs);
  return { day, week: weekOfDay(day), month: monthOfDay(day) };
}

/** ISO date (YYYY-MM-DD) of a local day number. */
export function dayToIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function monthToIso(month: number): string {
  const y = Math.floor(month / 12);
  const m = month - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

export function isoToDay(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
}

export function monthFirstDay(month: number): number {
  const y = Math.floor(month / 12);
  return Math.floor(Date.UTC(y, month - y * 12, 1) / DAY);
}
