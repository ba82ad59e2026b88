import { cohortHeatmapOption } from '../charts/cohort-heatmap-option';
import { contentDepthChartOption } from '../charts/content-depth';
import { funnelChartOption } from '../charts/funnel-chart-option';
import { lifecycleOption } from '../charts/lifecycle-option';
import { retentionCurveOption } from '../charts/retention-curve-option';
import { weeklyChartOption } from '../charts/weekly-chart-option';
import type { ResponseStats } from '../contract/metrics';
import type { Kpi } from '../contract/overview';
import type { KpiCard, Quote, ReportBlock, Tone } from './model';
import { chart, type SectionContext } from './section-context';
import { postLists } from './section-posts';
import { gapsBlock, rhythmBlocks } from './section-rhythm';

export { themes } from './section-themes';

/** Weeks the activity chart shows at most. */
const CHART_WEEKS = 104;

export function glance({ d, f, t, palette }: SectionContext): ReportBlock[] {
  const k = d.kpis;
  const compared = k.compared?.current.weeks ?? 0;
  const card = (label: string, kpi: Kpi, value: string, higherIsBetter = true): KpiCard => {
    const c = kpi.comparison?.change ?? null;
    const change =
      c === null
        ? k.noComparison === 'no-previous-period'
          ? t.kpi.noPrevious
          : k.noComparison === 'no-complete-week'
            ? t.kpi.noCompleteWeek
            : null
        : t.kpi.vsPrevious(kpi.unit === 'share' ? f.signedPoints(c) : f.signedPct(c), compared);
    const tone: Tone = c === null || c === 0 ? 'neutral' : c > 0 === higherIsBetter ? 'good' : 'warn';
    return { label, value, change, tone };
  };
  const { activeMembers, deepShare, returningShare, responseRate, medianFirstResponse, ambassadors } = k.kpis;
  const noBrand = (kpi: Kpi, v: string) => (k.brandKnown ? v : kpi.value === null ? '–' : v);
  const cards: KpiCard[] = [
    card(t.kpi.activeMembers, activeMembers, activeMembers.value === null ? '–' : f.int(activeMembers.value)),
    card(t.kpi.deepShare, deepShare, f.pct(deepShare.value)),
    card(t.kpi.returningShare, returningShare, f.pct(returningShare.value)),
    card(t.kpi.responseRate, responseRate, noBrand(responseRate, f.pct(responseRate.value))),
    card(t.kpi.medianFirstResponse, medianFirstResponse, f.duration(medianFirstResponse.value), false),
    card(t.kpi.ambassadors, ambassadors, ambassadors.value === null ? '–' : f.int(ambassadors.value)),
  ];
  if (!k.brandKnown) for (const c of cards.slice(3, 5)) c.change = t.kpi.noBrand;
  // Two years of weeks at most: one old message in an archive would otherwise stretch the chart over
  // years of empty weeks (and its SVG over hundreds of kilobytes). The overview screen shows them all.
  const weeks = d.activity.weekly.slice(-CHART_WEEKS);
  return [
    { type: 'kpis', items: cards },
    chart(
      'activity',
      t.titles.activityChart,
      weeklyChartOption(weeks, {
        palette,
        locale: f.locale,
        labels: { inbound: t.charts.inbound, outbound: t.charts.outbound },
        interactive: false,
        openWeek: d.activity.openWeek,
      }),
      260,
      weeks.length < d.activity.weekly.length ? t.charts.recentWeeks(weeks.length, d.activity.weekly.length) : undefined,
    ),
    {
      type: 'table',
      table: {
        id: 'platforms',
        title: t.titles.platforms,
        columns: [
          { label: t.tables.platform, kind: 'text' },
          { label: t.tables.activeMembers, kind: 'int' },
          { label: t.tables.interactions, kind: 'int' },
          { label: t.tables.inbound, kind: 'int' },
          { label: t.tables.outbound, kind: 'int' },
        ],
        rows: d.activity.byPlatform.map((p) => [t.platform(p.platform), p.activeMembers, p.interactions, p.inbound, p.outbound]),
      },
    },
  ];
}

