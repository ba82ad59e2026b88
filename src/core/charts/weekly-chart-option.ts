import type { BarSeriesOption } from 'echarts/charts';
import type { DataZoomComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { StatsSummary } from '../contract';
import { fillWeeks } from './fill-weeks';
import type { Palette } from './palette';

export type WeeklyChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | DataZoomComponentOption
>;

export interface WeeklyChartParams {
  palette: Palette;
  /** BCP 47 tag ('en-GB', 'fr-FR') for the week labels and the numbers: the caller picks the language. */
  locale: string;
  /** The series' names, shown in the legend and the tooltip. */
  labels: { inbound: string; outbound: string };
  /** On screen: a tooltip and, on long histories, a zoom slider. A printed chart has neither. */
  interactive?: boolean;
  animation?: boolean;
  /** The Monday of a week that is not over (the data stop before its Sunday): its bars are drawn faded, outlined. */
  openWeek?: string | null;
}

/** Beyond half a year, bars get too thin to read: the screen chart gets a zoom slider under the axis. */
export const ZOOM_ABOVE_WEEKS = 26;

/** Inbound and outbound interactions per week, stacked: the volume and the brand's share at once. */
export function weeklyChartOption(active: StatsSummary['weekly'], params: WeeklyChartParams): WeeklyChartOption {
  const { palette: p, locale, labels, interactive = true, animation = false, openWeek = null } = params;
  const weekly = fillWeeks(active);
  const zoom = interactive && weekly.length > ZOOM_ABOVE_WEEKS;
  // Week keys are calendar dates (the Monday), so they are formatted as UTC dates, with no zone shift.
  const weekLabel = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  // An incomplete week is drawn marked, never as a drop (README "Partial periods").
  const values = (pick: (w: (typeof weekly)[number]) => number) =>
    weekly.map((w) =>
      w.week === openWeek
        ? { value: pick(w), itemStyle: { opacity: 0.45, borderType: 'dashed' as const, borderColor: p.text, borderWidth: 1 } }
        : pick(w),
    );
  return {
    animation,
    color: [p.chartInbound, p.chartOutbound],
    grid: { left: 48, right: 16, top: 40, bottom: zoom ? 64 : 32 },
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
      data: weekly.map((w) => weekLabel.format(new Date(w.week))),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: p.chartAxisLabel },
      axisLine: { lineStyle: { color: p.chartAxisLine } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      // ECharts would write 1,000 in every language.
      axisLabel: { color: p.chartAxisLabel, formatter: (v: number) => number.format(v) },
      splitLine: { lineStyle: { color: p.chartGridLine } },
    },
    dataZoom: zoom
      ? [
          {
            type: 'slider',
            height: 18,
            bottom: 8,
            borderColor: p.chartGridLine,
            fillerColor: p.chartZoomFill,
            textStyle: { color: p.chartAxisLabel },
            handleStyle: { color: p.chartZoomHandle, borderColor: p.chartZoomArea },
            dataBackground: { lineStyle: { color: p.chartZoomLine }, areaStyle: { color: p.chartZoomArea } },
            selectedDataBackground: { lineStyle: { color: p.chartZoomLine }, areaStyle: { color: p.chartZoomArea } },
          },
        ]
      : [],
    series: [
      { name: labels.inbound, type: 'bar', stack: 'all', data: values((w) => w.inbound), barMaxWidth: 36 },
      {
        name: labels.outbound,
        type: 'bar',
        stack: 'all',
        data: values((w) => w.outbound),
        barMaxWidth: 36,
        itemStyle: { borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}
