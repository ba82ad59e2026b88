import { contentsPagesCss } from '../../core/reports/html';
import { readPdfPages } from './pdf-pages';

/**
 * What the two-pass print needs of a page where the report's HTML is loaded: print it, and add a
 * stylesheet to it. A local Chromium (print-pdf.ts) and Electron's hidden window
 * (electron/main/print-report.ts) each provide both, so the app and the CLI number the contents alike.
 */
export interface LoadedReport {
  print(): Promise<Uint8Array>;
  addCss(css: string): Promise<void>;
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
    await report.addCss(contentsPagesCss(pages));
    pdf = await report.print();
    const printed = readPdfPages(pdf).destinations;
    if (samePages(printed, pages)) break;
    pages = printed;
  }
  return pdf;
}