export function funnel({ d, f, t, palette }: SectionContext): ReportBlock[] {
  const steps = d.metrics.funnel;
  return [
    chart(
      'funnel',
      t.titles.funnelChart,
      funnelChartOption(steps, {
        palette,
        locale: f.locale,
        labels: { steps: t.steps, members: t.tables.reached, literal: t.tables.literal },
        interactive: false,
      }),
      300,
    ),
    {
      type: 'table',
      table: {
        id: 'funnel',
        title: t.titles.funnelTable,
        columns: [
          { label: t.tables.step, kind: 'text' },
          { label: t.tables.reached, kind: 'int' },
          { label: t.tables.literal, kind: 'int' },
          { label: t.tables.ofAudience, kind: 'pct' },
          { label: t.tables.stepConversion, kind: 'pct' },
          { label: t.tables.medianDays, kind: 'num' },
        ],
        rows: steps.map((s) => [
          t.steps[s.step],
          s.members,
          s.literalMembers,
          s.overallConversion,
          s.stepConversion,
          s.medianDaysToConvert,
        ]),
      },
    },
  ];
}

export function recurrence(ctx: SectionContext): ReportBlock[] {
  const { d, f, t, palette } = ctx;
  const r = d.metrics.retention;
  const common = { palette, locale: f.locale, interactive: false };
  // The last thirteen monthly cohorts: a page holds them legibly. The lifecycle keeps two years in its
  // chart and thirteen months in its table: an archive reaching back years would otherwise print pages
  // of months nobody reads (the CSV export keeps every month).
  const cohorts = r.cohorts.slice(-13);
  const lifecycle = d.metrics.lifecycle;
  const tableRows = 13;
  return [
    chart(
      'retention-curve',
      t.titles.retentionCurve,
      retentionCurveOption(r.curve, {
        ...common,
        labels: { series: t.charts.curveSeries, step: t.charts.stepLong, base: t.charts.base },
      }),
      240,
    ),
    chart(
      'cohorts',
      t.titles.cohorts,
      cohortHeatmapOption(cohorts, {
        ...common,
        labels: {
          cohort: f.month,
          step: t.charts.step,
          incomplete: t.charts.incomplete,
          partialCohort: t.charts.partialCohort,
          members: t.charts.cellMembers,
        },
      }),
      40 + 26 * Math.max(cohorts.length, 4) + 40,
    ),
    ...gapsBlock(ctx),
    chart(
      'lifecycle',
      t.titles.lifecycle,
      lifecycleOption(lifecycle.slice(-24), {
        ...common,
        labels: {
          new: t.tables.new,
          returning: t.tables.returning,
          resurrecting: t.tables.resurrecting,
          dormant: t.tables.dormant,
          period: f.month,
          incomplete: t.charts.incomplete,
        },
      }),
      280,
    ),
    {
      type: 'table',
      table: {
        id: 'lifecycle',
        title: t.titles.lifecycleTable,
        columns: [
          { label: t.tables.period, kind: 'text' },
          { label: t.tables.activeMembers, kind: 'int' },
          { label: t.tables.new, kind: 'int' },
          { label: t.tables.returning, kind: 'int' },
          { label: t.tables.resurrecting, kind: 'int' },
          { label: t.tables.dormant, kind: 'int' },
        ],
        rows: lifecycle.map((l) => [f.month(l.period) + (l.complete ? '' : ' *'), l.active, l.new, l.returning, l.resurrecting, l.dormant]),
        printLast: lifecycle.length > tableRows ? tableRows : undefined,
        note: [
          `* ${t.charts.incomplete}`,
          ...(lifecycle.length > tableRows ? [t.charts.recentRows(tableRows, lifecycle.length)] : []),
        ].join(' · '),
      },
    },
  ];
}

