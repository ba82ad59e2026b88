import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Retention } from '../contract/metrics';
import { axisLabelStyle, axisLineStyle, type ChartParams, escapeHtml, heatmapScale, percentFormatter, tooltipBox } from './chart-style';

export type CohortHeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

type Cohort = Retention['cohorts'][number];

export interface CohortHeatmapParams extends ChartParams {
  labels: {
    /** A cohort's row: its period as a date. */
    cohort: (isoDay: string) => string;
    /** Column N ("W3", "M3"). */
    step: (n: number) => string;
    /** Legend and tooltip of the cells whose interval had not fully elapsed. */
    incomplete: string;
    /** Tooltip of a cohort whose period began before the data or the range. */
    partialCohort: string;
    /** Tooltip: "12 of 261 members". */
    members: (count: string, size: string) => string;
  };
}

/** A cohort's row label is marked with this when its period began before the data or the range. */
export const PARTIAL_COHORT_MARK = '*';
/** Cell values are written in the cells when the matrix is this small or smaller. */
const LABELS_UP_TO = 16;

/**
 * The retention matrix: one row per cohort (oldest on top), column N = the share of the cohort active
 * in interval N (classic) or in N or later (unbounded). The colour scale runs from 0 to the highest
 * share after N = 0 (which is 100% by definition and would wash the rest out). Cells whose interval
 * had not fully elapsed are drawn apart, in a neutral colour with a dashed outline, never on the scale:
 * a week still running is not a drop. A cohort of part of a period has its label marked.
 *
 * Each cell's data is [N, cohort index, share, count], so a click can open that cell's members.
 */
export function cohortHeatmapOption(cohorts: readonly Cohort[], params: CohortHeatmapParams): CohortHeatmapOption {
  const { palette: p, locale, labels, interactive = true, animation = false } = params;
  const pct = percentFormatter(locale, 0);
  const pctFine = percentFormatter(locale);
  const int = new Intl.NumberFormat(locale);
  const width = Math.max(0, ...cohorts.map((c) => c.values.length));
  const complete: [number, number, number, number][] = [];
  const incomplete: [number, number, number, number][] = [];
  let max = 0;
  cohorts.forEach((c, y) =>
    c.values.forEach((v, n) => {
      const cell: [number, number, number, number] = [n, y, v, c.counts[n] ?? 0];
      if (c.incompleteFrom !== null && n >= c.incompleteFrom) incomplete.push(cell);
      else {
        complete.push(cell);
        if (n > 0) max = Math.max(max, v);
      }
    }),
  );
  const showValues = cohorts.length <= LABELS_UP_TO && width <= LABELS_UP_TO;
  // A halo of the surface colour keeps the text readable on the palest and the darkest cell alike.
  const label = (color: string) => ({
    show: showValues,
    color,
    textBorderColor: p.surface,
    textBorderWidth: 2,
    fontSize: 11,
    formatter: (item: { value?: unknown }) => pct((item.value as number[])[2]!),
  });
  return {
    animation,
    grid: { left: 88, right: 16, top: 28, bottom: 64 },
    legend: {
      data: [labels.incomplete],
      top: 0,
      right: 0,
      itemWidth: 12,
      itemHeight: 12,
      textStyle: { color: p.chartLegend },
      selectedMode: false,
    },
    tooltip: {
      ...tooltipBox(p, interactive),
      formatter: (item) => {
        const one = Array.isArray(item) ? item[0] : item;
        const [n, y, v, count] = (one?.value as number[] | undefined) ?? [];
        const c = y === undefined ? undefined : cohorts[y];
        if (!c || n === undefined || v === undefined || count === undefined) return '';
        const lines = [
          `<b>${escapeHtml(labels.cohort(c.period))}</b> · ${escapeHtml(labels.step(n))}`,
          `${pctFine(v)} · ${escapeHtml(labels.members(int.format(count), int.format(c.size)))}`,
        ];
        if (c.incompleteFrom !== null && n >= c.incompleteFrom) lines.push(escapeHtml(labels.incomplete));
        if (c.partialStart) lines.push(escapeHtml(labels.partialCohort));
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: Array.from({ length: width }, (_, n) => labels.step(n)),
      splitArea: { show: false },
      axisLabel: axisLabelStyle(p),
      axisLine: axisLineStyle(p),
      axisTick: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: cohorts.map((c) => (c.partialStart ? `${labels.cohort(c.period)} ${PARTIAL_COHORT_MARK}` : labels.cohort(c.period))),
      // Every cohort named up to 20 rows, every other one up to 60 (a year of weeks), then about 30 names.
      axisLabel: {
        ...axisLabelStyle(p),
        interval: cohorts.length <= 20 ? 0 : cohorts.length <= 60 ? 1 : Math.ceil(cohorts.length / 30) - 1,
      },
      axisLine: axisLineStyle(p),
      axisTick: { show: false },
    },
    visualMap: [
      {
        seriesIndex: 0,
        ...heatmapScale(p, max, [pct(max > 0 ? max : 1), pct(0)], [p.accentSoft, p.chartInbound]),
      },
      // ECharts draws a heatmap only through a visual map: the running cells get one of a single neutral colour.
      {
        type: 'piecewise',
        seriesIndex: 1,
        show: false,
        pieces: [{ min: -Infinity, max: Infinity }],
        inRange: { color: [p.surfaceSubtle] },
      },
    ],
    series: [
      {
        type: 'heatmap',
        data: complete,
        label: label(p.text),
        itemStyle: { borderColor: p.surface, borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: p.text, borderWidth: 1 } },
      },
      {
        name: labels.incomplete,
        type: 'heatmap',
        data: incomplete,
        label: label(p.muted),
        itemStyle: { color: p.surfaceSubtle, borderColor: p.borderStrong, borderWidth: 1, borderType: 'dashed' },
        emphasis: { itemStyle: { borderColor: p.text, borderWidth: 1 } },
      },
    ],
  };
}
