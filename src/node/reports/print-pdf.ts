import { chromium } from 'playwright-core';
import { CercleError } from '../../core/errors';
import { findChrome } from './find-chrome';

/** Chromium's print settings for a report: A4 from the page's CSS, backgrounds, a footer with page numbers. */
export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
} as const;

/**
 * Prints the report's HTML with a local Chromium (the CLI and the tests; the app uses Electron's own
 * printToPDF, electron/main/print-report.ts). The page may not load anything: the HTML is self-contained
 * and every request is refused, so a report never reaches the network.
 */
export async function printPdf(html: string, footerTemplate: string, chromePath: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox'] });
  // (no sandbox: it fails as root in containers; the page runs no script and may load nothing)
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ ...PDF_OPTIONS, footerTemplate });
  } catch (err) {
    if (err instanceof CercleError) throw err;
    throw new CercleError('reports.print-failed', { detail: (err instanceof Error ? err.message : String(err)).split('\n')[0]! });
  } finally {
    await browser.close();
  }
}

/** The printer `reports.pdf` uses in the CLI and `cercle serve`: the machine's Chromium, found when first needed. */
export function localChromePrinter(chrome?: string): (html: string, footerTemplate: string) => Promise<Uint8Array> {
  return (html, footerTemplate) => printPdf(html, footerTemplate, findChrome(chrome));
}
