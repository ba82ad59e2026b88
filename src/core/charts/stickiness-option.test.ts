import { describe, expect, it } from 'vitest';
import { lightPalette } from './palette';
import { stickinessOption, type StickinessOption } from './stickiness-option';

const labels = {
  series: 'WAU/MAU',
  incomplete: 'Month not whole',
  month: (d: string) => d.slice(0, 7),
  detail: (w: string, m: string) => `${w} a week of ${m}`,
};
const english = { palette: lightPalette, locale: 'en-GB', labels };
const month = (period: string, wauMau: number | null, complete: boolean) => ({
  period,
  monthlyActive: 400,
  averageWeeklyActive: wauMau === null ? null : wauMau * 400,
  weeks: wauMau === null ? 0 : 4,
  wauMau,
  complete,
  partial: complete ? null : ('end' as const),
});
const months = [
  month('2026-01-01', 0.3, false),
  month('2026-02-01', 0.32, true),
  month('2026-03-01', 0.35, true),
  month('2026-04-01', 0.1, false),
];
const seriesOf = (o: StickinessOption) => (Array.isArray(o.series) ? o.series : [o.series!]);
const one = <T>(part: T | T[] | undefined): T => (Array.isArray(part) ? part[0]! : part!);

describe('stickinessOption', () => {
  it('draws whole months solid and the others dashed, joined to their neighbours', () => {
    const [solid, dashed] = seriesOf(stickinessOption(months, english));
    expect(solid).toMatchObject({ name: 'WAU/MAU', data: [null, 0.32, 0.35, null] });
    expect(dashed).toMatchObject({
      name: 'Month not whole',
      data: [0.3, 0.32, 0.35, 0.1],
      lineStyle: { type: 'dashed' },
      symbol: 'emptyCircle',
    });
    const whole = seriesOf(stickinessOption([month('2026-02-01', 0.32, true), month('2026-03-01', 0.35, true)], english));
    expect(whole[1]!.data).toEqual([null, null]);
  });

  it('scales to the highest month, explains a month in the tooltip, in the locale', () => {
    const o = stickinessOption(months, english);
    expect(one(o.yAxis)).toMatchObject({ min: 0, max: 0.4 });
    const tip = one(o.tooltip) as { formatter: (i: { dataIndex: number }[]) => string };
    expect(tip.formatter([{ dataIndex: 3 }])).toBe(
      '<b>2026-04</b><br/>WAU/MAU: <b>10%</b><br/>40 a week of 400<br/><i>Month not whole</i>',
    );
    const fr = one(stickinessOption(months, { ...english, locale: 'fr-FR' }).tooltip) as typeof tip;
    expect(fr.formatter([{ dataIndex: 2 }])).toContain(new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.35));
  });

  it('shows a month without a whole week as a gap', () => {
    const [solid] = seriesOf(stickinessOption([month('2026-02-01', 0.32, true), month('2026-03-01', null, true)], english));
    expect(solid!.data).toEqual([0.32, null]);
  });
});
