// @vitest-environment node
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChrome } from './find-chrome';
import { inlineFontCss } from './fonts';
import { PDF_OPTIONS } from './print-pdf';

const page = (css: string, text: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><style>${css}\nbody { font-family: 'Inter', 'Noto Color Emoji'; }</style></head><body><p>${text}</p></body></html>`;

describe('the report’s fonts', () => {
  it('carry the emoji font only when the text has emoji', async () => {
    const plain = await inlineFontCss('Audit de communauté · 38 %');
    expect(plain.match(/font-family: 'Inter'/g)?.length).toBe(4);
    expect(plain).not.toMatch(/Noto Color Emoji/);
    const css = await inlineFontCss('Un café ☕');
    expect(css).toMatch(/Noto Color Emoji/);
    expect(css).not.toMatch(/url\(\.\//);
  });

  it('print emoji in colour: the shipped emoji font keeps its colour table (COLR) without its SVG one', async () => {
    const browser = await chromium.launch({ executablePath: findChrome(undefined), args: ['--no-sandbox'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const tab = await context.newPage();
      const text = 'Un café ☕ et des cadeaux 🎁🎉';
      await tab.setContent(page(await inlineFontCss(text), text), { waitUntil: 'load' });
      const pdf = Buffer.from(await tab.pdf(PDF_OPTIONS)).toString('latin1');
      // Chromium prints a colour glyph as a Type 3 font, an outline glyph as a TrueType one
      expect(pdf).toMatch(/\/Subtype\s*\/Type3/);
      expect(pdf).toMatch(/NotoColorEmoji/);
    } finally {
      await browser.close();
    }
  });
});
