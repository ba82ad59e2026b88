import type { MetricsCoverage } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { listCoverage } from '../../stats/summary';
import { dayToIso, weekLastDay, weekOfDay, weekStart } from '../../util/time-keys';
import type { ResolvedFilter } from './filter';

/**
 * What fed the metrics (metrics.md "Data coverage"): the sources of the platforms in scope with what
 * each can and cannot show, the platforms with interactions in the range, and plain-language notes
 * on anything that limits a metric.
 */
export function coverage(db: Db, f: ResolvedFilter): MetricsCoverage {
  const inScope = (p: string) => !f.platforms || (f.platforms as string[]).includes(p);
  const sources = listCoverage(db).filter((c) => inScope(c.platform));
  const platforms = db
    .all<{ platform: string }>(
      "SELECT DISTINCT platform FROM conversations WHERE day BETWEEN ? AND ? UNION SELECT DISTINCT plat FROM member_weeks WHERE period BETWEEN ? AND ? AND plat <> '*'",
      [f.fromDay, f.toDay, weekOfDay(f.fromDay), weekOfDay(f.toDay)],
    )
    .map((r) => r.platform)
    .filter(inScope)
    .sort();
  const notes = [...f.notes];
  if (!f.hasData) notes.push('no interactions imported yet');
  if (!db.get('SELECT 1 FROM identities WHERE is_brand = 1 LIMIT 1'))
    notes.push('no brand account is known (set the brand names): responsiveness and two-way exchanges cannot be measured');
  const weekFrom = weekStart(weekOfDay(f.fromDay));
  const weekTo = weekLastDay(weekOfDay(f.toDay));
  if (f.hasData && (weekFrom !== f.fromDay || weekTo !== f.toDay)) {
    notes.push(
      `member activity (lifecycle, retention, stickiness, ambassadors, members active) counts whole weeks: ${dayToIso(weekFrom)} to ${dayToIso(weekTo)}`,
    );
  }
  if (f.platforms && f.platforms.length > 1)
    notes.push(
      'several platforms (not all): a funnel step counts when reached on one of them, and gaps between active days are counted per platform',
    );
  if (f.segment !== 'all')
    notes.push('the content funnel comes from aggregate insights without member identities: the member segment does not apply to it');
  return { sources, platforms, notes };
}
