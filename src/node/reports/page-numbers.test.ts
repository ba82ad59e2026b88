// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentsPageId } from '../../core/reports/html';
import { printWithContentsPages } from './page-numbers';
import { testPdf } from './test-pdf';

/** A page whose prints are given in turn, recording the stylesheets added between them. */
function loaded(prints: Uint8Array[]) {
  const css: string[] = [];
  let printed = 0;
  return {
    css,
    printed: () => printed,
    report: {
      print: async () => prints[Math.min(printed++, prints.length - 1)]!,
      send: async (method: string, params: { expression: string }) => {
        expect(method).toBe('Runtime.evaluate');
        css.push(JSON.parse(/textContent = (".*")$/s.exec(params.expression)![1]!) as string);
        return {};
      },
    },
  };
}

describe('numbering the contents with a second print', () => {
  it('prints, writes each section’s page into the contents, and prints again', async () => {
    const first = testPdf(12, { summary: 3, funnel: 5 });
    const second = testPdf(12, { summary: 3, funnel: 5 });
    const page = loaded([first, second]);
    expect(await printWithContentsPages(page.report)).toBe(second);
    expect(page.printed()).toBe(2);
    expect(page.css).toEqual(['#toc-page-summary::after { content: "3"; }\n#toc-page-funnel::after { content: "5"; }']);
  });

  it('prints once more when the numbers moved a section, and stops after three prints', async () => {
    const moved = loaded([testPdf(12, { summary: 3 }), testPdf(12, { summary: 4 }), testPdf(12, { summary: 4 })]);
    await printWithContentsPages(moved.report);
    expect(moved.printed()).toBe(3);
    expect(moved.css.at(-1)).toContain('content: "4"');
    const restless = loaded([
      testPdf(12, { summary: 3 }),
      testPdf(12, { summary: 4 }),
      testPdf(12, { summary: 5 }),
      testPdf(12, { summary: 6 }),
    ]);
    await printWithContentsPages(restless.report);
    expect(restless.printed()).toBe(3);
  });

  it('says so when the page refuses the stylesheet', async () => {
    const report = {
      print: async () => testPdf(4, { summary: 3 }),
      send: async () => ({ exceptionDetails: { text: 'Uncaught' } }),
    };
    await expect(printWithContentsPages(report)).rejects.toThrow("the contents' page numbers could not be added: Uncaught");
  });

  it('prints once a page without contents', async () => {
    const page = loaded([testPdf(2, {})]);
    await printWithContentsPages(page.report);
    expect(page.printed()).toBe(1);
    expect(page.css).toEqual([]);
  });
});

const CHROME = '/usr/bin/chromium';

describe.runIf(existsSync(CHROME))('numbering the contents in a page that runs no script', () => {
  // Electron's javascript: false is Blink's scriptEnabled setting from the window's start: the same here,
  // rather than the DevTools emulation Playwright's javaScriptEnabled uses.
  it('writes each section’s page under the page’s CSP, while the page’s own script never runs', async () => {
    const sections = ['one', 'two', 'three'];
    const html = `<!doctype html><html><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <style>@page { size: A4; margin: 16mm; } body { margin: 0; } section { break-before: page; }</style></head><body>
      <nav>${sections.map((id) => `<p><a href="#${id}">Section ${id}</a> <span id="${contentsPageId(id)}"></span></p>`).join('')}</nav>
      <p id="script">no script ran</p><script>document.getElementById('script').textContent = 'a script ran';</script>
      <section id="one">One</section><section id="two"><div style="height: 400mm">Two</div></section><section id="three">Three</section>
      </body></html>`;
    const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--blink-settings=scriptEnabled=false'] });
    try {
      const context = await browser.newContext({ offline: true });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const cdp = await context.newCDPSession(page);
      const pdf = await printWithContentsPages({ print: () => page.pdf({ preferCSSPageSize: true }), send: (m, p) => cdp.send(m, p) });
      const dir = mkdtempSync(join(tmpdir(), 'cercle-contents-'));
      writeFileSync(join(dir, 'contents.pdf'), pdf);
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', join(dir, 'contents.pdf'), '-'], { encoding: 'utf8' });
      rmSync(dir, { recursive: true });
      expect(first).toMatch(/Section one +2\b/);
      expect(first).toMatch(/Section two +3\b/);
      expect(first).toMatch(/Section three +5\b/);
      expect(first).toContain('no script ran');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
