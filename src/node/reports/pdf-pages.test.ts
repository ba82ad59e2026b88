// @vitest-environment node
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfPages } from './pdf-pages';
import { printPdf } from './print-pdf';
import { testPdf } from './test-pdf';

const CHROME = '/usr/bin/chromium';

describe('reading the pages of a PDF', () => {
  it('numbers the pages in the order of a nested page tree and finds the destinations in /Dests', () => {
    const pdf = testPdf(20, { summary: 3, methodology: 17, last: 20 }, { perNode: 8 });
    const r = readPdfPages(pdf);
    expect(r.pageCount).toBe(20);
    expect(Object.fromEntries(r.destinations)).toEqual({ summary: 3, methodology: 17, last: 20 });
  });

  it('reads destinations from a /Names tree too', () => {
    const r = readPdfPages(testPdf(5, { a: 1, 'b-2': 4 }, { nameTree: true }));
    expect(Object.fromEntries(r.destinations)).toEqual({ a: 1, 'b-2': 4 });
  });

  it('refuses what it does not know in one sentence', () => {
    expect(() => readPdfPages(new TextEncoder().encode('%PDF-1.7\nnothing here'))).toThrow(/not a PDF this reader knows: no startxref/);
    const pdf = testPdf(2, {});
    const cut = Uint8Array.from([...pdf.subarray(0, 40), ...pdf.subarray(pdf.length - 30)]);
    expect(() => readPdfPages(cut)).toThrow(/not a PDF this reader knows/);
  });

  it.runIf(existsSync(CHROME))(
    'finds on which page Chromium printed each element an internal link points at',
    async () => {
      const html = `<!doctype html><html><head><style>
        @page { size: A4; margin: 16mm; } body { margin: 0; } section { break-before: page; }
      </style></head><body>
        <nav><a href="#one">One</a> <a href="#two">Two</a> <a href="#three">Three</a></nav>
        <section id="one">One</section>
        <section id="two"><div style="height: 500mm">Two, over two pages</div></section>
        <section id="three">Three</section>
        <p id="not-linked">a target no link points at</p>
      </body></html>`;
      const r = readPdfPages(await printPdf(html, CHROME));
      expect(r.pageCount).toBe(5);
      expect(Object.fromEntries(r.destinations)).toEqual({ one: 2, two: 3, three: 5 });
    },
    60_000,
  );
});
