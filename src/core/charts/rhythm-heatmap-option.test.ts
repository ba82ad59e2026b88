import { describe, expect, it } from 'vitest';
import type { RhythmCell } from '../contract/rhythm';
import { darkPalette, lightPalette } from './palette';
import {
  hourNames,
  peakSlots,
  unattendedShare,
  rhythmHeatmapOption,
  weekdayNames,
  type RhythmHeatmapOption,
} from './rhythm-heatmap-option';

const grid = (fill: (weekday: number, hour: number) => Partial<RhythmCell>): RhythmCell[] =>
  Array.from({ length: 168 }, (_, i) => {
    const weekday = Math.floor(i / 24);
    const hour = i % 24;
    return { weekday, hour, members: 0, memberMessages: 0, brand: 0, ...fill(weekday, hour) };
  });
// Members on Tuesday evenings and Sunday mornings, the brand on weekday mornings.
const cells = grid((d, h) => ({
  members: d === 1 && h === 18 ? 40 : d === 6 && h === 10 ? 30 : d === 1 && h === 19 ? 30 : 1,
  memberMessages: d === 1 && h === 18 ? 20 : 0,
  brand: d < 5 && h === 9 ? 5 : 0,
}));
const english = { palette: lightPalette, locale: 'en-GB', measure: 'members' as const, labels: { series: 'Member interactions' } };
const seriesOf = (o: RhythmHeatmapOption) => (Array.isArray(o.series) ? o.series : [o.series!]);
const one = <T>(part: T | T[] | undefined): T => (Array.isArray(part) ? part[0]! : part!);

describe('rhythmHeatmapOption', () => {
  it('lays the week out as weekdays down, Monday on top, and hours across, in the locale', () => {
    const o = rhythmHeatmapOption(cells, english);
    expect(one(o.yAxis)).toMatchObject({ inverse: true, data: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] });
    expect((one(o.xAxis) as { data: string[] }).data.slice(0, 2)).toEqual(['00', '01']);
    expect(weekdayNames('fr-FR')[0]).toBe(
      new Intl.DateTimeFormat('fr-FR', { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1))),
    );
    expect(hourNames('fr-FR')[18]).toBe(
      new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, 18))),
    );
    const data = seriesOf(o)[0]!.data as number[][];
    expect(data).toHaveLength(168);
    expect(data[24 + 18]).toEqual([18, 1, 40]);
  });

  it('shows the measure asked for, the brand in the warm colour, scaled to its busiest slot', () => {
    const brand = rhythmHeatmapOption(cells, { ...english, measure: 'brand', palette: darkPalette });
    expect((seriesOf(brand)[0]!.data as number[][])[9]).toEqual([9, 0, 5]);
    expect(one(brand.visualMap)).toMatchObject({
      min: 0,
      max: 5,
      inRange: { color: [darkPalette.surfaceSubtle, darkPalette.chartOutbound] },
    });
    expect(one(rhythmHeatmapOption(cells, english).visualMap)).toMatchObject({
      inRange: { color: [lightPalette.surfaceSubtle, lightPalette.chartInbound] },
    });
  });

  it('names the slot and its share of the week in the tooltip', () => {
    const tip = one(rhythmHeatmapOption(cells, english).tooltip) as { formatter: (i: { value: number[] }) => string };
    const total = cells.reduce((s, c) => s + c.members, 0);
    expect(tip.formatter({ value: [18, 1, 40] })).toBe(
      `<b>Tuesday 18–19</b><br/>Member interactions: 40 (${(Math.round((40 / total) * 1000) / 10).toString()}%)`,
    );
  });

  it('finds the busiest slots, earliest in the week first on a tie', () => {
    expect(peakSlots(cells, 'members').map((c) => [c.weekday, c.hour])).toEqual([
      [1, 18],
      [1, 19],
      [6, 10],
    ]);
    expect(peakSlots(cells, 'brand', 2).map((c) => [c.weekday, c.hour])).toEqual([
      [0, 9],
      [1, 9],
    ]);
    expect(
      peakSlots(
        grid(() => ({})),
        'members',
      ),
    ).toEqual([]);
  });

  it('measures the share of members’ activity in slots the brand never writes in', () => {
    // Messages only on Tuesday 18h (20), where the brand never writes; the brand writes at 9h on weekdays.
    expect(unattendedShare(cells)).toBe(1);
    const total = cells.reduce((s, c) => s + c.members, 0);
    // Interactions: every slot but the five weekday 9h (1 each) is unattended.
    expect(unattendedShare(cells, 'members')).toBeCloseTo((total - 5) / total, 10);
    expect(unattendedShare(grid(() => ({})))).toBeNull();
  });
});
