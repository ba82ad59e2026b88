import type { EChartsCoreOption } from 'echarts/core';
import type { ReportModel } from '../../core/reports/model';
import { renderReportHtml } from '../../core/reports/html';
import { inlineFontCss } from './fonts';
import { renderChartSvg } from './render-svg';

/** The report model as one self-contained HTML file: charts drawn by ECharts' SSR, fonts inlined. */
export async function reportHtml(model: ReportModel): Promise<string> {
  // Fonts are inlined last, knowing which emoji the report's text and charts hold; each chart is drawn once.
  const svgs = new Map<EChartsCoreOption, string>();
  const renderSvg = (option: EChartsCoreOption, width: number, height: number) => {
    let svg = svgs.get(option);
    if (svg === undefined) svgs.set(option, (svg = renderChartSvg(option, width, height)));
    return svg;
  };
  const draft = renderReportHtml(model, { renderSvg, fontCss: '' });
  return renderReportHtml(model, { renderSvg, fontCss: await inlineFontCss(draft) });
}
