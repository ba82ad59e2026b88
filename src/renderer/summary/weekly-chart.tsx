import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { StatsSummary } from '../../core/contract';
import { LOCALE } from '../ui/format';
import { fillWeeks } from './fill-weeks';
import { summaryStrings as t } from './strings';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, SVGRenderer]);

const INBOUND = '#4f46e5';
const OUTBOUND = '#f59e0b';
// Week keys are calendar dates (the Monday), so they are formatted as UTC dates, with no zone shift.
const weekLabel = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });

/** Inbound and outbound interactions per week, stacked: the volume and the brand's share at once. */
export function WeeklyChart({ weekly: active }: { weekly: StatsSummary['weekly'] }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const weekly = fillWeeks(active);
    const chart = echarts.init(el.current, undefined, { renderer: 'svg', locale: 'EN' });
    const labels = weekly.map((w) => weekLabel.format(new Date(w.week)));
    chart.setOption({
      animation: false,
      color: [INBOUND, OUTBOUND],
      grid: { left: 48, right: 16, top: 40, bottom: weekly.length > 26 ? 64 : 32 },
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: '#475467' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => Number(v).toLocaleString(LOCALE) },
      xAxis: { type: 'category', data: labels, axisTick: { alignWithLabel: true }, axisLabel: { color: '#667085' }, axisLine: { lineStyle: { color: '#d0d5dd' } } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#667085' }, splitLine: { lineStyle: { color: '#eaecf0' } } },
      dataZoom: weekly.length > 26 ? [{ type: 'slider', height: 18, bottom: 8, borderColor: '#eaecf0' }] : [],
      series: [
        { name: t.inbound, type: 'bar', stack: 'all', data: weekly.map((w) => w.inbound), barMaxWidth: 36 },
        { name: t.outbound, type: 'bar', stack: 'all', data: weekly.map((w) => w.outbound), barMaxWidth: 36, itemStyle: { borderRadius: [3, 3, 0, 0] } },
      ],
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(el.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [active]);
  return <div ref={el} className="chart" role="img" aria-label={t.weeklyTitle} data-testid="weekly-chart" />;
}
