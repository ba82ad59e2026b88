import { describe, expect, it } from 'vitest';
import { cssVariableName, cssVariables, darkPalette, lightPalette, palettes } from './palette';

describe('palette', () => {
  it('names each colour as the stylesheets do', () => {
    expect(cssVariableName('surfaceMuted')).toBe('--surface-muted');
    expect(cssVariableName('chartInbound')).toBe('--chart-inbound');
    expect(cssVariables(lightPalette)).toMatchObject({
      '--bg': '#f5f6f8',
      '--accent': '#4f46e5',
      '--chart-outbound': '#f59e0b',
      '--text-secondary': '#344054',
    });
  });

  it('gives both schemes the same names, each a colour', () => {
    expect(Object.keys(cssVariables(darkPalette))).toEqual(Object.keys(cssVariables(lightPalette)));
    for (const palette of Object.values(palettes))
      for (const value of Object.values(palette)) expect(value).toMatch(/^(#[0-9a-f]{6}|rgba\(\d+, \d+, \d+, [\d.]+\))$/);
  });

  it('draws the charts in the accent colours of the page', () => {
    for (const p of [lightPalette, darkPalette]) {
      expect(p.chartInbound).toBe(p.accent);
      expect(p.chartOutbound).toBe(p.warm);
    }
  });
});
