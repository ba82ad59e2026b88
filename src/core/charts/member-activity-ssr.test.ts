// @vitest-environment node
import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { memberActivityOption } from './member-activity-option';
import { darkPalette, lightPalette } from './palette';

/** The member's activity chart rendered as the report printer will: SVG on the server, no DOM. */
const months = [
  { month: '2026-01-01', interactions: 4, active: 3 },
  { month: '2026-03-01', interactions: 2, active: 2 },
];
const labels = { active: 'A dit ou écrit', other: 'Réactions, abonnements…' };

let chart: echarts.ECharts | undefined;
afterEach(() => chart?.dispose());

function renderSvg(option: echarts.EChartsCoreOption): string {
  chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 260 });
  chart.setOption(option);
  return chart.renderToSVGString();
}

const barFills = (svg: string) => [...svg.matchAll(/<path [^>]*fill="([^"]+)"[^>]*ecmeta_ssr_type="chart"/g)].map((m) => m[1]);

describe('the member activity chart rendered to SVG on the server', () => {
  it('draws the months with activity, in the palette colours, with the French labels', () => {
    const svg = renderSvg(memberActivityOption(months, { palette: lightPalette, locale: 'fr-FR', labels, interactive: false }));
    expect(svg.startsWith('<svg')).toBe(true);
    // Three months (the silent February filled in) and two series.
    expect(barFills(svg)).toEqual([...Array(3).fill(lightPalette.chartInbound), ...Array(3).fill(lightPalette.accentLine)]);
    expect(svg).toContain('>A dit ou écrit</text>');
    expect(svg).toContain('>févr. 26</text>');
  });

  it('follows the palette it is given', () => {
    const svg = renderSvg(memberActivityOption(months, { palette: darkPalette, locale: 'en-GB', labels, interactive: false }));
    expect(new Set(barFills(svg))).toEqual(new Set([darkPalette.chartInbound, darkPalette.accentLine]));
  });
});
