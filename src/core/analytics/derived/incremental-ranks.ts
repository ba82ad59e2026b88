import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { asDayNumber, asUtcMs, type DayNumber, type MonthKey, type UtcMs, weekOfDay } from '../../util/time-keys';
import { dayStartUtc } from '../../util/time-zone';
import { addDays } from '../../util/time-keys';
import type { StepTimes } from './build-members';
import { reachKey, wholeReach } from './network';
import { STEP_COLS } from './write-members';
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
  // every stored column the ranks use but the platform (first) and love (last, below); months are the walk's
  const cols = STEP_COLS.filter((c) => c !== 'plat' && c !== 'months' && c !== 'tot_love');
  // a column's field in a line: the platform is field 0
  const at = new Map(cols.map((c, i) => [c, i + 1]));
  const col = (name: string) => at.get(name)!;
  const LOVE = cols.length + 1;
  // Love last, in full precision: a REAL in plain text form is rounded to 15 digits, printf's
  // alternate form '%!.17g' gives back the very double (checked on every love of the 1.14M client).
  const text = db.get<{ s: string | null }>(
    `SELECT group_concat(r, ';') AS s FROM (SELECT plat || ',' || ${cols.map((c) => `ifnull(${c}, '')`).join(" || ',' || ")} || ',' || printf('%!.17g', tot_love) AS r
     FROM member_steps ORDER BY person_id, in_all DESC, plat)`,
  )?.s;
  const lines = text ? text.split(';') : [];
  // Fields by position (found by name once, love last), read without per-line arrays beyond the split: 46k lines.
  const num = (f: string[], i: number) => (f[i] === '' ? NaN : Number(f[i]));
  const F = {
    inAll: col('in_all'),
    person: col('person_id'),
    tier: col('tier'),
    ladder: col('ladder'),
    entry: col('entry_at'),
    entryDay: col('entry_day'),
    weeks: col('weeks'),
    n: col('tot_n'),
    active: col('tot_active'),
    helped: col('tot_helped'),
    praise: col('tot_praise'),
  };
  const step = (name: string) => col(`${name}_at`);
  const S = {
    reacted: step('reacted'),
    spoke: step('spoke'),
    deep: step('deep'),
    conversation: step('conversation'),
    recurring: step('recurring'),
  };
  const AMBASSADOR = step('ambassador');
  const OWN = {
    reacted: step('reacted_own'),
    spoke: step('spoke_own'),
    deep: step('deep_own'),
    conversation: step('conversation_own'),
    recurring: step('recurring_own'),
  };
  for (const line of lines) {
    const f = line.split(',');
    const plat = f[0]!;
    const inAll = num(f, F.inAll);
    const person = num(f, F.person);
    const tier = num(f, F.tier);
    const ladder = num(f, F.ladder);
    const entryDay = num(f, F.entryDay);
    const steps: StepTimes = {
      entry: asUtcMs(num(f, F.entry)),
      reacted: t(num(f, S.reacted)),
      spoke: t(num(f, S.spoke)),
      deep: t(num(f, S.deep)),
      conversation: t(num(f, S.conversation)),
      recurring: t(num(f, S.recurring)),
      ambassador: t(num(f, AMBASSADOR)),
      own: {
        reacted: t(num(f, OWN.reacted)),
        spoke: t(num(f, OWN.spoke)),
        deep: t(num(f, OWN.deep)),
        conversation: t(num(f, OWN.conversation)),
        recurring: t(num(f, OWN.recurring)),
      },
    };
    const weeks = num(f, F.weeks);
    const totals = { n: num(f, F.n), active: num(f, F.active), helped: num(f, F.helped), praise: num(f, F.praise), love: num(f, LOVE) };
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
