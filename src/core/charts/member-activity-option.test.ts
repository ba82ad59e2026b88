import { describe, expect, it } from 'vitest';
import { fillMonths, memberActivityOption, type MemberActivityOption } from './member-activity-option';
import { darkPalette, lightPalette } from './palette';

const english = { palette: lightPalette, locale: 'en-GB', labels: { active: 'Said or wrote', other: 'Reactions, follows…' } };
const french = { palette: darkPalette, locale: 'fr-FR', labels: { active: 'A dit ou écrit', other: 'Réactions, abonnements…' } };

// November 2025, then nothing in December, then January 2026.
const months = [
  { month: '2025-11-01', interactions: 5, active: 3 },
  { month: '2026-01-01', interactions: 1200, active: 1000 },
];
const seriesOf = (o: MemberActivityOption) => (Array.isArray(o.series) ? o.series : [o.series!]);
const one = <T>(part: T | T[] | undefined): T => (Array.isArray(part) ? part[0]! : part!);

describe('memberActivityOption', () => {
  it('fills the silent months between the first and the last, across a new year', () => {
    expect(fillMonths(months).map((m) => [m.month, m.interactions])).toEqual([
      ['2025-11-01', 5],
      ['2025-12-01', 0],
      ['2026-01-01', 1200],
    ]);
    expect(fillMonths([])).toEqual([]);
  });

  it('stacks the active interactions and the others per month, in the palette it is given', () => {
    const o = memberActivityOption(months, english);
    const [active, other] = seriesOf(o);
    expect(active).toMatchObject({ type: 'bar', stack: 'all', name: 'Said or wrote', data: [3, 0, 1000] });
    expect(other).toMatchObject({ type: 'bar', stack: 'all', name: 'Reactions, follows…', data: [2, 0, 200] });
    expect(o.color).toEqual([lightPalette.chartInbound, lightPalette.accentLine]);
    expect(memberActivityOption(months, french).color).toEqual([darkPalette.chartInbound, darkPalette.accentLine]);
  });

  it('labels the months in the given language, numbers too', () => {
    expect(one(memberActivityOption(months, english).xAxis)).toMatchObject({ data: ['Nov 25', 'Dec 25', 'Jan 26'] });
    expect(one(memberActivityOption(months, french).xAxis)).toMatchObject({ data: ['nov. 25', 'déc. 25', 'janv. 26'] });
    const fr = one(memberActivityOption(months, french).yAxis) as { axisLabel: { formatter: (v: number) => string } };
    expect(fr.axisLabel.formatter(1200)).toBe('1\u202f200');
  });

  it('has a tooltip on screen and none in print', () => {
    expect(memberActivityOption(months, english).tooltip).toMatchObject({ trigger: 'axis' });
    expect(memberActivityOption(months, { ...english, interactive: false }).tooltip).toEqual({ show: false });
  });
});
