import { describe, expect, it } from 'vitest';
import { darkPalette, lightPalette } from './palette';
import { weeklyChartOption, type WeeklyChartOption } from './weekly-chart-option';

const english = { palette: lightPalette, locale: 'en-GB', labels: { inbound: 'From members', outbound: 'From the brand' } };
const french = { palette: darkPalette, locale: 'fr-FR', labels: { inbound: 'Des membres', outbound: 'De la marque' } };

// Mondays 6 and 20 Mar 2017, with the silent 13 Mar between them.
const threeWeeks = [
  { week: '2017-03-06', inbound: 3, outbound: 1 },
  { week: '2017-03-20', inbound: 1200, outbound: 2 },
];

/** `weeks` consecutive active Mondays from 2 Jan 2017. */
const history = (weeks: number) =>
  Array.from({ length: weeks }, (_, i) => ({
    week: new Date(Date.UTC(2017, 0, 2 + 7 * i)).toISOString().slice(0, 10),
    inbound: i,
    outbound: 1,
  }));

// The option's parts are unions of one object or a list; the builder always writes the single-object form.
const one = <T>(part: T | T[] | undefined): T => (Array.isArray(part) ? part[0]! : part!);
const seriesOf = (o: WeeklyChartOption) => (Array.isArray(o.series) ? o.series : [o.series!]);
const zoomsOf = (o: WeeklyChartOption) => (Array.isArray(o.dataZoom) ? o.dataZoom : o.dataZoom ? [o.dataZoom] : []);

describe('weeklyChartOption', () => {
  it('stacks inbound and outbound per week, silent weeks as zeros', () => {
    const [inbound, outbound] = seriesOf(weeklyChartOption(threeWeeks, english));
    expect(inbound).toMatchObject({ type: 'bar', stack: 'all', name: 'From members', data: [3, 0, 1200] });
    expect(outbound).toMatchObject({ type: 'bar', stack: 'all', name: 'From the brand', data: [1, 0, 2] });
  });

  it('labels the weeks as dates in the given locale, without a zone shift', () => {
    const en = one(weeklyChartOption(threeWeeks, english).xAxis);
    const fr = one(weeklyChartOption(threeWeeks, french).xAxis);
    expect(en).toMatchObject({ type: 'category', data: ['6 Mar 17', '13 Mar 17', '20 Mar 17'] });
    expect(fr).toMatchObject({ data: ['6 mars 17', '13 mars 17', '20 mars 17'] });
  });

  it('formats the value axis and the tooltip numbers in the given locale', () => {
    const formatterOf = (o: WeeklyChartOption) => {
      const label = one(o.yAxis)?.axisLabel;
      return label?.formatter as (v: number) => string;
    };
    expect(formatterOf(weeklyChartOption(threeWeeks, english))(1200)).toBe('1,200');
    expect(formatterOf(weeklyChartOption(threeWeeks, french))(1200)).toBe(new Intl.NumberFormat('fr-FR').format(1200));
    expect(formatterOf(weeklyChartOption(threeWeeks, french))(1200)).not.toContain(',');
    const tooltip = one(weeklyChartOption(threeWeeks, french).tooltip);
    expect(tooltip.valueFormatter?.(1200, 0)).toBe(new Intl.NumberFormat('fr-FR').format(1200));
  });

  it('takes every colour from the palette it is given', () => {
    for (const palette of [lightPalette, darkPalette]) {
      const o = weeklyChartOption(history(30), { ...english, palette });
      expect(o.color).toEqual([palette.chartInbound, palette.chartOutbound]);
      expect(one(o.legend).textStyle?.color).toBe(palette.chartLegend);
      expect(one(o.xAxis)).toMatchObject({
        axisLabel: { color: palette.chartAxisLabel },
        axisLine: { lineStyle: { color: palette.chartAxisLine } },
      });
      expect(one(o.yAxis)).toMatchObject({
        axisLabel: { color: palette.chartAxisLabel },
        splitLine: { lineStyle: { color: palette.chartGridLine } },
      });
      expect(zoomsOf(o)[0]).toMatchObject({
        borderColor: palette.chartGridLine,
        fillerColor: palette.chartZoomFill,
        handleStyle: { color: palette.chartZoomHandle },
        dataBackground: { lineStyle: { color: palette.chartZoomLine }, areaStyle: { color: palette.chartZoomArea } },
      });
    }
    // The light chart keeps the colours it had when they were copied from the CSS.
    expect(lightPalette).toMatchObject({ chartInbound: '#4f46e5', chartOutbound: '#f59e0b', accent: '#4f46e5', warm: '#f59e0b' });
  });

  it('adds a zoom slider only above 26 weeks, and makes room for it', () => {
    const at26 = weeklyChartOption(history(26), english);
    const at27 = weeklyChartOption(history(27), english);
    expect(zoomsOf(at26)).toEqual([]);
    expect(one(at26.grid).bottom).toBe(32);
    expect(zoomsOf(at27)).toHaveLength(1);
    expect(zoomsOf(at27)[0]).toMatchObject({ type: 'slider' });
    expect(one(at27.grid).bottom).toBe(64);
    // Counted after the silent weeks are filled in: two active weeks half a year apart get the slider.
    expect(
      zoomsOf(
        weeklyChartOption(
          [
            { week: '2017-01-02', inbound: 1, outbound: 0 },
            { week: '2017-07-10', inbound: 1, outbound: 0 },
          ],
          english,
        ),
      ),
    ).toHaveLength(1);
  });

  it('leaves out the tooltip, the slider and animation for print', () => {
    const o = weeklyChartOption(history(40), { ...english, interactive: false });
    expect(o.animation).toBe(false);
    expect(one(o.tooltip).show).toBe(false);
    expect(zoomsOf(o)).toEqual([]);
    expect(one(o.grid).bottom).toBe(32);
    expect(weeklyChartOption(history(40), english).animation).toBe(false);
    expect(weeklyChartOption(history(40), { ...english, animation: true }).animation).toBe(true);
  });

  it('draws an empty history as empty series, with the legend still named', () => {
    const o = weeklyChartOption([], english);
    expect(one(o.xAxis)).toMatchObject({ data: [] });
    expect(seriesOf(o).map((s) => [s.name, s.data])).toEqual([
      ['From members', []],
      ['From the brand', []],
    ]);
    expect(zoomsOf(o)).toEqual([]);
  });

  it('draws a week that is not over faded and outlined, its values unchanged', () => {
    const [inbound, outbound] = seriesOf(weeklyChartOption(threeWeeks, { ...english, openWeek: '2017-03-20' }));
    const open = { opacity: 0.45, borderType: 'dashed', borderColor: lightPalette.text, borderWidth: 1 };
    expect(inbound!.data).toEqual([3, 0, { value: 1200, itemStyle: open }]);
    expect(outbound!.data).toEqual([1, 0, { value: 2, itemStyle: open }]);
    // A week outside the chart changes nothing.
    expect(seriesOf(weeklyChartOption(threeWeeks, { ...english, openWeek: '2017-04-03' }))[0]!.data).toEqual([3, 0, 1200]);
  });
});
