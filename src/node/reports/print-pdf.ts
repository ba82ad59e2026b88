import { CercleError } from '../../core/errors';
import { findChrome } from './find-chrome';
import { printWithContentsPages } from './page-numbers';

/** Chromium's print settings for a report: A4, margins and the page footer from the page's CSS, backgrounds. */
export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
} as const;

/** A Chromium page ready to print reports: opened while the report is still being computed. */
export interface Printer {
  /** The report's PDF, its contents numbered (page-numbers.ts). */
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

const printFailed = (err: unknown) =>
  err instanceof CercleError
    ? err
    : new CercleError('reports.print-failed', { detail: (err instanceof Error ? err.message : String(err)).split('\n')[0]! });

/**
 * Starts a local Chromium for printing reports (the CLI and the tests; the app uses Electron's own
 * printToPDF, electron/main/print-report.ts). The page may not load anything: the HTML is self-contained
 * and every request is refused, so a report never reaches the network. Starting it before the report is
 * rendered hides its launch (0.4–1.3 s here) behind the report's own computation.
 */
export async function openPrinter(chromePath: string): Promise<Printer> {
  // (no sandbox: it fails as root in containers; the page runs no script and may load nothing)
  // Loaded here, not at the top: playwright-core takes ~0.45 s to load, which every CLI command paid.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox'] }).catch((err: unknown) => {
    throw printFailed(err);
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    // The contents' page numbers go in through the DevTools protocol (page-numbers.ts).
    const cdp = await context.newCDPSession(page);
    return {
      print: async (html) => {
        try {
          await page.setContent(html, { waitUntil: 'load' });
          return await printWithContentsPages({
            print: () => page.pdf(PDF_OPTIONS),
            send: (method, params) => cdp.send(method, params),
          });
        } catch (err) {
          throw printFailed(err);
        }
      },
      close: () => browser.close(),
    };
  } catch (err) {
    await browser.close();
    throw printFailed(err);
  }
}

/** Prints one report's HTML with a local Chromium, started and closed for it. */
export async function printPdf(html: string, chromePath: string): Promise<Uint8Array> {
  const printer = await openPrinter(chromePath);
  try {
    return await printer.print(html);
  } finally {
    await printer.close();
  }
}

/** The printer `reports.pdf` uses in the CLI and `cercle serve`: the machine's Chromium, found when first needed. */
export function localChromePrinter(chrome?: string): (html: string) => Promise<Uint8Array> {
  return (html) => printPdf(html, findChrome(chrome));
}
