import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { InterInteraction } from '../contract/metrics';
import { axisLabelStyle, axisLineStyle, type ChartParams, escapeHtml, gridLineStyle, percentFormatter, tooltipBox } from './chart-style';

export type GapsHistogramOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface GapsHistogramParams extends ChartParams {
  labels: {
    series: string;
    /** A bucket's name from its bounds in days ("1 day", "4–7 days", "91+ days"), in the reader's language: the tooltip's. */
    bucket: (fromDays: number, toDays: number | null) => string;
    /** The axis' unit: its labels are the bare bounds ("4–7", "91+"), so nine buckets fit half a page. */
    axis: string;
  };
}

/**
 * How long members stay away between two active days: the gaps in buckets of days, as bars. The
 * buckets widen with the gap, so the bars compare counts of gaps, not a density.
 */
export function gapsHistogramOption(histogram: InterInteraction['histogram'], params: GapsHistogramParams): GapsHistogramOption {
  const { palette: p, locale, labels, interactive = true, animation = false } = params;
  const int = new Intl.NumberFormat(locale);
  const pct = percentFormatter(locale);
  const total = histogram.reduce((s, b) => s + b.count, 0);
  return {
    animation,
    color: [p.chartInbound],
    grid: { left: 48, right: 12, top: 16, bottom: 44 },
    tooltip: {
      ...tooltipBox(p, interactive),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items) => {
        const first = Array.isArray(items) ? items[0] : items;
        const b = first ? histogram[first.dataIndex] : undefined;
        if (!b) return '';
        return `<b>${escapeHtml(labels.bucket(b.fromDays, b.toDays))}</b><br/>${escapeHtml(labels.series)}: ${int.format(b.count)}${
          total > 0 ? ` (${pct(b.count / total)})` : ''
        }`;
      },
    },
    xAxis: {
      type: 'category',
      data: histogram.map((b) =>
        b.toDays === null ? `${b.fromDays}+` : b.fromDays === b.toDays ? `${b.fromDays}` : `${b.fromDays}–${b.toDays}`,
      ),
      name: labels.axis,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: p.chartAxisLabel },
      axisTick: { alignWithLabel: true },
      axisLabel: { ...axisLabelStyle(p), interval: 0 },
      axisLine: axisLineStyle(p),
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { ...axisLabelStyle(p), formatter: (v: number) => int.format(v) },
      splitLine: gridLineStyle(p),
    },
    series: [
      { name: labels.series, type: 'bar', data: histogram.map((b) => b.count), barMaxWidth: 40, itemStyle: { borderRadius: [3, 3, 0, 0] } },
    ],
  };
}
