import { describe, expect, it } from 'vitest';
import { INCOMPLETE_MARK, lifecycleOption, type LifecycleOption } from './lifecycle-option';
import { darkPalette, lightPalette } from './palette';

const labels = {
  new: 'New',
  returning: 'Returning',
  resurrecting: 'Back',
  dormant: 'Dormant',
  period: (d: string) => d,
  incomplete: 'Period not whole',
};
const english = { palette: lightPalette, locale: 'en-GB', labels };
const rows = [
  { period: '2026-01-05', active: 2, new: 2, returning: 0, resurrecting: 0, dormant: 0, complete: true, partial: null },
  { period: '2026-01-12', active: 1200, new: 1000, returning: 150, resurrecting: 50, dormant: 1, complete: true, partial: null },
  { period: '2026-01-19', active: 3, new: 1, returning: 1, resurrecting: 1, dormant: 4, complete: false, partial: 'end' as const },
];
const seriesOf = (o: LifecycleOption) => (Array.isArray(o.series) ? o.series : [o.series!]);
const one = <T>(part: T | T[] | undefined): T => (Array.isArray(part) ? part[0]! : part!);

describe('lifecycleOption', () => {
  it('stacks new, returning and resurrecting above zero and the dormant below it', () => {
    const s = seriesOf(lifecycleOption(rows, english));
    expect(s.map((x) => [x.name, x.stack])).toEqual([
      ['New', 'life'],
      ['Returning', 'life'],
      ['Back', 'life'],
      ['Dormant', 'life'],
    ]);
    expect(s[0]!.data!.slice(0, 2)).toEqual([2, 1000]);
    expect(s[3]!.data!.slice(0, 2)).toEqual([-0, -1]);
  });

  it('draws an incomplete period faded and dashed, and marks it on the axis and in the tooltip', () => {
    const o = lifecycleOption(rows, english);
    const dormant = seriesOf(o)[3]!.data![2];
    expect(dormant).toMatchObject({ value: -4, itemStyle: { opacity: 0.35, borderType: 'dashed', borderColor: lightPalette.danger } });
    expect(one(o.xAxis)).toMatchObject({ data: ['2026-01-05', '2026-01-12', `2026-01-19 ${INCOMPLETE_MARK}`] });
    const tip = one(o.tooltip) as { formatter: (i: { dataIndex: number }[]) => string };
    expect(tip.formatter([{ dataIndex: 2 }])).toBe(
      '<b>2026-01-19</b><br/>New: 1<br/>Returning: 1<br/>Back: 1<br/>Dormant: 4<br/><i>Period not whole</i>',
    );
    expect(tip.formatter([{ dataIndex: 1 }])).toBe('<b>2026-01-12</b><br/>New: 1,000<br/>Returning: 150<br/>Back: 50<br/>Dormant: 1');
  });

  it('writes the axis unsigned in the locale, in the palette colours', () => {
    const fr = lifecycleOption(rows, { ...english, locale: 'fr-FR', palette: darkPalette });
    const y = one(fr.yAxis) as { axisLabel: { formatter: (v: number) => string } };
    expect(y.axisLabel.formatter(-1200)).toBe(new Intl.NumberFormat('fr-FR').format(1200));
    expect(fr.color).toEqual([darkPalette.chartInbound, darkPalette.ok, darkPalette.chartOutbound, darkPalette.danger]);
    expect(one(lifecycleOption(rows, { ...english, interactive: false }).tooltip).show).toBe(false);
  });
});
