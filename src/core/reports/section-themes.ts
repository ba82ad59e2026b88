import { themeHeatmapOption } from '../charts/theme-heatmap-option';
import type { ThemeEmergence } from '../contract/themes';
import type { ReportFormat } from './format';
import type { ReportMessages } from './messages';
import type { ReportBlock } from './model';
import { CHART_WIDTH, type SectionContext } from './section-context';

/** Months the heatmap shows: the last year and one month, like the cohorts (a page holds them legibly). */
const HEATMAP_MONTHS = 13;
/** A trend needs this many months with texts; it compares the last three to their average. */
const TREND_MONTHS = 6;

/**
 * Rising when the last three months' share is a third above the average of the months shown, falling a
 * third below. Months without any text are left out: an archive reaching back years holds many, and
 * their zero shares would make every theme look rising.
 */
export function monthlyTrend(shares: readonly number[], totals: readonly number[]): 'rising' | 'stable' | 'falling' {
  shares = shares.filter((_, i) => (totals[i] ?? 0) > 0);
  if (shares.length < TREND_MONTHS) return 'stable';
  const avg = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const all = avg(shares);
  const last = avg(shares.slice(-3));
  if (all === 0) return 'stable';
  return last > (all * 4) / 3 ? 'rising' : last < (all * 2) / 3 ? 'falling' : 'stable';
}

const pValue = (p: number, f: ReportFormat) => (p < 0.001 ? `< ${f.num(0.001, 3)}` : f.num(p, 3));

function emergingLine(label: string, e: ThemeEmergence, f: ReportFormat, t: ReportMessages): string {
  return e.ratio === null
    ? t.themes.emergingNew(label, f.pct(e.recentShare, 1), pValue(e.p, f))
    : t.themes.emergingItem(label, f.pct(e.recentShare, 1), f.pct(e.beforeShare, 1), f.num(e.ratio, 1), pValue(e.p, f));
}

/**
 * The themes as the themes screen shows them under the report's filters (report-themes.ts): the
 * largest themes with share, members, depth and the brand's answers; their share month by month;
 * 2–3 quotes each; and the themes the emergence test flags, with its ratio and p-value.
 */
export function themes({ d, f, t, palette, pseudo }: SectionContext): ReportBlock[] {
  const th = d.themes;
  const m = th.metrics;
  if (m.computedAt === null || m.themes.length === 0) return [{ type: 'paragraph', text: t.themes.notComputed }];
  // the heatmap's months, which the trend reads too
  const from = Math.max(0, m.periods.length - HEATMAP_MONTHS);
  const totals = m.periods.slice(from).map((p) => p.total);
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      text: `${t.themes.computedAt(f.day(m.computedAt), f.int(th.runTexts))} ${t.themes.inPeriod(f.int(m.texts), f.pct(m.unclassified.share))}`,
      muted: true,
    },
    {
      type: 'table',
      table: {
        id: 'themes',
        title: t.titles.themes,
        columns: [
          { label: t.tables.theme, kind: 'text' },
          { label: t.tables.themeShare, kind: 'pct' },
          { label: t.tables.members, kind: 'int' },
          { label: t.tables.meanDepth, kind: 'num' },
          { label: t.tables.answeredShort, kind: 'pct' },
          { label: t.tables.firstAnswer, kind: 'minutes' },
          { label: t.tables.trend, kind: 'text' },
        ],
        rows: th.top.map(({ row: x }) => [
          pseudo.text(x.label),
          x.share,
          x.members,
          x.meanDepth,
          x.responseRate,
          x.medianFirstResponseMinutes,
          t.themes[monthlyTrend(x.shares.slice(from), totals)],
        ]),
      },
    },
  ];
  if (th.top.length > 0 && m.periods.length > 1) {
    const rows = th.top.map(({ row: x }) => ({ label: pseudo.text(x.label), shares: x.shares.slice(from), counts: x.counts.slice(from) }));
    blocks.push({
      type: 'chart',
      chart: {
        id: 'theme-heatmap',
        title: t.titles.themeHeatmap,
        option: themeHeatmapOption(rows, {
          palette,
          locale: f.locale,
          interactive: false,
          periods: m.periods.slice(from).map((p) => p.start),
          interval: 'month',
          labels: { texts: t.themes.texts },
        }),
        width: CHART_WIDTH,
        height: 90 + 28 * rows.length,
      },
    });
  }
  for (const { row, quotes } of th.top) {
    if (quotes.length === 0) continue;
    blocks.push({ type: 'heading', text: pseudo.text(row.label) });
    blocks.push({
      type: 'quotes',
      items: quotes.map((q) => ({
        text: pseudo.text(q.text),
        who: pseudo.text(q.author),
        meta: `${t.platform(q.platform)} · ${f.day(q.at)}`,
      })),
    });
  }
  blocks.push({ type: 'heading', text: t.titles.emerging });
  if (m.window === null) {
    blocks.push({ type: 'paragraph', text: t.themes.noWindow, muted: true });
    return blocks;
  }
  const emerging = m.themes
    .filter((x) => !x.hidden && x.emergence?.emerging)
    .sort((a, b) => a.emergence!.p - b.emergence!.p)
    .map((x) => emergingLine(pseudo.text(x.label), x.emergence!, f, t));
  blocks.push(emerging.length ? { type: 'list', items: emerging } : { type: 'paragraph', text: t.themes.noneEmerging });
  const w = m.window;
  blocks.push({
    type: 'paragraph',
    text: t.themes.emergingTest(f.day(w.recentFrom), f.day(w.recentTo), f.day(w.beforeFrom), f.day(w.beforeTo), f.int(m.themes.length)),
    muted: true,
  });
  return blocks;
}
