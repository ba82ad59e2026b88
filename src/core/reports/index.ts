/** The report: data read from a client, the model built from it, rendered to HTML and CSV. */
export { collectReportData, type ReportData } from './collect';
export { buildReportModel, type ReportOptions } from './build-model';
export { renderReportHtml, reportFooterTemplate, type HtmlAssets } from './html';
export { reportTablesCsv } from './csv';
export type { ReportModel } from './model';
