import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { LifecycleRow } from '../contract/metrics';
import { axisLabelStyle, axisLineStyle, type ChartParams, escapeHtml, gridLineStyle, tooltipBox } from './chart-style';

export type LifecycleOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export const LIFECYCLE_CLASSES = ['new', 'returning', 'resurrecting', 'dormant'] as const;
export type LifecycleClass = (typeof LIFECYCLE_CLASSES)[number];

export interface LifecycleParams extends ChartParams {
  labels: Record<LifecycleClass, string> & {
    /** A period's axis label (its first day as a date). */
    period: (isoDay: string) => string;
    /** Tooltip line of a period that is not whole (not over, or begun before the data or the range). */
    incomplete: string;
  };
}

/** An incomplete period's label on the axis carries this mark. */
export const INCOMPLETE_MARK = '*';
/** Opacity of the bars of an incomplete period: there, but visibly not comparable. */
const INCOMPLETE_OPACITY = 0.35;

/**
 * PostHog's lifecycle: per period, the new, returning and resurrecting members stacked above zero and
 * the members who went dormant below it, so growth and churn read on one axis. A period that is not
 * whole is drawn faded with a dashed outline and marked on the axis: its counts are not those of a
 * whole period and must not read as a drop. Each bar's series is its class and its index the row's,
 * so a click can open that bar's members.
 */
export function lifecycleOption(rows: readonly LifecycleRow[], params: LifecycleParams): LifecycleOption {
  const { palette: p, locale, labels, interactive = true, animation = false } = params;
  const int = new Intl.NumberFormat(locale);
  const colours: Record<LifecycleClass, string> = {
    new: p.chartInbound,
    returning: p.ok,
    resurrecting: p.chartOutbound,
    dormant: p.danger,
  };
  const bar = (cls: LifecycleClass): BarSeriesOption => ({
    name: labels[cls],
    type: 'bar',
    stack: 'life',
    barMaxWidth: 32,
    data: rows.map((r) => {
      const value = cls === 'dormant' ? -r.dormant : r[cls];
      return r.complete
        ? value
        : {
            value,
            itemStyle: { opacity: INCOMPLETE_OPACITY, borderColor: colours[cls], borderType: 'dashed' as const, borderWidth: 1 },
          };
    }),
  });
  return {
    animation,
    color: LIFECYCLE_CLASSES.map((c) => colours[c]),
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: p.chartLegend } },
    tooltip: {
      ...tooltipBox(p, interactive),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items) => {
        const first = Array.isArray(items) ? items[0] : items;
        const r = first ? rows[first.dataIndex] : undefined;
        if (!r) return '';
        const lines = [`<b>${escapeHtml(labels.period(r.period))}</b>`];
        for (const cls of LIFECYCLE_CLASSES) lines.push(`${escapeHtml(labels[cls])}: ${int.format(r[cls])}`);
        if (!r.complete) lines.push(`<i>${escapeHtml(labels.incomplete)}</i>`);
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => (r.complete ? labels.period(r.period) : `${labels.period(r.period)} ${INCOMPLETE_MARK}`)),
      axisTick: { alignWithLabel: true },
      axisLabel: axisLabelStyle(p),
      axisLine: { ...axisLineStyle(p), onZero: false },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      // Dormant members are drawn below zero but counted as people: the axis writes them unsigned.
      axisLabel: { ...axisLabelStyle(p), formatter: (v: number) => int.format(Math.abs(v)) },
      splitLine: gridLineStyle(p),
    },
    series: LIFECYCLE_CLASSES.map(bar),
  };
}
