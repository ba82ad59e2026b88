import { addDays, asUtcMs, type DayNumber, dayWallMs } from '../util/time-keys';
import { localDay, offsetMs, zonedWallToUtc } from '../util/time-zone';
import { logNormalMs, pickCumulative, type Rand } from './sampling';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** People write at lunch and in the evening, rarely at night (share of messages per local hour). */
const HOUR_WEIGHTS = [
  0.35, 0.18, 0.08, 0.05, 0.04, 0.08, 0.3, 0.7, 1.0, 1.1, 1.1, 1.25, 1.6, 1.45, 1.1, 1.0, 1.0, 1.2, 1.5, 1.9, 2.2, 2.05, 1.6, 0.9,
];
/** Monday first. */
const WEEKDAY_WEIGHTS = [1.0, 1.0, 1.05, 1.05, 1.1, 0.85, 0.9];

/** Seasonal pushes a candle brand really has: Christmas, the January sales, Mother's Day, a summer launch. */
const CAMPAIGNS: { month: number; from: number; to: number; boost: number }[] = [
  { month: 11, from: 15, to: 31, boost: 0.9 },
  { month: 12, from: 1, to: 24, boost: 1.1 },
  { month: 1, from: 8, to: 20, boost: 0.5 },
  { month: 5, from: 15, to: 31, boost: 0.45 },
  { month: 9, from: 10, to: 20, boost: 0.6 },
];

/**
 * The simulation's instants stay plain numbers: they only become text in the export files and reach
 * Cercle through the importers, which brand what they parse. They are branded (asUtcMs) only where
 * they meet the time-zone helpers.
 */
export interface Calendar {
  readonly days: number;
  readonly timezone: string;
  /** Local day of day index 0. */
  readonly firstDay: DayNumber;
  /** Activity weight of each day index: growth × weekday × campaigns. */
  readonly weight: Float64Array;
  /** Cumulative weights, for drawing a day. */
  readonly cum: Float64Array;
  /** UTC ms of the local midnight that starts day index d (d may equal days). */
  dayStart(d: number): number;
  /** A moment of day index d, drawn from the hour profile. */
  timeOn(r: Rand, d: number): number;
  /** When the brand answers something posted at `at`: quick in business hours, next morning otherwise. */
  brandReplyAt(r: Rand, at: number): number;
  readonly endUtc: number;
}

const hourCum = (() => {
  const c = new Float64Array(24);
  let s = 0;
  HOUR_WEIGHTS.forEach((w, i) => (c[i] = s += w));
  return c;
})();

/** Monday = 0. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function makeCalendar(endUtc: number, days: number, timezone: string): Calendar {
  const lastDay = localDay(timezone, asUtcMs(endUtc - 1));
  const firstDay = addDays(lastDay, 1 - days);
  const starts = new Float64Array(days + 1);
  for (let d = 0; d <= days; d++) starts[d] = zonedWallToUtc(timezone, dayWallMs(addDays(firstDay, d)));
  const weight = new Float64Array(days);
  const cum = new Float64Array(days);
  let s = 0;
  for (let d = 0; d < days; d++) {
    const date = new Date((firstDay + d) * DAY);
    const month = date.getUTCMonth() + 1;
    const dom = date.getUTCDate();
    // The community grows over the period: the last months are about twice as busy as the first.
    const growth = 0.65 + 0.75 * (d / Math.max(1, days - 1));
    let campaign = 1;
    for (const c of CAMPAIGNS) if (c.month === month && dom >= c.from && dom <= c.to) campaign += c.boost;
    weight[d] = growth * WEEKDAY_WEIGHTS[weekdayOf(firstDay + d)]! * campaign;
    cum[d] = s += weight[d]!;
  }
  const dayStart = (d: number) => starts[Math.max(0, Math.min(days, d))]!;
  const isOpen = (ms: number) => {
    const local = ms + offsetMs(timezone, asUtcMs(ms));
    const wd = weekdayOf(Math.floor(local / DAY));
    const h = (local % DAY) / HOUR;
    return wd < 5 ? h >= 9 && h < 19 : wd === 5 ? h >= 10 && h < 13 : false;
  };
  return {
    days,
    timezone,
    firstDay,
    weight,
    cum,
    endUtc: dayStart(days),
    dayStart,
    timeOn(r, d) {
      const hour = pickCumulative(r, hourCum);
      const span = dayStart(d + 1) - dayStart(d);
      return dayStart(d) + Math.min(span - 1, Math.floor((hour + r()) * HOUR));
    },
    brandReplyAt(r, at) {
      const nextOpening = (from: number) => {
        let t = Math.ceil(from / (30 * 60_000)) * 30 * 60_000;
        for (let i = 0; i < 7 * 48 && !isOpen(t); i++) t += 30 * 60_000;
        return t + Math.max(60_000, Math.round(logNormalMs(r, 50 * 60_000, 0.8)));
      };
      if (isOpen(at)) {
        const t = at + Math.max(90_000, Math.round(logNormalMs(r, 75 * 60_000, 1.0)));
        return isOpen(t) ? t : nextOpening(t);
      }
      // Out of hours the community manager sometimes answers from their phone, never at night…
      const localHour = ((at + offsetMs(timezone, asUtcMs(at))) % DAY) / HOUR;
      if (localHour >= 7 && localHour < 22 && r() < 0.3)
        return at + Math.max(90_000, Math.min(Math.round(logNormalMs(r, 30 * 60_000, 0.7)), (22.9 - localHour) * HOUR));
      // …otherwise at the next opening, after the morning backlog.
      return nextOpening(at);
    },
  };
}
