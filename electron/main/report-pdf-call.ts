import { failure, type CallResult } from '../../src/core/contract/call-result';
import type { ReportRendered } from '../../src/core/contract/reports';
import { printReportPdf, type PrintWindow, type PRINT_WINDOW_OPTIONS } from './print-report';

/**
 * `reports.pdf` in the app: the database worker renders the report (it has no window to print with),
 * then main prints that HTML with Electron's printToPDF in a hidden sandboxed window. The input is
 * checked by the worker against the contract, as for every call.
 */
export async function reportPdfCall(
  render: (input: unknown) => Promise<CallResult>,
  input: unknown,
  createWindow: (options: typeof PRINT_WINDOW_OPTIONS) => PrintWindow,
): Promise<CallResult> {
  const t0 = performance.now();
  const rendered = await render(input);
  if (!rendered.ok) return rendered;
  const report = rendered.value as ReportRendered;
  try {
    const pdf = await printReportPdf(report.html, createWindow);
    return {
      ok: true,
      value: { pdfBase64: Buffer.from(pdf).toString('base64'), title: report.title, ms: Math.round(performance.now() - t0) },
    };
  } catch (err) {
    return failure('user', 'reports.print-failed', { detail: (err instanceof Error ? err.message : String(err)).split('\n')[0]! });
  }
}
