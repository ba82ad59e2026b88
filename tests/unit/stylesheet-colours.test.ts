import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssVariables, lightPalette } from '../../src/core/charts/palette';

/**
 * The palette (src/core/charts/palette.ts) is the one place for the theme's colours: a colour written
 * into a stylesheet would stay the same in dark mode and drift from the charts.
 */
const STYLES = resolve(__dirname, '../../src/renderer/styles');
const sheets = readdirSync(STYLES)
  .filter((f) => f.endsWith('.css'))
  .map((f) => ({ name: f, text: readFileSync(join(STYLES, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') }));

describe('the stylesheets', () => {
  it('write no colour of their own', () => {
    const colours = sheets.flatMap(({ name, text }) =>
      [...text.matchAll(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/gi)].map((m) => `${name}: ${m[0]}`),
    );
    expect(colours).toEqual([]);
  });

  it('use only custom properties that the palette or base.css defines', () => {
    const defined = new Set([
      ...Object.keys(cssVariables(lightPalette)),
      ...sheets.flatMap(({ text }) => [...text.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!)),
    ]);
    const used = new Set(sheets.flatMap(({ text }) => [...text.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!)));
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
    // The colours the stylesheets used to hold are among them.
    for (const name of ['--bg', '--surface', '--text', '--accent', '--warm', '--topbar']) expect(used).toContain(name);
  });
});
