import { contentsPagesCss } from '../../core/reports/html';
import { readPdfPages } from './pdf-pages';

/**
 * What the two-pass print needs of a page where the report's HTML is loaded: print it, and send it a
 * DevTools protocol command (Playwright's CDPSession.send for a local Chromium, print-pdf.ts; Electron's
 * webContents.debugger.sendCommand, electron/main/print-report.ts), so the app and the CLI number the
 * contents the very same way.
 */
export interface LoadedReport {
  print(): Promise<Uint8Array>;
  send(method: 'Runtime.evaluate', params: { expression: string }): Promise<{ exceptionDetails?: { text: string } }>;
}

/**
 * Appends a stylesheet to the page through the protocol. The page itself runs no script (Playwright's
 * javaScriptEnabled: false, Electron's javascript: false: the same Blink setting), and the protocol's
 * evaluation is not a page script, so this one line of ours still runs, under the page's CSP (inline
 * styles allowed). Electron's insertCSS would need Electron's own script in the page, which a page
 * without JavaScript does not run; the protocol's CSS domain takes 0.2–0.4 s to start on a report's
 * inlined fonts, this takes 2 ms.
 */
async function appendStyle(report: LoadedReport, css: string): Promise<void> {
  const res = await report.send('Runtime.evaluate', {
    expression: `document.head.appendChild(document.createElement('style')).textContent = ${JSON.stringify(css)}`,
  });
  if (res.exceptionDetails) throw new Error(`the contents' page numbers could not be added: ${res.exceptionDetails.text}`);
}

/** More prints than this and the contents keep moving the sections: the last print is returned as it is. */
const MAX_PRINTS = 3;

const samePages = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);

/**
 * Prints the report with its contents' page numbers. No printer offers CSS's target-counter() (Chromium
 * drops the rule), so the page is printed once; the PDF tells on which page each section starts (the
 * contents link every section, and Chromium writes a named destination for each link's target); a
 * stylesheet writes those numbers into the contents; and the page is printed again. The numbers sit in
 * fixed-width slots of a contents page of their own, so the sections do not move: the second print is
 * read back to make sure, and printed once more if they did.
 */
export async function printWithContentsPages(report: LoadedReport): Promise<Uint8Array> {
  let pdf = await report.print();
  let pages = readPdfPages(pdf).destinations;
  if (pages.size === 0) return pdf;
  for (let prints = 1; prints < MAX_PRINTS; prints++) {
    await appendStyle(report, contentsPagesCss(pages));
    pdf = await report.print();
    const printed = readPdfPages(pdf).destinations;
    if (samePages(printed, pages)) break;
    pages = printed;
  }
  return pdf;
}
