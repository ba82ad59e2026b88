import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { StickinessMonth } from '../contract/recurrence';
import { axisLabelStyle, axisLineStyle, type ChartParams, escapeHtml, gridLineStyle, percentFormatter, tooltipBox } from './chart-style';

export type StickinessOption = ComposeOption<LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface StickinessParams extends ChartParams {
  labels: {
    /** The line: WAU/MAU. */
    series: string;
    /** The dashed part: months not whole. */
    incomplete: string;
    month: (isoDay: string) => string;
    /** Tooltip: "137 a week on average, of 441 in the month". */
    detail: (weekly: string, monthly: string) => string;
  };
}

/**
 * WAU/MAU month by month: a solid line over whole months, dashed (with hollow points) into and across
 * the months that are not whole, so the month still running reads as unfinished rather than as a fall.
 */
export function stickinessOption(months: readonly StickinessMonth[], params: StickinessParams): StickinessOption {
  const { palette: p, locale, labels, interactive = true, animation = false } = params;
  const pct = percentFormatter(locale);
  const dec = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const solid = months.map((m) => (m.complete ? m.wauMau : null));
  // The dashed line holds the incomplete months and the whole months next to them, so it joins the solid line.
  const dashed = months.map((m, i) => {
    const near = !m.complete || months[i - 1]?.complete === false || months[i + 1]?.complete === false;
    return near ? m.wauMau : null;
  });
  const top = Math.max(0, ...months.map((m) => m.wauMau ?? 0));
  return {
    animation,
    color: [p.chartInbound, p.chartInbound],
    grid: { left: 56, right: 20, top: 40, bottom: 32 },
    legend: { top: 0, left: 0, itemWidth: 18, itemHeight: 10, textStyle: { color: p.chartLegend } },
    tooltip: {
      ...tooltipBox(p, interactive),
      trigger: 'axis',
      formatter: (items) => {
        const first = Array.isArray(items) ? items[0] : items;
        const m = first ? months[first.dataIndex] : undefined;
        if (!m) return '';
        const lines = [
          `<b>${escapeHtml(labels.month(m.period))}</b>`,
          `${labels.series}: <b>${m.wauMau === null ? '—' : pct(m.wauMau)}</b>`,
        ];
        if (m.averageWeeklyActive !== null)
          lines.push(escapeHtml(labels.detail(dec.format(m.averageWeeklyActive), dec.format(m.monthlyActive))));
        if (!m.complete) lines.push(`<i>${escapeHtml(labels.incomplete)}</i>`);
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: months.map((m) => labels.month(m.period)),
      axisLabel: axisLabelStyle(p),
      axisLine: axisLineStyle(p),
    },
    yAxis: {
      type: 'value',
      min: 0,
      // WAU/MAU lies between 1/5 and 1; a scale to the highest month (rounded up to a tenth) keeps the curve readable.
      max: Math.min(1, Math.max(0.1, Math.ceil(top * 10 - 1e-9) / 10)),
      axisLabel: { ...axisLabelStyle(p), formatter: (v: number) => pct(v) },
      splitLine: gridLineStyle(p),
    },
    series: [
      { name: labels.series, type: 'line', data: solid, symbolSize: 6, lineStyle: { width: 2.5 }, connectNulls: false },
      {
        name: labels.incomplete,
        type: 'line',
        data: dashed,
        symbol: 'emptyCircle',
        symbolSize: 6,
        lineStyle: { width: 2, type: 'dashed' },
        itemStyle: { color: p.chartInbound, borderColor: p.chartInbound },
        connectNulls: false,
        // The whole months it borrows are drawn by the solid line; its own points are the incomplete ones.
        z: 1,
      },
    ],
  };
}
