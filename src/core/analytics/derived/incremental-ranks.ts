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
  lines.forEach((line) => {
    const [plat, ...rest] = line.split(',');
    const v = rest.map((x) => (x === '' ? NaN : Number(x)));
    const [inAll, person, tier, ladder, entry, entryDay, ...more] = v as [number, number, number, number, number, number, ...number[]];
    const steps: StepTimes = {
      entry: asUtcMs(entry),
      reacted: t(more[0]),
      spoke: t(more[1]),
      deep: t(more[2]),
      conversation: t(more[3]),
      recurring: t(more[4]),
      ambassador: t(more[5]),
      own: { reacted: t(more[6]), spoke: t(more[7]), deep: t(more[8]), conversation: t(more[9]), recurring: t(more[10]) },
    };
    const weeks = more[11]!;
    const totals = { n: more[12]!, active: more[13]!, helped: more[14]!, praise: more[15]!, love: more[16]! };
    const day = asDayNumber(entryDay);
    // One row serves the all-platform scope and, unless it is the '*' total, its platform's.
    const scopes = inAll === 1 ? (plat === '*' ? [ALL] : [ALL, PLATFORM_INDEX.get(plat!)!]) : [PLATFORM_INDEX.get(plat!)!];
    for (const scope of scopes) {
      ranks.addTotals(person, scope, totals, weeks, weekOfDay(day), tier, ladder);
      entrants.addTimes(scope, steps, day);
    }
  });
  db.exec("DELETE FROM ambassador_ranks; DELETE FROM member_scores; DELETE FROM metric_cache WHERE key LIKE 'funnel%'");
  ranks.write(db, weekOfDay(span.first), weekOfDay(span.last));
  entrants.write(db);
}
