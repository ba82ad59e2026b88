import type { AnalyticsSettings } from '../contract/analytics-settings';
import type { ReportLang } from '../contract/reports';
import type { ThemeMetrics, ThemeMetricsRow, ThemeQuote } from '../contract/themes';
import type { Db } from '../db/db';
import { platformSql, type ResolvedFilter } from '../analytics/metrics/filter';
import { themeMessages } from '../themes/client-themes';
import { themeMetrics } from '../themes/theme-metrics';
import { metricsInLanguage } from '../themes/node-labels';
import { themeQuotes } from '../themes/theme-quotes';

/** Themes a report details (table, heatmap rows and quotes): a printed page holds eight legibly. */
export const REPORT_THEMES = 8;
/** Quotes per theme: the "2–3 quotes each". */
export const REPORT_QUOTES = 3;

export interface ReportTheme {
  row: ThemeMetricsRow;
  quotes: ThemeQuote[];
}

/** The themes part of a report: the themes screen's numbers under the report's filters, and the quotes to print. */
export interface ReportThemes {
  /** Texts of the stored run, every day and platform (the run's own size). */
  runTexts: number;
  /** Per theme under the report's period and platforms, by month (the emergence test included). */
  metrics: ThemeMetrics;
  /** The largest themes in the period the consultant did not hide, largest first. */
  top: ReportTheme[];
}

/**
 * The report reads the themes as the themes screen shows them under the same filters: shares of the
 * texts of the report's period and platforms, the consultant's hidden themes left out, renamed themes
 * under their new name, and the quotes the consultant curated (pinned first, removed ones never). A
 * quote written outside the report's period or platforms is not printed: the theme's newest texts of
 * the period take its place.
 */
export function collectReportThemes(
  db: Db,
  client: string,
  f: ResolvedFilter,
  settings: AnalyticsSettings,
  lang?: ReportLang,
): ReportThemes {
  const run = db.get<{ texts: number }>('SELECT texts FROM theme_runs WHERE id = 1');
  const metrics = metricsInLanguage(db, themeMetrics(db, client, f, settings, 'month'), lang);
  const top = metrics.themes
    .filter((x) => !x.hidden && x.size > 0)
    .sort((a, b) => b.size - a.size || a.id - b.id)
    .slice(0, REPORT_THEMES)
    .map((row) => ({ row, quotes: quotesInPeriod(db, row.id, f) }));
  return { runTexts: Number(run?.texts ?? 0), metrics, top };
}

function quotesInPeriod(db: Db, theme: number, f: ResolvedFilter): ThemeQuote[] {
  const curated = themeQuotes(db, theme);
  const removed = new Set(curated.removed.map((q) => q.id));
  const inside = insideFilter(
    db,
    curated.quotes.map((q) => q.id),
    f,
  );
  const out: ThemeQuote[] = curated.quotes.filter((q) => inside.has(q.id)).map(({ pinned: _pinned, ...q }) => q);
  if (out.length < REPORT_QUOTES) {
    const seen = new Set(out.map((q) => q.text.trim().toLowerCase()));
    // the theme's newest texts of the period, a few more than needed so removed and repeated ones can be skipped
    for (const q of themeMessages(db, theme, REPORT_QUOTES * 4, 0, f).messages) {
      if (out.length >= REPORT_QUOTES) break;
      const key = q.text.trim().toLowerCase();
      if (removed.has(q.id) || out.some((o) => o.id === q.id) || seen.has(key)) continue;
      seen.add(key);
      out.push(q);
    }
  }
  return out.slice(0, REPORT_QUOTES);
}

/** Which of these interactions fall in the filter's days and platforms. */
function insideFilter(db: Db, ids: readonly number[], f: ResolvedFilter): Set<number> {
  if (ids.length === 0) return new Set();
  const plat = platformSql(f, 'platform');
  return new Set(
    db
      .all<{ id: number }>(`SELECT id FROM interactions WHERE id IN (${ids.map(() => '?').join(',')}) AND day BETWEEN ? AND ?${plat.sql}`, [
        ...ids,
        f.fromDay,
        f.toDay,
        ...plat.params,
      ])
      .map((r) => Number(r.id)),
  );
}
