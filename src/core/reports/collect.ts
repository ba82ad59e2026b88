import type { AnalyticsSettings } from '../contract/analytics-settings';
import type { MetricsFilter, MetricsResult } from '../contract/metrics';
import type { OverviewActivity, OverviewKpis, SourceGroup } from '../contract/overview';
import type { ActivityRhythm } from '../contract/rhythm';
import type { ReportLang } from '../contract/reports';
import type { Db } from '../db/db';
import { computeMetrics } from '../analytics/metrics/compute-metrics';
import { resolveFilter } from '../analytics/metrics/filter';
import { activityRhythm } from '../analytics/metrics/activity-rhythm';
import { overviewActivity } from '../analytics/metrics/overview-activity';
import { overviewKpis } from '../analytics/metrics/overview-kpis';
import { loadAnalyticsSettings } from '../analytics/settings/analytics-settings';
import { clientTimezone } from '../settings/settings';
import { sourceGroups } from '../stats/source-groups';
import { dayToIso, asDayNumber } from '../util/time-keys';
import type { KnownPerson } from './pseudonymize';
import { collectReportThemes, type ReportThemes } from './report-themes';

/** The period each imported file covers: its first and last local day with an interaction. */
export interface SourcePeriod {
  file: string;
  from: string | null;
  to: string | null;
  interactions: number;
}

/** Everything a report is made from, read once from the client's file (derived tables fresh). */
export interface ReportData {
  client: string;
  timezone: string;
  settings: AnalyticsSettings;
  /** Recurrence by month: a year of weekly cohorts would not fit a printed page. */
  metrics: MetricsResult;
  kpis: OverviewKpis;
  activity: OverviewActivity;
  /** Members' and brand's messages per hour of the week (responsiveness: the hours members are left alone). */
  rhythm: ActivityRhythm;
  sources: SourceGroup[];
  sourcePeriods: SourcePeriod[];
  /** The themes under the report's filters, as the themes screen shows them. */
  themes: ReportThemes;
  /** Every member (brand accounts left out): what pseudonymisation must hide. */
  people: KnownPerson[];
}

/** `lang`: the report's language, for the themes' labels (the other numbers do not depend on it). */
export function collectReportData(db: Db, client: string, filter: MetricsFilter, lang?: ReportLang): ReportData {
  const f = resolveFilter(db, filter);
  const settings = loadAnalyticsSettings(db);
  const periods = db.all<{ file: string; first: number | null; last: number | null; n: number }>(
    `SELECT s.file AS file, MIN(i.day) AS first, MAX(i.day) AS last, COUNT(i.id) AS n
       FROM sources s LEFT JOIN interactions i ON i.source_id = s.id GROUP BY s.id ORDER BY s.id`,
  );
  const handles = new Map<number, string[]>();
  for (const r of db.all<{ person_id: number; handle: string; name: string | null }>(
    'SELECT person_id, handle, name FROM identities WHERE is_brand = 0',
  )) {
    const list = handles.get(Number(r.person_id)) ?? [];
    list.push(r.handle);
    if (r.name) list.push(r.name);
    handles.set(Number(r.person_id), list);
  }
  const people = db
    .all<{ id: number; name: string }>('SELECT id, name FROM people WHERE is_brand = 0')
    .map((p) => ({ id: Number(p.id), name: p.name, handles: handles.get(Number(p.id)) ?? [] }));
  const day = (d: number | null) => (d === null ? null : dayToIso(asDayNumber(Number(d))));
  return {
    client,
    timezone: clientTimezone(db),
    settings,
    metrics: computeMetrics(db, { filter, interval: 'month' }),
    kpis: overviewKpis(db, f, settings),
    activity: overviewActivity(db, f, settings),
    rhythm: activityRhythm(db, f, settings),
    sources: sourceGroups(db),
    sourcePeriods: periods.map((p) => ({ file: p.file, from: day(p.first), to: day(p.last), interactions: Number(p.n) })),
    themes: collectReportThemes(db, client, f, settings, lang),
    people,
  };
}
