import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Retention } from '../contract/metrics';
import { axisLabelStyle, axisLineStyle, type ChartParams, escapeHtml, gridLineStyle, percentFormatter, tooltipBox } from './chart-style';

export type RetentionCurveOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface RetentionCurveParams extends ChartParams {
  labels: {
    /** The series: members active in interval N or later. */
    series: string;
    /** The x axis' point N ("Week 3", "Mois 3"). */
    step: (n: number) => string;
    /** The tooltip's line under the share: over how many members it was measured. */
    base: (members: string) => string;
  };
}

/**
 * The unbounded retention curve: at N, the share of members who came back in interval N or later,
 * over the cohorts for which N intervals had elapsed (so the right end is measured on fewer, older
 * cohorts: the tooltip says over how many members). It never rises, unlike the classic matrix's columns.
 * It starts at N = 1: at N = 0 every cohort is whole.
 */
export function retentionCurveOption(all: Retention['curve'], params: RetentionCurveParams): RetentionCurveOption {
  const { palette: p, locale, labels, interactive = true, animation = false } = params;
  // N = 0 is the whole cohort, 100% by definition: drawn, it would squash every other point against the axis.
  const curve = all.filter((c) => c.n > 0);
  const top = Math.max(0, ...curve.map((c) => c.value ?? 0));
  const pct = percentFormatter(locale);
  const int = new Intl.NumberFormat(locale);
  return {
    animation,
    color: [p.chartInbound],
    grid: { left: 56, right: 20, top: 16, bottom: 32 },
    tooltip: {
      ...tooltipBox(p, interactive),
      trigger: 'axis',
      formatter: (items) => {
        const first = Array.isArray(items) ? items[0] : items;
        const point = first ? curve[first.dataIndex] : undefined;
        if (!point) return '';
        return `${escapeHtml(labels.step(point.n))}<br/><b>${point.value === null ? '—' : pct(point.value)}</b><br/>${escapeHtml(labels.base(int.format(point.members)))}`;
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: curve.map((c) => labels.step(c.n)),
      axisLabel: axisLabelStyle(p),
      axisLine: axisLineStyle(p),
    },
    yAxis: {
      type: 'value',
      min: 0,
      // To the highest point, rounded up to the next tenth (a tenth at least).
      max: Math.min(1, Math.max(0.1, Math.ceil(top * 10 - 1e-9) / 10)),
      axisLabel: { ...axisLabelStyle(p), formatter: (v: number) => pct(v) },
      splitLine: gridLineStyle(p),
    },
    series: [
      {
        name: labels.series,
        type: 'line',
        data: curve.map((c) => c.value),
        symbolSize: 6,
        lineStyle: { width: 2.5 },
        areaStyle: { color: p.accentSoft, opacity: 0.6 },
      },
    ],
  };
}
