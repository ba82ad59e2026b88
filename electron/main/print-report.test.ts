import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type PrintWindow, PRINT_WINDOW_OPTIONS, printReportPdf } from './print-report';
import { reportPdfCall } from './report-pdf-call';

/** Electron cannot start here: a recorder stands in for the hidden window. */
function recorder(fail = false) {
  const log: {
    options?: unknown;
    loaded?: string;
    printed?: Record<string, unknown>;
    destroyed: boolean;
    filter?: (url: string) => boolean;
  } = {
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
        printToPDF: async (o) => {
          if (fail) throw new Error('printing failed');
          log.printed = o;
          return new Uint8Array([37, 80, 68, 70]);
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
  it('prints the HTML in a hidden sandboxed window without scripts, with the footer, then closes it and removes the file', async () => {
    const { log, create } = recorder();
    const pdf = await printReportPdf('<html></html>', '<div>footer</div>', create);
    expect(Buffer.from(pdf).toString()).toBe('%PDF');
    expect(log.options).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, nodeIntegration: false } });
    expect(log.printed).toMatchObject({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      footerTemplate: '<div>footer</div>',
    });
    expect(log.destroyed).toBe(true);
    expect(existsSync(log.loaded!)).toBe(false);
    expect(log.filter!('https://example.com/x.png')).toBe(true);
    expect(log.filter!('file:///tmp/report.html')).toBe(false);
  });

  it('closes the window when printing fails', async () => {
    const { log, create } = recorder(true);
    await expect(printReportPdf('<html></html>', '', create)).rejects.toThrow('printing failed');
    expect(log.destroyed).toBe(true);
  });

  it('answers reports.pdf: the worker renders, main prints, the PDF goes back as base64', async () => {
    const { create } = recorder();
    const seen: unknown[] = [];
    const render = async (input: unknown) => {
      seen.push(input);
      return { ok: true as const, value: { html: '<html></html>', title: 'Audit', tables: [], footerTemplate: '', ms: 1 } };
    };
    const res = await reportPdfCall(render, { client: 'demo' }, create);
    expect(seen).toEqual([{ client: 'demo' }]);
    expect(res).toMatchObject({ ok: true, value: { pdfBase64: Buffer.from('%PDF').toString('base64'), title: 'Audit' } });
  });

  it('hands the worker’s refusal back as it is, and a printing failure as a user error', async () => {
    const { create } = recorder(true);
    const refused = { ok: false as const, error: 'bad', code: 'bad-request' as const, reason: { code: 'request.refused', params: {} } };
    expect(await reportPdfCall(async () => refused, {}, create)).toBe(refused);
    const ok = async () => ({ ok: true as const, value: { html: '', title: '', tables: [], footerTemplate: '', ms: 0 } });
    expect(await reportPdfCall(ok, {}, create)).toMatchObject({ ok: false, code: 'user', reason: { code: 'reports.print-failed' } });
  });
});
