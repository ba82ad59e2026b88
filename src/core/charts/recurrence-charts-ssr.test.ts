// @vitest-environment node
import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { cohortHeatmapOption } from './cohort-heatmap-option';
import { gapsHistogramOption } from './gaps-histogram-option';
import { lifecycleOption } from './lifecycle-option';
import { darkPalette, lightPalette } from './palette';
import { retentionCurveOption } from './retention-curve-option';
import { stickinessOption } from './stickiness-option';

/**
 * The report printer renders the screen's options to SVG on the server (no DOM): each recurrence
 * builder is rendered here that way, as the printer will, in French.
 */
let chart: echarts.ECharts | undefined;
afterEach(() => chart?.dispose());

function renderSvg(option: echarts.EChartsCoreOption): string {
  chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 320 });
  chart.setOption(option);
  return chart.renderToSVGString();
}

/** Fills of the shapes the series drew (legend marks and axes are tagged otherwise). */
const chartFills = (svg: string) => [...svg.matchAll(/<path [^>]*fill="([^"]+)"[^>]*ecmeta_ssr_type="chart"/g)].map((m) => m[1]);
/** '#f2f4f7' → 'rgb(242,244,247)': a visual map writes its colours this way. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
const base = { palette: lightPalette, locale: 'fr-FR', interactive: false };
const day = (d: string) => d.slice(5);

describe('the recurrence charts rendered to SVG on the server', () => {
  it('draws the retention curve with its steps', () => {
    const svg = renderSvg(
      retentionCurveOption(
        [
          { n: 0, value: 1, members: 100 },
          { n: 1, value: 0.25, members: 80 },
          { n: 2, value: 0.2, members: 60 },
        ],
        { ...base, labels: { series: 'Reviennent', step: (n) => `S${n}`, base: (m) => `sur ${m}` } },
      ),
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('>S1</text>');
    expect(svg).toContain(`stroke="${lightPalette.chartInbound}"`);
    // The axis runs to 30% (the highest point after N = 0, rounded up to a tenth).
    expect(svg).toContain(`>${new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.3)}</text>`);
    expect(svg).not.toContain('>S0</text>');
  });

  it('draws one cell per cohort and interval, the running ones in the neutral colour', () => {
    const svg = renderSvg(
      cohortHeatmapOption(
        [
          { period: '2026-03-02', size: 10, counts: [10, 4, 2], values: [1, 0.4, 0.2], incompleteFrom: 2, partialStart: true },
          { period: '2026-03-09', size: 5, counts: [5, 1], values: [1, 0.2], incompleteFrom: 1, partialStart: false },
        ],
        {
          ...base,
          labels: {
            cohort: day,
            step: (n) => `S${n}`,
            incomplete: 'Pas encore écoulé',
            partialCohort: 'Cohorte partielle',
            members: (c, s) => `${c} sur ${s}`,
          },
        },
      ),
    );
    const fills = chartFills(svg);
    expect(fills).toHaveLength(5);
    expect(fills.filter((f) => f === rgb(lightPalette.surfaceSubtle))).toHaveLength(2);
    // The scale tops out at 40% (the best share after N = 0): the two N = 0 cells and the 40% cell take its top colour.
    expect(fills.filter((f) => f === rgb(lightPalette.chartInbound))).toHaveLength(3);
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('>03-02 *</text>');
    expect(svg).toContain('>Pas encore écoulé</text>');
  });

  it('draws the lifecycle bars above and below zero, incomplete ones faded', () => {
    const svg = renderSvg(
      lifecycleOption(
        [
          { period: '2026-01-05', active: 5, new: 3, returning: 2, resurrecting: 0, dormant: 1, complete: true, partial: null },
          { period: '2026-01-12', active: 4, new: 1, returning: 2, resurrecting: 1, dormant: 3, complete: false, partial: 'end' },
        ],
        {
          ...base,
          palette: darkPalette,
          labels: {
            new: 'Nouveaux',
            returning: 'Fidèles',
            resurrecting: 'De retour',
            dormant: 'Endormis',
            period: day,
            incomplete: 'Période incomplète',
          },
        },
      ),
    );
    expect(chartFills(svg).filter((f) => f === darkPalette.danger)).toHaveLength(2);
    expect(svg).toContain('>Endormis</text>');
    expect(svg).toContain('>01-12 *</text>');
    expect(svg).toContain('opacity="0.35"');
  });

  it('draws stickiness solid and dashed', () => {
    const m = (period: string, wauMau: number, complete: boolean) => ({
      period,
      monthlyActive: 10,
      averageWeeklyActive: wauMau * 10,
      weeks: 4,
      wauMau,
      complete,
      partial: complete ? null : ('end' as const),
    });
    const svg = renderSvg(
      stickinessOption([m('2026-01-01', 0.3, true), m('2026-02-01', 0.35, true), m('2026-03-01', 0.2, false)], {
        ...base,
        labels: { series: 'WAU/MAU', incomplete: 'Mois incomplet', month: day, detail: (w, mm) => `${w}/${mm}` },
      }),
    );
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('>Mois incomplet</text>');
  });

  it('draws the gaps histogram, one bar per bucket', () => {
    const svg = renderSvg(
      gapsHistogramOption(
        [
          { label: '1 day', fromDays: 1, toDays: 1, count: 10 },
          { label: '2 days', fromDays: 2, toDays: 2, count: 5 },
          { label: '91+ days', fromDays: 91, toDays: null, count: 1 },
        ],
        { ...base, labels: { series: 'Écarts', bucket: (f, t) => (t === null ? `${f} j et +` : `${f} j`), axis: 'Jours d’absence' } },
      ),
    );
    expect(chartFills(svg)).toEqual([lightPalette.chartInbound, lightPalette.chartInbound, lightPalette.chartInbound]);
    expect(svg).toContain('>91+</text>');
    expect(svg).toContain('>Jours d’absence</text>');
  });
});
