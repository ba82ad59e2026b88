import { describe, expect, it } from 'vitest';
import { darkPalette, lightPalette } from './palette';
import { retentionCurveOption, type RetentionCurveOption } from './retention-curve-option';

const labels = { series: 'Came back', step: (n: number) => `W${n}`, base: (m: string) => `over ${m} members` };
const english = { palette: lightPalette, locale: 'en-GB', labels };
const curve = [
  { n: 0, value: 1, members: 4118 },
  { n: 1, value: 0.1315, members: 3550 },
  { n: 2, value: 0.113, members: 3107 },
];
const one = <T>(part: T | T[] | undefined): T => (Array.isArray(part) ? part[0]! : part!);
const seriesOf = (o: RetentionCurveOption) => (Array.isArray(o.series) ? o.series : [o.series!]);
type Formatter = (items: { dataIndex: number }[]) => string;

describe('retentionCurveOption', () => {
  it('draws the share still coming back from N = 1 on, on an axis to its highest point, written in the locale', () => {
    const o = retentionCurveOption(curve, english);
    // N = 0 is 100% by definition, left out.
    expect(seriesOf(o)).toMatchObject([{ type: 'line', name: 'Came back', data: [0.1315, 0.113] }]);
    expect(one(o.xAxis)).toMatchObject({ type: 'category', data: ['W1', 'W2'] });
    const y = one(o.yAxis) as { min: number; max: number; axisLabel: { formatter: (v: number) => string } };
    expect([y.min, y.max]).toEqual([0, 0.2]);
    expect((one(retentionCurveOption([{ n: 1, value: 0.3, members: 9 }], english).yAxis) as typeof y).max).toBe(0.3);
    expect((one(retentionCurveOption([{ n: 1, value: 0.01, members: 9 }], english).yAxis) as typeof y).max).toBe(0.1);
    expect(y.axisLabel.formatter(0.5)).toBe('50%');
    const fr = one(retentionCurveOption(curve, { ...english, locale: 'fr-FR' }).yAxis) as typeof y;
    expect(fr.axisLabel.formatter(0.5)).toBe(new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.5));
  });

  it('says in the tooltip over how many members each point was measured', () => {
    const tip = one(retentionCurveOption(curve, english).tooltip) as { formatter: Formatter };
    expect(tip.formatter([{ dataIndex: 0 }])).toBe('W1<br/><b>13.2%</b><br/>over 3,550 members');
  });

  it('takes its colours from the palette and leaves the tooltip out for print', () => {
    for (const palette of [lightPalette, darkPalette]) {
      const o = retentionCurveOption(curve, { ...english, palette, interactive: false });
      expect(o.color).toEqual([palette.chartInbound]);
      expect(one(o.tooltip).show).toBe(false);
      expect(one(o.xAxis)).toMatchObject({ axisLabel: { color: palette.chartAxisLabel } });
    }
  });

  it('draws an empty curve as an empty series', () => {
    expect(seriesOf(retentionCurveOption([], english))[0]).toMatchObject({ data: [] });
  });
});
