import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { MemberDetail } from '../contract/members';
import type { Palette } from './palette';

export type MemberActivityOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface MemberActivityParams {
  palette: Palette;
  /** BCP 47 tag ('en-GB', 'fr-FR') for the month labels and the numbers. */
  locale: string;
  /** The series' names: what the member said or wrote, and the rest (reactions, saves, follows…). */
  labels: { active: string; other: string };
  /** On screen, a tooltip; a printed chart has none. */
  interactive?: boolean;
  animation?: boolean;
}

type Month = MemberDetail['activity'][number];

/** Months without activity between the first and the last come back as zeros, so time reads evenly. */
export function fillMonths(months: readonly Month[]): Month[] {
  if (months.length === 0) return [];
  const by = new Map(months.map((m) => [m.month, m]));
  const [y0, m0] = months[0]!.month.split('-').map(Number) as [number, number];
  const [y1, m1] = months[months.length - 1]!.month.split('-').map(Number) as [number, number];
  const out: Month[] = [];
  for (let k = y0 * 12 + m0 - 1; k <= y1 * 12 + m1 - 1; k++) {
    const month = `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`;
    out.push(by.get(month) ?? { month, interactions: 0, active: 0 });
  }
  return out;
}

/** A member's interactions per month on the client's calendar: the active ones, and the others stacked on them. */
export function memberActivityOption(months: readonly Month[], params: MemberActivityParams): MemberActivityOption {
  const { palette: p, locale, labels, interactive = true, animation = false } = params;
  const all = fillMonths(months);
  // Month keys are calendar dates (the first of the month), formatted as UTC dates: no zone shift.
  const label = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  return {
    animation,
    color: [p.chartInbound, p.accentLine],
    grid: { left: 40, right: 12, top: 36, bottom: 28 },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: p.chartLegend } },
    tooltip: interactive
      ? {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          backgroundColor: p.surface,
          borderColor: p.border,
          textStyle: { color: p.text },
          valueFormatter: (v) => (typeof v === 'number' ? number.format(v) : String(v)),
        }
      : { show: false },
    xAxis: {
      type: 'category',
      data: all.map((m) => label.format(new Date(`${m.month}T00:00:00Z`))),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: p.chartAxisLabel },
      axisLine: { lineStyle: { color: p.chartAxisLine } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: p.chartAxisLabel, formatter: (v: number) => number.format(v) },
      splitLine: { lineStyle: { color: p.chartGridLine } },
    },
    series: [
      { name: labels.active, type: 'bar', stack: 'all', data: all.map((m) => m.active), barMaxWidth: 28 },
      {
        name: labels.other,
        type: 'bar',
        stack: 'all',
        data: all.map((m) => m.interactions - m.active),
        barMaxWidth: 28,
        itemStyle: { borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}
