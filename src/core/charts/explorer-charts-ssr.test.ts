// @vitest-environment node
import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDepthChartOption } from './content-depth';
import { funnelChartOption } from './funnel-chart-option';
import { darkPalette } from './palette';
import { POSTS, STEP_LABELS, STEPS } from './test-charts';

/** The funnel and content-depth options render on the server to SVG, as the report printer will draw them. */
let chart: echarts.ECharts | undefined;
afterEach(() => chart?.dispose());

function renderSvg(option: echarts.EChartsCoreOption): string {
  chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 320 });
  chart.setOption(option);
  return chart.renderToSVGString();
}

describe('the explorer charts rendered to SVG on the server', () => {
  it('draws the ladder with its step names and both series', () => {
    const svg = renderSvg(
      funnelChartOption(STEPS, {
        palette: darkPalette,
        locale: 'fr-FR',
        labels: { steps: STEP_LABELS, members: 'Atteint', literal: 'L’a fait' },
        interactive: false,
      }),
    );
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of ['Audience', 'Ambassador', 'Atteint', 'L’a fait']) expect(svg).toContain(`>${text}</text>`);
    expect(svg).toContain(`fill="${darkPalette.chartInbound}"`);
    expect(svg).toContain(`fill="${darkPalette.chartOutbound}"`);
  });

  it('draws the posts as points with the median lines', () => {
    const svg = renderSvg(
      contentDepthChartOption(POSTS, {
        palette: darkPalette,
        locale: 'en-GB',
        labels: {
          likeRate: 'Like rate',
          microEngagementRate: 'Micro-engagement rate',
          median: 'median',
          format: (f) => f,
          post: (p) => p.title ?? '',
        },
        interactive: false,
      }),
    );
    expect(svg).toContain('>Like rate</text>');
    expect(svg).toContain('>median</text>');
    expect(svg).toContain(`fill="${darkPalette.chartInbound}"`);
    expect(svg).toContain(`stroke="${darkPalette.chartAxisLine}"`);
  });
});
