import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { ActivityRhythm, RhythmCell } from '../../contract/rhythm';
import type { Db } from '../../db/db';
import { platformSql, type ResolvedFilter } from './filter';
import { readNumbers } from './query-util';

/**
 * When members are active and when the brand writes, by weekday and hour of the client's wall clock,
 * over the days and platforms of the filter: activity_hours summed per slot, read along its
 * (weekday, hour, …) index, so the 168 groups come out in order without a sort. The table holds
 * counts, not members, so a member segment cannot apply: the answer says it was ignored.
 */
export function activityRhythm(db: Db, f: ResolvedFilter, _s: AnalyticsSettings): ActivityRhythm {
  const cells: RhythmCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++)
    for (let hour = 0; hour < 24; hour++) cells.push({ weekday, hour, members: 0, memberMessages: 0, brand: 0 });
  const totals = { members: 0, memberMessages: 0, brand: 0 };
  if (f.hasData) {
    const plat = platformSql(f);
    const rows = readNumbers(
      db,
      `SELECT weekday || ',' || hour || ',' || SUM(member_n) || ',' || SUM(member_messages) || ',' || SUM(brand_messages) AS r
       FROM activity_hours INDEXED BY activity_hours_slot WHERE day BETWEEN ? AND ?${plat.sql} GROUP BY weekday, hour`,
      [f.fromDay, f.toDay, ...plat.params],
    );
    for (const [weekday, hour, members, messages, brand] of rows) {
      const cell = cells[weekday! * 24 + hour!]!;
      cell.members = members!;
      cell.memberMessages = messages!;
      cell.brand = brand!;
      totals.members += members!;
      totals.memberMessages += messages!;
      totals.brand += brand!;
    }
  }
  return { timezone: f.tz, cells, totals, segmentIgnored: f.segment !== 'all' };
}
