import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { axisLabelStyle, axisLineStyle, type ChartParams, escapeHtml, heatmapScale, percentFormatter, tooltipBox } from './chart-style';

export type ThemeHeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

/** One row of the matrix: a theme and, per period, its share of the period's texts and its count. */
export interface ThemeHeatmapRow {
  label: string;
  shares: readonly number[];
  counts: readonly number[];
}

export interface ThemeHeatmapParams extends ChartParams {
  /** The periods across (week or month starts, YYYY-MM-DD). */
  periods: readonly string[];
  interval: 'week' | 'month';
  labels: { texts: string };
}

/** Longest theme label drawn on the axis (the tooltip has the whole). */
const LABEL_CHARS = 28;

/**
 * Themes down (largest on top), periods across, each cell coloured by the theme's share of the period's
 * texts: a theme growing shows as a row warming to the right, whatever the volume of the period.
 */
export function themeHeatmapOption(rows: readonly ThemeHeatmapRow[], params: ThemeHeatmapParams): ThemeHeatmapOption {
  const { palette: p, locale, periods, interval, labels, interactive = true, animation = false } = params;
  const int = new Intl.NumberFormat(locale);
  const pct = percentFormatter(locale);
  const date = new Intl.DateTimeFormat(
    locale,
    interval === 'week' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { month: 'short', year: '2-digit', timeZone: 'UTC' },
  );
  const names = periods.map((d) => date.format(new Date(`${d}T00:00:00Z`)));
  const short = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);
  const max = Math.max(0, ...rows.flatMap((r) => r.shares));
  const data = rows.flatMap((r, y) => r.shares.map((s, x) => [x, y, s, r.counts[x] ?? 0]));
  return {
    animation,
    grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
    tooltip: {
      ...tooltipBox(p, interactive),
      formatter: (item) => {
        const one = Array.isArray(item) ? item[0] : item;
        const [x, y, s, n] = (one?.value as number[] | undefined) ?? [];
        if (x === undefined || y === undefined || s === undefined || n === undefined) return '';
        return `<b>${escapeHtml(rows[y]!.label)}</b><br/>${escapeHtml(names[x]!)}: ${pct(s)} (${int.format(n)} ${escapeHtml(labels.texts)})`;
      },
    },
    xAxis: {
      type: 'category',
      data: names,
      axisLabel: axisLabelStyle(p),
      axisLine: axisLineStyle(p),
      axisTick: { show: false },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => short(r.label)),
      axisLabel: axisLabelStyle(p),
      axisLine: axisLineStyle(p),
      axisTick: { show: false },
    },
    visualMap: heatmapScale(p, max, [pct(max), pct(0)], [p.surfaceSubtle, p.chartInbound]),
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: p.surface, borderWidth: 1, borderRadius: 2 },
        emphasis: { itemStyle: { borderColor: p.text, borderWidth: 1 } },
      },
    ],
  };
}

/** A sparkline's polyline points in a w × h box (values scaled to the box's height, 0 at the bottom). */
export function sparklinePoints(values: readonly number[], w: number, h: number): string {
  if (values.length === 0) return '';
  const max = Math.max(...values);
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  return values.map((v, i) => `${(i * step).toFixed(1)},${(h - 1 - (max > 0 ? (v / max) * (h - 2) : 0)).toFixed(1)}`).join(' ');
}
