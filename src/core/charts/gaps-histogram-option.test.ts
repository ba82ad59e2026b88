import { describe, expect, it } from 'vitest';
import { gapsHistogramOption, type GapsHistogramOption } from './gaps-histogram-option';
import { darkPalette, lightPalette } from './palette';

const bucket = (from: number, to: number | null) => (to === null ? `${from}+ d` : from === to ? `${from} d` : `${from}–${to} d`);
const english = { palette: lightPalette, locale: 'en-GB', labels: { series: 'Gaps', bucket, axis: 'Days' } };
const histogram = [
  { label: '1 day', fromDays: 1, toDays: 1, count: 1540 },
  { label: '4–7 days', fromDays: 4, toDays: 7, count: 460 },
  { label: '91+ days', fromDays: 91, toDays: null, count: 0 },
];
const seriesOf = (o: GapsHistogramOption) => (Array.isArray(o.series) ? o.series : [o.series!]);
const one = <T>(part: T | T[] | undefined): T => (Array.isArray(part) ? part[0]! : part!);

describe('gapsHistogramOption', () => {
  it('draws one bar per bucket, its bounds on the axis and its name in the tooltip', () => {
    const o = gapsHistogramOption(histogram, english);
    expect(seriesOf(o)[0]).toMatchObject({ type: 'bar', data: [1540, 460, 0] });
    expect(one(o.xAxis)).toMatchObject({ data: ['1', '4–7', '91+'], name: 'Days' });
  });

  it('gives each bucket’s count and share in the tooltip, in the locale and palette', () => {
    const tip = one(gapsHistogramOption(histogram, english).tooltip) as { formatter: (i: { dataIndex: number }[]) => string };
    expect(tip.formatter([{ dataIndex: 0 }])).toBe('<b>1 d</b><br/>Gaps: 1,540 (77%)');
    const dark = gapsHistogramOption(histogram, { ...english, palette: darkPalette, interactive: false });
    expect(dark.color).toEqual([darkPalette.chartInbound]);
    expect(one(dark.tooltip).show).toBe(false);
  });
});
