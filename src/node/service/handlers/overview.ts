import type { Handlers } from '../../../core/contract';
import { resolveFilter } from '../../../core/analytics/metrics/filter';
import { overviewActivity } from '../../../core/analytics/metrics/overview-activity';
import { overviewKpis } from '../../../core/analytics/metrics/overview-kpis';
import { loadAnalyticsSettings } from '../../../core/analytics/settings/analytics-settings';
import { sourceGroups } from '../../../core/stats/source-groups';
import type { Workspace } from '../../store/workspace';
import { freshReader } from './fresh-read';

type OverviewMethod = Extract<keyof Handlers, `overview.${string}`>;

/** The overview screen's numbers: KPIs and activity from the derived tables, the sources from the store. */
export function overviewHandlers(ws: Workspace): Pick<Handlers, OverviewMethod> {
  const read = freshReader(ws);
  return {
    'overview.kpis': ({ client, filter }) => read(client, (db) => overviewKpis(db, resolveFilter(db, filter), loadAnalyticsSettings(db))),
    'overview.activity': ({ client, filter }) =>
      read(client, (db) => overviewActivity(db, resolveFilter(db, filter), loadAnalyticsSettings(db))),
    'overview.sources': ({ client }) => ws.read(client, (db) => sourceGroups(db)),
  };
}
