// @vitest-environment node
import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { darkPalette, lightPalette } from './palette';
import { weeklyChartOption } from './weekly-chart-option';

/**
 * The report printer will render the very options the screen shows, to SVG, on the server: this test
 * does it the way the printer will (no DOM, ECharts' server-side rendering) to prove the builder allows it.
 */
const weekly = [
  { week: '2017-03-06', inbound: 3, outbound: 1 },
  { week: '2017-03-20', inbound: 2, outbound: 2 },
];
const labels = { inbound: 'Des membres', outbound: 'De la marque' };

let chart: echarts.ECharts | undefined;
afterEach(() => chart?.dispose());

function renderSvg(option: echarts.EChartsCoreOption): string {
  chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 300 });
  chart.setOption(option);
  return chart.renderToSVGString();
}

/** The bars' fills: series bars carry ecmeta_ssr_type="chart", legend marks "legend". */
const barFills = (svg: string) => [...svg.matchAll(/<path [^>]*fill="([^"]+)"[^>]*ecmeta_ssr_type="chart"/g)].map((m) => m[1]);

describe('the weekly chart rendered to SVG on the server', () => {
  it('draws one bar per week and series, in the palette colours, with the labels passed in', () => {
    const svg = renderSvg(weeklyChartOption(weekly, { palette: lightPalette, locale: 'fr-FR', labels, interactive: false }));
    expect(svg.startsWith('<svg')).toBe(true);
    // Three weeks (the silent one filled in) and two series.
    expect(barFills(svg)).toEqual([...Array(3).fill(lightPalette.chartInbound), ...Array(3).fill(lightPalette.chartOutbound)]);
    expect(svg).toContain('>Des membres</text>');
    expect(svg).toContain('>De la marque</text>');
    expect(svg).toContain('>13 mars 17</text>');
    expect(svg).toContain(`fill="${lightPalette.chartAxisLabel}"`);
    expect(svg).toContain(`stroke="${lightPalette.chartGridLine}"`);
  });

  it('follows the palette it is given', () => {
    const svg = renderSvg(weeklyChartOption(weekly, { palette: darkPalette, locale: 'en-GB', labels, interactive: false }));
    expect(new Set(barFills(svg))).toEqual(new Set([darkPalette.chartInbound, darkPalette.chartOutbound]));
    expect(svg).not.toContain(lightPalette.chartInbound);
  });
});
