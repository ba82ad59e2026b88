import { describe, expect, it } from 'vitest';
import { cohortHeatmapOption, PARTIAL_COHORT_MARK, type CohortHeatmapOption } from './cohort-heatmap-option';
import { darkPalette, lightPalette } from './palette';

const labels = {
  cohort: (d: string) => d,
  step: (n: number) => `W${n}`,
  incomplete: 'Not over yet',
  partialCohort: 'Cohort of part of a week',
  members: (count: string, size: string) => `${count} of ${size} members`,
};
const english = { palette: lightPalette, locale: 'en-GB', labels };
// Two cohorts: the first began before the data (partial start); its third interval and the second's second are still running.
const cohorts = [
  { period: '2026-03-02', size: 10, counts: [10, 4, 2], values: [1, 0.4, 0.2], incompleteFrom: 2, partialStart: true },
  { period: '2026-03-09', size: 5, counts: [5, 1], values: [1, 0.2], incompleteFrom: 1, partialStart: false },
];
const seriesOf = (o: CohortHeatmapOption) => (Array.isArray(o.series) ? o.series : [o.series!]);
const one = <T>(part: T | T[] | undefined): T => (Array.isArray(part) ? part[0]! : part!);

describe('cohortHeatmapOption', () => {
  it('puts the elapsed cells on the colour scale and the running ones apart, never as a drop', () => {
    const [elapsed, running] = seriesOf(cohortHeatmapOption(cohorts, english));
    // [N, cohort row, share, count]
    expect(elapsed).toMatchObject({
      type: 'heatmap',
      data: [
        [0, 0, 1, 10],
        [1, 0, 0.4, 4],
        [0, 1, 1, 5],
      ],
    });
    expect(running).toMatchObject({
      type: 'heatmap',
      name: 'Not over yet',
      data: [
        [2, 0, 0.2, 2],
        [1, 1, 0.2, 1],
      ],
      itemStyle: { color: lightPalette.surfaceSubtle, borderType: 'dashed' },
    });
    // The scale runs to the highest share after N = 0, on the elapsed cells only.
    expect(one(cohortHeatmapOption(cohorts, english).visualMap)).toMatchObject({ seriesIndex: 0, min: 0, max: 0.4, text: ['40%', '0%'] });
  });

  it('lists the cohorts oldest on top, marking the one of part of a period, and the columns N', () => {
    const o = cohortHeatmapOption(cohorts, english);
    expect(one(o.yAxis)).toMatchObject({ inverse: true, data: [`2026-03-02 ${PARTIAL_COHORT_MARK}`, '2026-03-09'] });
    expect(one(o.xAxis)).toMatchObject({ data: ['W0', 'W1', 'W2'] });
  });

  it('explains a cell in its tooltip, running and partial ones included', () => {
    const tip = one(cohortHeatmapOption(cohorts, english).tooltip) as { formatter: (i: { value: number[] }) => string };
    expect(tip.formatter({ value: [2, 0, 0.2, 2] })).toBe(
      '<b>2026-03-02</b> · W2<br/>20% · 2 of 10 members<br/>Not over yet<br/>Cohort of part of a week',
    );
    expect(tip.formatter({ value: [1, 1, 0.2, 1] })).toBe('<b>2026-03-09</b> · W1<br/>20% · 1 of 5 members<br/>Not over yet');
  });

  it('writes the shares in small matrices only, in the locale', () => {
    const small = seriesOf(cohortHeatmapOption(cohorts, { ...english, locale: 'fr-FR' }))[0]!;
    const label = small.label as { show: boolean; formatter: (i: { value: number[] }) => string };
    expect(label.show).toBe(true);
    expect(label.formatter({ value: [1, 0, 0.4, 4] })).toBe(new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.4));
    const many = Array.from({ length: 20 }, (_, i) => ({ ...cohorts[1]!, period: `2026-01-${String(i + 1).padStart(2, '0')}` }));
    expect((seriesOf(cohortHeatmapOption(many, english))[0]!.label as { show: boolean }).show).toBe(false);
  });

  it('colours from the palette, and has a scale even with nothing elapsed', () => {
    for (const palette of [lightPalette, darkPalette]) {
      const o = cohortHeatmapOption(cohorts, { ...english, palette });
      expect(one(o.visualMap)).toMatchObject({ inRange: { color: [palette.accentSoft, palette.chartInbound] } });
    }
    expect(one(cohortHeatmapOption([], english).visualMap)).toMatchObject({ max: 1 });
  });
});
