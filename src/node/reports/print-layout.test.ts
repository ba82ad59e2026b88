// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { reportCss } from '../../core/reports/report-css';
import { findChrome } from './find-chrome';
import { PDF_OPTIONS } from './print-pdf';

const doc = (cell: string) => `<!doctype html><html><head><meta charset="utf-8"><style>${reportCss('#4f46e5', '#f59e0b', {
  left: '"Audit"',
  pageWord: '"Page"',
})}</style></head><body><p>Marker paragraph of ordinary words.</p>
<table><thead><tr><th>Export</th><th class="n">Files</th></tr></thead><tbody><tr><td class="w">${cell}</td><td class="n">3</td></tr></tbody></table>
<table><thead><tr><th>Platform</th>${'<th class="n">Conversations opened</th>'.repeat(6)}</tr></thead>
<tbody><tr><td>Toutes les plateformes</td>${'<td class="n">1 953</td>'.repeat(6)}</tr></tbody></table>
<blockquote><p>${cell}</p></blockquote></body></html>`;

/** The words pdftotext reads, with the height of the word "Marker": the type size as printed. */
function printed(pdf: Buffer): { markerHeight: number; words: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'cercle-layout-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), pdf);
    const html = execFileSync('pdftotext', ['-bbox', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
    const m = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Marker</.exec(html)!;
    return { markerHeight: Number(m[2]) - Number(m[1]), words: [...html.matchAll(/>([^<]+)<\/word>/g)].map((w) => w[1]!) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the printed report’s layout', () => {
  it('wraps a file name or URL longer than the page instead of shrinking every page to fit it, and cuts no ordinary word', async () => {
    const browser = await chromium.launch({ executablePath: findChrome(undefined), args: ['--no-sandbox'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      const print = async (cell: string) => {
        await page.setContent(doc(cell), { waitUntil: 'load' });
        return Buffer.from(await page.pdf(PDF_OPTIONS));
      };
      const normal = printed(await print('discord.json'));
      const long = printed(await print(`/tmp/exports/${'Maison_Lumière_Communauté_'.repeat(12)}[1178832627302400005].json`));
      expect(normal.markerHeight).toBeGreaterThan(5);
      expect(long.markerHeight).toBeCloseTo(normal.markerHeight, 1);
      // a narrow text column of an ordinary table keeps its words whole
      expect(long.words).toContain('plateformes');
    } finally {
      await browser.close();
    }
  });
});
