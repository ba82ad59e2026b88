import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { printWithContentsPages } from '../../src/node/reports/page-numbers';

/** What printing needs of an Electron window (a BrowserWindow fits; the tests pass a recorder). */
export interface PrintWindow {
  loadFile(file: string): Promise<void>;
  destroy(): void;
  webContents: {
    printToPDF(options: Record<string, unknown>): Promise<Uint8Array>;
    /** The DevTools protocol, to write the contents' page numbers into a page that runs no script. */
    debugger: { attach(protocolVersion?: string): void; sendCommand(method: string, params?: object): Promise<unknown> };
    setWindowOpenHandler(handler: () => { action: 'deny' }): void;
    on(event: 'will-navigate', listener: (event: { preventDefault(): void }) => void): void;
    session: {
      webRequest: { onBeforeRequest(listener: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void): void };
    };
  };
}

/** A hidden, sandboxed window that runs no script and may load nothing but the report's own file. */
export const PRINT_WINDOW_OPTIONS = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    spellcheck: false,
    // A session of its own, so its request filter touches no other window.
    partition: 'report-print',
  },
} as const;

/** Electron's print settings for a report: A4, margins and the page footer from the page's CSS, backgrounds. */
const ELECTRON_PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true } as const;

/**
 * The app's PDF: the same HTML as `cercle report`, printed by Electron's printToPDF in a hidden window,
 * closed afterwards, twice as the CLI's Chromium does it so that the contents show each section's page
 * (src/node/reports/page-numbers.ts). The HTML goes through a temporary file: a report with embedded
 * fonts is too large for a data: URL.
 */
export async function printReportPdf(
  html: string,
  createWindow: (options: typeof PRINT_WINDOW_OPTIONS) => PrintWindow,
): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cercle-report-'));
  const file = path.join(dir, 'report.html');
  const win = createWindow(PRINT_WINDOW_OPTIONS);
  try {
    await writeFile(file, html);
    const wc = win.webContents;
    wc.setWindowOpenHandler(() => ({ action: 'deny' }));
    wc.on('will-navigate', (e) => e.preventDefault());
    wc.session.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !details.url.startsWith('file:') && !details.url.startsWith('data:') }),
    );
    await win.loadFile(file);
    wc.debugger.attach('1.3');
    return await printWithContentsPages({
      print: () => wc.printToPDF({ ...ELECTRON_PDF_OPTIONS }),
      send: async (method, params) => (await wc.debugger.sendCommand(method, params)) as { exceptionDetails?: { text: string } },
    });
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
