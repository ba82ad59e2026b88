import type { Interval, MetricsFilter, Segment } from '../../contract/metrics';
import type { Db, SqlValue } from '../../db/db';
import { PLATFORMS, type Platform } from '../../domain/kinds';
import { clientTimezone } from '../../settings/settings';
import { CercleError } from '../../errors';
import type { PeriodPartial } from '../../contract/metrics';
import { period, type PeriodKey } from '../model/periods';
import { addDays, asDayNumber, dayToIso, type DayNumber, earliest, isoToDay, latest, type UtcMs } from '../../util/time-keys';
import { dayStartUtc } from '../../util/time-zone';

/**
 * A filter made concrete: local day bounds (inclusive) and their UTC instants, the platform scope as
 * the derived tables store it, the segment. Dates default to the data's first and last days.
 */
export interface ResolvedFilter {
  tz: string;
  /** False when the client has no interaction at all: every metric is then empty. */
  hasData: boolean;
  fromDay: DayNumber;
  toDay: DayNumber;
  /** [fromAt, toAt): local midnight of fromDay to local midnight after toDay. */
  fromAt: UtcMs;
  toAt: UtcMs;
  /** First and last days with any interaction: intervals after the last have not elapsed. */
  firstDataDay: DayNumber;
  lastDataDay: DayNumber;
  /** Null = every platform. */
  platforms: Platform[] | null;
  segment: Segment;
  notes: string[];
}

export function resolveFilter(db: Db, filter: MetricsFilter = {}): ResolvedFilter {
  const tz = clientTimezone(db);
  const bounds = db.get<{ first: number | null; last: number | null }>(
    'SELECT (SELECT day FROM interactions ORDER BY at LIMIT 1) AS first, (SELECT day FROM interactions ORDER BY at DESC LIMIT 1) AS last',
  )!;
  const hasData = bounds.first !== null && bounds.last !== null;
  const firstDay = hasData ? asDayNumber(Number(bounds.first)) : isoToDay('1970-01-01');
  const lastDay = hasData ? asDayNumber(Number(bounds.last)) : firstDay;
  const fromDay = filter.from ? isoToDay(filter.from) : firstDay;
  const toDay = filter.to ? isoToDay(filter.to) : lastDay;
  if (toDay < fromDay)
    throw new CercleError('filter.ends-before-start', { to: filter.to ?? dayToIso(toDay), from: filter.from ?? dayToIso(fromDay) });
  const present = new Set(db.all<{ platform: string }>('SELECT DISTINCT platform FROM sources').map((r) => r.platform));
  const wanted =
    filter.platforms && filter.platforms.length > 0
      ? [...new Set(filter.platforms)].sort((a, b) => PLATFORMS.indexOf(a) - PLATFORMS.indexOf(b))
      : null;
  // Asking for every platform the client has is the same as asking for all: the faster scope.
  const platforms = wanted && [...present].every((p) => wanted.includes(p as Platform)) ? null : wanted;
  const notes: string[] = [];
  if (filter.themeId !== undefined) notes.push('themeId is not applied yet: theme clustering is a later issue');
  return {
    tz,
    hasData,
    fromDay,
    toDay,
    fromAt: dayStartUtc(tz, fromDay),
    toAt: dayStartUtc(tz, addDays(toDay, 1)),
    firstDataDay: firstDay,
    lastDataDay: lastDay,
    platforms,
    segment: filter.segment ?? 'all',
    notes,
  };
}

/** Segment as a test on tier/ladder columns (migration 002 copies both onto every derived row). */
export function segmentSql(segment: Segment, tier = 'tier', ladder = 'ladder'): string {
  switch (segment) {
    case 'core':
      return ` AND ${tier} = 1`;
    case 'regular':
      return ` AND ${tier} = 2`;
    case 'casual':
      return ` AND ${tier} = 3`;
    case 'ambassadors':
      return ` AND ${ladder} >= 6`;
    case 'spoke':
      return ` AND ${ladder} >= 2`;
    case 'passive':
      return ` AND ${ladder} < 2`;
    default:
      return '';
  }
}

/** Platform test on a column holding a platform name. */
export function platformSql(f: ResolvedFilter, column = 'platform'): { sql: string; params: SqlValue[] } {
  if (!f.platforms) return { sql: '', params: [] };
  return { sql: ` AND ${column} IN (${f.platforms.map(() => '?').join(',')})`, params: [...f.platforms] };
}

/** The interval has fully elapsed by the end of the data and of the filter. */
export function periodElapsed<I extends Interval>(f: ResolvedFilter, interval: I, p: PeriodKey<I>): boolean {
  return period.lastDay(interval, p) <= earliest(f.toDay, f.lastDataDay);
}

/** The interval began after the data and the filter did: none of its days is missing at the start. */
export function periodStartsInside<I extends Interval>(f: ResolvedFilter, interval: I, p: PeriodKey<I>): boolean {
  return period.firstDay(interval, p) >= latest(f.fromDay, f.firstDataDay);
}

/**
 * Which end of an interval lies outside the data or the filter: the last one has not elapsed, or the
 * first one began before the data did (a cohort of one from the last day of October). Such a period is
 * marked and left out of every comparison between periods: its counts are not those of a whole period.
 */
export function periodPartial<I extends Interval>(f: ResolvedFilter, interval: I, p: PeriodKey<I>): PeriodPartial {
  const start = !periodStartsInside(f, interval, p);
  const end = !periodElapsed(f, interval, p);
  return start && end ? 'both' : start ? 'start' : end ? 'end' : null;
}

export function periodComplete<I extends Interval>(f: ResolvedFilter, interval: I, p: PeriodKey<I>): boolean {
  return periodPartial(f, interval, p) === null;
}
