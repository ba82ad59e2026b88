import { useEffect, useRef } from 'react';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { download } from './download';

// Everything the builders of src/core/charts use, and nothing more: the rest of ECharts stays out of the bundle.
use([
  BarChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  MarkLineComponent,
  VisualMapComponent,
  SVGRenderer,
]);

/** What a click on a chart hit: its series, its index in the series' data, and the data item's value. */
export interface ChartItem {
  seriesIndex: number;
  dataIndex: number;
  value: unknown;
}

/**
 * An ECharts instance for an option built in src/core/charts. SVG, as in the printed reports, so the
 * screen and the paper draw alike. The chart is an image to assistive technology: `label` names it.
 */
export function EChart({
  option,
  label,
  testId,
  className = 'chart',
  exportName,
  onItemClick,
}: {
  option: EChartsCoreOption;
  label: string;
  testId?: string;
  className?: string;
  /** Offers the chart as an SVG and a PNG file of this name (without extension). */
  exportName?: string;
  /** A click on a bar, point or cell (a chart's numbers open their evidence); charts stay images to the keyboard. */
  onItemClick?: (item: ChartItem) => void;
}) {
  const { t } = useTranslation();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const onClick = useRef(onItemClick);
  useEffect(() => {
    onClick.current = onItemClick;
  }, [onItemClick]);
  useEffect(() => {
    const instance = init(el.current!, undefined, { renderer: 'svg', locale: 'EN' });
    chart.current = instance;
    instance.on('click', (e) => onClick.current?.({ seriesIndex: e.seriesIndex ?? 0, dataIndex: e.dataIndex, value: e.value }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  // Declared after the effect above, so it runs after it on mount (and after StrictMode's second mount).
  useEffect(() => {
    // notMerge: a new option replaces the old one, so a series or a slider that went away is removed.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  const save = (type: 'svg' | 'png') => {
    const instance = chart.current;
    if (instance && exportName) void exportChart(instance, type, exportName);
  };
  const figure = <div ref={el} className={className} role="img" aria-label={label} data-testid={testId} />;
  if (!exportName) return figure;
  return (
    <div className="chart-wrap">
      <div className="chart-tools">
        <button type="button" className="btn btn--ghost btn--small" onClick={() => save('svg')} aria-label={`${label}: ${t('exportSvg')}`}>
          {t('exportSvg')}
        </button>
        <button type="button" className="btn btn--ghost btn--small" onClick={() => save('png')} aria-label={`${label}: ${t('exportPng')}`}>
          {t('exportPng')}
        </button>
      </div>
      {figure}
    </div>
  );
}

/**
 * The chart as drawn, as a file. The SVG renderer gives SVG directly; a PNG is that SVG painted on a
 * canvas at twice the size, for slides and documents.
 */
async function exportChart(instance: ECharts, type: 'svg' | 'png', name: string): Promise<void> {
  const svg = instance.renderToSVGString();
  if (type === 'svg') return download(`${name}.svg`, svg, 'image/svg+xml');
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((done, fail) => {
      image.onload = () => done();
      image.onerror = () => fail(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = instance.getWidth() * 2;
    canvas.height = instance.getHeight() * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--surface') || 'white';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
    if (blob) download(`${name}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
