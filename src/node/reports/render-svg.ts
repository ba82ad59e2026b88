import * as echarts from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';

/**
 * A chart option rendered to SVG the way the explorer draws it, without a DOM: ECharts' server-side
 * rendering. The SVG gets a viewBox so it scales to the printed width.
 */
export function renderChartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    const svg = chart.renderToSVGString();
    return svg.includes('viewBox') ? svg : svg.replace('<svg ', `<svg viewBox="0 0 ${width} ${height}" `);
  } finally {
    chart.dispose();
  }
}
