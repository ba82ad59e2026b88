// @vitest-environment node
import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { darkPalette } from './palette';
import { rhythmHeatmapOption } from './rhythm-heatmap-option';

let chart: echarts.ECharts | undefined;
/** '#fbbf24' → 'rgb(251,191,36)': the visual map writes the colours it interpolates this way. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
afterEach(() => chart?.dispose());

describe('the activity rhythm heatmap rendered to SVG on the server', () => {
  it('draws the 168 slots of the week with French weekdays, the busiest in the brand colour', () => {
    const cells = Array.from({ length: 168 }, (_, i) => ({
      weekday: Math.floor(i / 24),
      hour: i % 24,
      members: i,
      memberMessages: 0,
      brand: i === 9 ? 12 : 0,
    }));
    chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 300 });
    chart.setOption(
      rhythmHeatmapOption(cells, {
        palette: darkPalette,
        locale: 'fr-FR',
        measure: 'brand',
        interactive: false,
        labels: { series: 'Marque' },
      }),
    );
    const svg = chart.renderToSVGString();
    const slots = [...svg.matchAll(/<path [^>]*fill="([^"]+)"[^>]*ecmeta_ssr_type="chart"/g)].map((m) => m[1]);
    expect(slots).toHaveLength(168);
    expect(slots.filter((f) => f === rgb(darkPalette.chartOutbound))).toHaveLength(1);
    expect(slots.filter((f) => f === rgb(darkPalette.surfaceSubtle))).toHaveLength(167);
    expect(svg).toContain(
      `>${new Intl.DateTimeFormat('fr-FR', { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1)))}</text>`,
    );
  });
});
