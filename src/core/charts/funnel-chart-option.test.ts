import { describe, expect, it } from 'vitest';
import { funnelChartOption, type FunnelChartOption } from './funnel-chart-option';
import { darkPalette, lightPalette } from './palette';
import { STEP_LABELS, STEPS } from './test-charts';

const english = { palette: lightPalette, locale: 'en-GB', labels: { steps: STEP_LABELS, members: 'Reached', literal: 'Did it' } };
const one = <T>(part: T | T[] | undefined): T => (Array.isArray(part) ? part[0]! : part!);
const seriesOf = (o: FunnelChartOption) => (Array.isArray(o.series) ? o.series : [o.series!]);

describe('funnelChartOption', () => {
  it('draws the ladder and the literal counts side by side, audience on top, each named', () => {
    const o = funnelChartOption(STEPS, english);
    expect(one(o.yAxis)).toMatchObject({ type: 'category', inverse: true, data: Object.values(STEP_LABELS) });
    const [ladder, literal] = seriesOf(o);
    expect(ladder).toMatchObject({ type: 'bar', name: 'Reached', data: [1200, 1000, 600, 300, 120, 60, 6] });
    expect(literal).toMatchObject({ type: 'bar', name: 'Did it', data: [1200, 420, 600, 300, 120, 60, 6] });
  });

  it('labels each ladder bar with its count and its share of the audience, in the locale', () => {
    const label = (locale: string) => {
      const [ladder] = seriesOf(funnelChartOption(STEPS, { ...english, locale }));
      return (ladder!.label as { formatter: (x: { name: string; value: number }) => string }).formatter;
    };
    expect(label('en-GB')({ name: 'Reacted', value: 1000 })).toBe('1,000 · 83.3%');
    expect(label('fr-FR')({ name: 'Reacted', value: 1000 })).toBe(
      `${new Intl.NumberFormat('fr-FR').format(1000)} · ${new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(0.8333)}`,
    );
  });

  it('takes its colours from the palette and leaves out the tooltip for print', () => {
    for (const palette of [lightPalette, darkPalette]) {
      const o = funnelChartOption(STEPS, { ...english, palette, interactive: false });
      expect(o.color).toEqual([palette.chartInbound, palette.chartOutbound]);
      expect(one(o.tooltip).show).toBe(false);
      expect(o.animation).toBe(false);
    }
  });
});
