import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Everything the builders of src/core/charts use, and nothing more: the rest of ECharts stays out of the bundle.
use([BarChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, SVGRenderer]);

/**
 * An ECharts instance for an option built in src/core/charts. SVG, as in the printed reports, so the
 * screen and the paper draw alike. The chart is an image to assistive technology: `label` names it.
 */
export function EChart({
  option,
  label,
  testId,
  className = 'chart',
}: {
  option: EChartsCoreOption;
  label: string;
  testId?: string;
  className?: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  useEffect(() => {
    const instance = init(el.current!, undefined, { renderer: 'svg', locale: 'EN' });
    chart.current = instance;
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
  return <div ref={el} className={className} role="img" aria-label={label} data-testid={testId} />;
}
