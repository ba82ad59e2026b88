import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { asDayNumber, asUtcMs, type DayNumber, type MonthKey, type UtcMs, weekOfDay } from '../../util/time-keys';
import { dayStartUtc } from '../../util/time-zone';
import { addDays } from '../../util/time-keys';
import type { StepTimes } from './build-members';
import { reachKey, wholeReach } from './network';
import { EntrantCollector, RankCollector } from './write-ranks';

const ALL = -1;
const PLATFORM_INDEX = new Map<string, number>(PLATFORMS.map((p, i) => [p, i]));
const t = (x: number | undefined): UtcMs => asUtcMs(x === undefined || Number.isNaN(x) ? Infinity : x);

/**
 * Ranks every member again and rewrites ambassador_ranks, member_scores and the stored default funnel,
 * from member_steps (each scope's totals and step times) and member_reach: percentiles, onion tiers of
 * the ranked and the reach decay to the last month are global, but their inputs are one row per member
 * and scope, read in person order as the full rebuild adds them.
 */
export function rankEveryone(
  db: Db,
  s: AnalyticsSettings,
  tz: string,
  span: { first: DayNumber; last: DayNumber },
  loveFactor: number,
  monthOf: (day: DayNumber) => MonthKey,
): void {
  const reach: [number, number][] = [];
  const reachText = db.get<{ s: string | null }>(
    "SELECT group_concat(plat || ',' || person_id || ',' || month || ',' || value, ';') AS s FROM member_reach",
  )?.s;
  for (const line of reachText ? reachText.split(';') : []) {
    const [plat, person, month, value] = line.split(',');
    reach.push([reachKey(Number(person), Number(month), PLATFORM_INDEX.get(plat!)!), Number(value)]);
  }
  const ranks = new RankCollector(s, wholeReach(reach, monthOf(span.last), s.reach.monthlyDecay), loveFactor);
  const entrants = new EntrantCollector(s, dayStartUtc(tz, addDays(span.last, 1)));
  const cols = [
    'in_all',
    'person_id',
    'tier',
    'ladder',
    'entry_at',
    'entry_day',
    'reacted_at',
    'spoke_at',
    'deep_at',
    'conversation_at',
    'recurring_at',
    'ambassador_at',
    'reacted_own_at',
    'spoke_own_at',
    'deep_own_at',
    'conversation_own_at',
    'recurring_own_at',
    'weeks',
    'tot_n',
    'tot_active',
    'tot_helped',
    'tot_praise',
  ];
  // Love last, in full precision: a REAL in plain text form is rounded to 15 digits, printf's
  // alternate form '%!.17g' gives back the very double (checked on every love of the 1.14M client).
  const text = db.get<{ s: string | null }>(
    `SELECT group_concat(r, ';') AS s FROM (SELECT plat || ',' || ${cols.map((c) => `ifnull(${c}, '')`).join(" || ',' || ")} || ',' || printf('%!.17g', tot_love) AS r
     FROM member_steps ORDER BY person_id, in_all DESC, plat)`,
  )?.s;
  const lines = text ? text.split(';') : [];
  // Fields by position (cols above, love last), read without per-line arrays beyond the split: 46k lines.
  const num = (f: string[], i: number) => (f[i] === '' ? NaN : Number(f[i]));
  for (const line of lines) {
    const f = line.split(',');
    const plat = f[0]!;
    const [inAll, person, tier, ladder, entry, entryDay] = [num(f, 1), num(f, 2), num(f, 3), num(f, 4), num(f, 5), num(f, 6)];
    const steps: StepTimes = {
      entry: asUtcMs(entry),
      reacted: t(num(f, 7)),
      spoke: t(num(f, 8)),
      deep: t(num(f, 9)),
      conversation: t(num(f, 10)),
      recurring: t(num(f, 11)),
      ambassador: t(num(f, 12)),
      own: { reacted: t(num(f, 13)), spoke: t(num(f, 14)), deep: t(num(f, 15)), conversation: t(num(f, 16)), recurring: t(num(f, 17)) },
    };
    const weeks = num(f, 18);
    const totals = { n: num(f, 19), active: num(f, 20), helped: num(f, 21), praise: num(f, 22), love: num(f, 23) };
    const day = asDayNumber(entryDay);
    const cohort = weekOfDay(day);
    // One row serves the all-platform scope and, unless it is the '*' total, its platform's.
    const own = PLATFORM_INDEX.get(plat)!;
    if (inAll === 1) {
      ranks.addTotals(person, ALL, totals, weeks, cohort, tier, ladder);
      entrants.addTimes(ALL, steps, day);
    }
    if (plat !== '*') {
      ranks.addTotals(person, own, totals, weeks, cohort, tier, ladder);
      entrants.addTimes(own, steps, day);
    }
  }
  db.exec("DELETE FROM ambassador_ranks; DELETE FROM member_scores; DELETE FROM metric_cache WHERE key LIKE 'funnel%'");
  ranks.write(db, weekOfDay(span.first), weekOfDay(span.last));
  entrants.write(db);
}
