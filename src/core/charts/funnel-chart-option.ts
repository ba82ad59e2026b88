import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FunnelStep } from '../contract/metrics';
import type { Palette } from './palette';

export type FunnelChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

type StepName = FunnelStep['step'];

export interface FunnelChartParams {
  palette: Palette;
  /** BCP 47 tag for the numbers and percentages. */
  locale: string;
  labels: {
    steps: Record<StepName, string>;
    /** The ladder: reached the step or a higher one. */
    members: string;
    /** Did the step's own action. */
    literal: string;
  };
  /** On screen: a tooltip. A printed chart has none. */
  interactive?: boolean;
  animation?: boolean;
}

/**
 * The member ladder as horizontal bars, audience on top: for each step the members who reached it
 * (the ladder, labelled with the share of the audience) beside those who did the step's own action.
 * The two differ on purpose (a member who only wrote reached "reacted" on the ladder without a like),
 * so both are drawn and named, never one for the other.
 */
export function funnelChartOption(steps: readonly FunnelStep[], params: FunnelChartParams): FunnelChartOption {
  const { palette: p, locale, labels, interactive = true, animation = false } = params;
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const overall = new Map(steps.map((s) => [labels.steps[s.step], s.overallConversion]));
  return {
    animation,
    color: [p.chartInbound, p.chartOutbound],
    grid: { left: 8, right: 96, top: 36, bottom: 8, containLabel: true },
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
    yAxis: {
      type: 'category',
      inverse: true,
      data: steps.map((s) => labels.steps[s.step]),
      axisTick: { show: false },
      axisLabel: { color: p.chartAxisLabel },
      axisLine: { lineStyle: { color: p.chartAxisLine } },
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: p.chartAxisLabel, formatter: (v: number) => number.format(v) },
      splitLine: { lineStyle: { color: p.chartGridLine } },
    },
    series: [
      {
        name: labels.members,
        type: 'bar',
        data: steps.map((s) => s.members),
        barMaxWidth: 18,
        itemStyle: { borderRadius: [0, 3, 3, 0] },
        label: {
          show: true,
          position: 'right',
          color: p.textSecondary,
          formatter: (x: { name: string; value: unknown }) => {
            const share = overall.get(x.name);
            const n = number.format(Number(x.value));
            return share === null || share === undefined ? n : `${n} · ${percent.format(share)}`;
          },
        },
      },
      {
        name: labels.literal,
        type: 'bar',
        data: steps.map((s) => s.literalMembers),
        barMaxWidth: 18,
        itemStyle: { borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', color: p.muted, formatter: (x: { value: unknown }) => number.format(Number(x.value)) },
      },
    ],
  };
}
