import type { ReportModel } from '../../core/reports/model';
import { renderReportHtml } from '../../core/reports/html';
import { inlineFontCss } from './fonts';
import { renderChartSvg } from './render-svg';

/** The report model as one self-contained HTML file: charts drawn by ECharts' SSR, fonts inlined. */
export async function reportHtml(model: ReportModel): Promise<string> {
  // Fonts are inlined last, knowing whether any text of the report needs the emoji font.
  const draft = renderReportHtml(model, { renderSvg: () => '', fontCss: '' });
  return renderReportHtml(model, { renderSvg: renderChartSvg, fontCss: await inlineFontCss(draft) });
}