export function responsiveness(ctx: SectionContext): ReportBlock[] {
  const { d, f, t } = ctx;
  const r = d.metrics.responsiveness;
  const i = d.metrics.intent;
  const bh = d.settings.businessHours;
  const blocks: ReportBlock[] = [];
  if (r.businessHours.medianFirstResponseMinutes !== null)
    blocks.push({
      type: 'paragraph',
      text: t.responsiveness.businessHours(f.duration(r.businessHours.medianFirstResponseMinutes), bh.start, bh.end),
    });
  const rateColumns = [
    { label: t.tables.inboundConversations, kind: 'int' as const },
    { label: t.tables.answered, kind: 'int' as const },
    { label: t.tables.responseRate, kind: 'pct' as const },
    { label: t.tables.withinWindow(r.windowHours), kind: 'pct' as const },
    { label: t.tables.median, kind: 'minutes' as const },
    { label: t.tables.p90, kind: 'minutes' as const },
  ];
  const rate = (x: ResponseStats) => [
    x.inboundConversations,
    x.answered,
    x.responseRate,
    x.responseRateWithinWindow,
    x.medianFirstResponseMinutes,
    x.p90FirstResponseMinutes,
  ];
  blocks.push({
    type: 'table',
    table: {
      id: 'responsiveness',
      title: t.titles.responseByPlatform,
      columns: [{ label: t.tables.platform, kind: 'text' }, ...rateColumns],
      rows: [[t.allPlatforms, ...rate(r)], ...r.byPlatform.map((p) => [t.platform(p.platform), ...rate(p)])],
    },
  });
  const signals = ['question', 'purchase', 'complaint', 'praise'] as const;
  blocks.push({
    type: 'table',
    table: {
      id: 'intent',
      title: t.titles.intent,
      columns: [
        { label: t.tables.signal, kind: 'text' },
        { label: t.tables.count, kind: 'int' },
        { label: t.tables.members, kind: 'int' },
        { label: t.tables.responseRate, kind: 'pct' },
        { label: t.tables.median, kind: 'minutes' },
      ],
      rows: signals.map((s) => [t.signals[s], i[s].count, i[s].members, i[s].responseRate, i[s].medianFirstResponseMinutes]),
    },
  });
  blocks.push(...rhythmBlocks(ctx));
  return blocks;
}

export function ambassadors({ d, f, t, pseudo }: SectionContext): ReportBlock[] {
  const list = d.metrics.ambassadors.slice(0, 12);
  if (list.length === 0) return [{ type: 'paragraph', text: t.ambassadors.none }];
  const names = list.map((a) => pseudo.member(a.personId, a.member));
  const quotes: Quote[] = [];
  list.slice(0, 4).forEach((a, n) => {
    const q = a.evidence.quotes[0];
    if (q) quotes.push({ text: pseudo.text(q.text), who: names[n]!, meta: `${t.platform(q.platform)} · ${f.day(q.at)}` });
  });
  return [
    {
      type: 'table',
      table: {
        id: 'ambassadors',
        title: t.titles.ambassadors,
        columns: [
          { label: t.tables.rank, kind: 'int' },
          { label: t.tables.member, kind: 'text' },
          { label: t.tables.score, kind: 'num' },
          { label: t.tables.tier, kind: 'text' },
          { label: t.tables.recommendations, kind: 'int' },
          { label: t.tables.helped, kind: 'int' },
          { label: t.tables.weeksActive, kind: 'int' },
          { label: t.tables.platform, kind: 'text' },
        ],
        rows: list.map((a, n) => [
          n + 1,
          names[n]! + (a.ambassador ? ' ★' : ''),
          a.score,
          t.tiers[a.tier],
          a.evidence.recommendations,
          a.evidence.helped,
          a.evidence.weeksActive,
          a.evidence.platforms.map(t.platform).join(', '),
        ]),
        note: `★ ${t.steps.ambassador}`,
      },
    },
    { type: 'heading', text: t.titles.quotes },
    { type: 'quotes', items: quotes },
  ];
}

export function content(ctx: SectionContext): ReportBlock[] {
  const { d, f, t, palette } = ctx;
  const c = d.metrics.contentFunnel;
  if (c.posts.length === 0) return [{ type: 'paragraph', text: t.content.none }];
  const option = contentDepthChartOption(c.posts, {
    palette,
    locale: f.locale,
    labels: {
      likeRate: t.tables.likeRate,
      microEngagementRate: t.tables.microRate,
      median: t.charts.median,
      format: (x) => x,
      post: (p) => p.title ?? `${p.format} ${p.at ?? ''}`,
    },
    interactive: false,
  });
  // On paper the legend goes to the right, clear of the vertical axis' name.
  return [
    chart('content-depth', t.titles.contentChart, { ...option, legend: { ...option.legend, left: undefined, right: 0 } }, 340),
    {
      type: 'table',
      table: {
        id: 'content-formats',
        title: t.titles.byFormat,
        columns: [
          { label: t.tables.format, kind: 'text' },
          { label: t.tables.posts, kind: 'int' },
          { label: t.tables.reach, kind: 'int' },
          { label: t.tables.likeRate, kind: 'pct' },
          { label: t.tables.microRate, kind: 'pct' },
        ],
        rows: c.byFormat.map((x) => [x.format, x.posts, x.reach, x.likeRate, x.microEngagementRate]),
      },
    },
    ...postLists(ctx),
  ];
}
