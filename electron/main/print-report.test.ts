import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfPages } from '../../src/node/reports/pdf-pages';
import { testPdf } from '../../src/node/reports/test-pdf';
import { type PrintWindow, PRINT_WINDOW_OPTIONS, printReportPdf } from './print-report';
import { reportPdfCall } from './report-pdf-call';

/** Electron cannot start here: a recorder stands in for the hidden window. */
function recorder(fail = false) {
  const log: {
    options?: unknown;
    loaded?: string;
    printed: Record<string, unknown>[];
    commands: { method: string; params?: object }[];
    destroyed: boolean;
    filter?: (url: string) => boolean;
  } = {
    printed: [],
    commands: [],
    destroyed: false,
  };
  const create = (options: typeof PRINT_WINDOW_OPTIONS): PrintWindow => {
    log.options = options;
    return {
      loadFile: async (file) => {
        log.loaded = file;
        expect(existsSync(file)).toBe(true);
      },
      destroy: () => void (log.destroyed = true),
      webContents: {
        // The first print has the summary on page 3; once the contents are numbered, it still is.
        printToPDF: async (o) => {
          if (fail) throw new Error('printing failed');
          log.printed.push(o);
          return testPdf(6, { summary: 3 });
        },
        debugger: {
          attach: () => undefined,
          sendCommand: async (method, params) => {
            log.commands.push({ method, params });
            return {};
          },
        },
        setWindowOpenHandler: () => undefined,
        on: () => undefined,
        session: {
          webRequest: {
            onBeforeRequest: (listener) => {
              log.filter = (url) => {
                let cancelled = false;
                listener({ url }, (r) => void (cancelled = r.cancel));
                return cancelled;
              };
            },
          },
        },
      },
    };
  };
  return { log, create };
}

describe('printing a report in the app', () => {
  it('prints the HTML in a hidden sandboxed window without scripts, numbers the contents, then closes it and removes the file', async () => {
    const { log, create } = recorder();
    const pdf = await printReportPdf('<html></html>', create);
    expect(readPdfPages(pdf).pageCount).toBe(6);
    expect(log.options).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, nodeIntegration: false } });
    // Printed twice with the page's own size, margins and footer (its CSS), the contents' numbers added between.
    expect(log.printed).toEqual([
      { preferCSSPageSize: true, printBackground: true },
      { preferCSSPageSize: true, printBackground: true },
    ]);
    expect(log.commands).toEqual([
      {
        method: 'Runtime.evaluate',
        params: { expression: expect.stringContaining('#toc-page-summary::after { content: \\"3\\"; }') },
      },
    ]);
    expect(log.destroyed).toBe(true);
    expect(existsSync(log.loaded!)).toBe(false);
    expect(log.filter!('https://example.com/x.png')).toBe(true);
    expect(log.filter!('file:///tmp/report.html')).toBe(false);
  });

  it('closes the window when printing fails', async () => {
    const { log, create } = recorder(true);
    await expect(printReportPdf('<html></html>', create)).rejects.toThrow('printing failed');
    expect(log.destroyed).toBe(true);
  });

  it('answers reports.pdf: the worker renders, main prints, the PDF goes back as base64', async () => {
    const { create } = recorder();
    const seen: unknown[] = [];
    const render = async (input: unknown) => {
      seen.push(input);
      return { ok: true as const, value: { html: '<html></html>', title: 'Audit', tables: [], ms: 1 } };
    };
    const res = await reportPdfCall(render, { client: 'demo' }, create);
    expect(seen).toEqual([{ client: 'demo' }]);
    expect(res).toMatchObject({
      ok: true,
      value: { pdfBase64: Buffer.from(testPdf(6, { summary: 3 })).toString('base64'), title: 'Audit' },
    });
  });

  it('hands the worker’s refusal back as it is, and a printing failure as a user error', async () => {
    const { create } = recorder(true);
    const refused = { ok: false as const, error: 'bad', code: 'bad-request' as const, reason: { code: 'request.refused', params: {} } };
    expect(await reportPdfCall(async () => refused, {}, create)).toBe(refused);
    const ok = async () => ({ ok: true as const, value: { html: '', title: '', tables: [], ms: 0 } });
    expect(await reportPdfCall(ok, {}, create)).toMatchObject({ ok: false, code: 'user', reason: { code: 'reports.print-failed' } });
  });
});
