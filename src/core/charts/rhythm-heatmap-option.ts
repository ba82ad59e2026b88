import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { RhythmCell } from '../contract/rhythm';
import { axisLabelStyle, axisLineStyle, type ChartParams, escapeHtml, heatmapScale, percentFormatter, tooltipBox } from './chart-style';

export type RhythmHeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

/** Which count of a slot the heatmap shows. */
export type RhythmMeasure = 'members' | 'memberMessages' | 'brand';

export interface RhythmHeatmapParams extends ChartParams {
  measure: RhythmMeasure;
  labels: {
    /** What the counts are ("Member interactions", "Brand messages"). */
    series: string;
  };
}

/** Monday … Sunday in the locale's short form (1 January 2024 was a Monday). */
export function weekdayNames(locale: string, width: 'short' | 'long' = 'short'): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, d) => f.format(new Date(Date.UTC(2024, 0, 1 + d))));
}

/** 0–23 as the locale writes an hour ("18" in English, "18 h" in French). */
export function hourNames(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' });
  return Array.from({ length: 24 }, (_, h) => f.format(new Date(Date.UTC(2024, 0, 1, h))));
}

/** The `k` busiest slots for a measure, busiest first (earlier in the week first on a tie); empty slots never. */
export function peakSlots(cells: readonly RhythmCell[], measure: RhythmMeasure, k = 3): RhythmCell[] {
  return cells
    .filter((c) => c[measure] > 0)
    .sort((a, b) => b[measure] - a[measure] || a.weekday - b.weekday || a.hour - b.hour)
    .slice(0, k);
}

/**
 * The share of members' messages (or interactions) sent in slots where the brand wrote nothing at all
 * over the period: the hours a brand is absent while its members talk. Null without member activity.
 */
export function unattendedShare(cells: readonly RhythmCell[], measure: Exclude<RhythmMeasure, 'brand'> = 'memberMessages'): number | null {
  let total = 0;
  let alone = 0;
  for (const c of cells) {
    total += c[measure];
    if (c.brand === 0) alone += c[measure];
  }
  return total > 0 ? alone / total : null;
}

/**
 * A week as a grid: weekdays down (Monday on top), hours of the client's wall clock across, each slot
 * coloured by its count. Members in the accent colour and the brand in the warm one, as everywhere, so
 * the two grids side by side show whether the brand is there when members are.
 */
export function rhythmHeatmapOption(cells: readonly RhythmCell[], params: RhythmHeatmapParams): RhythmHeatmapOption {
  const { palette: p, locale, measure, labels, interactive = true, animation = false } = params;
  const int = new Intl.NumberFormat(locale);
  const pct = percentFormatter(locale);
  const days = weekdayNames(locale);
  const longDays = weekdayNames(locale, 'long');
  const hours = hourNames(locale);
  const total = cells.reduce((s, c) => s + c[measure], 0);
  const max = Math.max(0, ...cells.map((c) => c[measure]));
  const brand = measure === 'brand';
  return {
    animation,
    grid: { left: 56, right: 16, top: 8, bottom: 56 },
    tooltip: {
      ...tooltipBox(p, interactive),
      formatter: (item) => {
        const one = Array.isArray(item) ? item[0] : item;
        const [h, d, v] = (one?.value as number[] | undefined) ?? [];
        if (h === undefined || d === undefined || v === undefined) return '';
        const next = hours[(h + 1) % 24]!;
        return `<b>${escapeHtml(longDays[d]!)} ${escapeHtml(hours[h]!)}–${escapeHtml(next)}</b><br/>${escapeHtml(labels.series)}: ${int.format(v)}${
          total > 0 ? ` (${pct(v / total)})` : ''
        }`;
      },
    },
    xAxis: {
      type: 'category',
      data: hours,
      splitArea: { show: false },
      axisLabel: { ...axisLabelStyle(p), interval: 1 },
      axisLine: axisLineStyle(p),
      axisTick: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: days,
      axisLabel: axisLabelStyle(p),
      axisLine: axisLineStyle(p),
      axisTick: { show: false },
    },
    visualMap: heatmapScale(p, max, [int.format(max), '0'], [p.surfaceSubtle, brand ? p.chartOutbound : p.chartInbound]),
    series: [
      {
        name: labels.series,
        type: 'heatmap',
        data: cells.map((c) => [c.hour, c.weekday, c[measure]]),
        itemStyle: { borderColor: p.surface, borderWidth: 2, borderRadius: 3 },
        emphasis: { itemStyle: { borderColor: p.text, borderWidth: 1 } },
      },
    ],
  };
}
