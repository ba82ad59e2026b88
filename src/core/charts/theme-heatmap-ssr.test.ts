// @vitest-environment node
import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { lightPalette } from './palette';
import { sparklinePoints, themeHeatmapOption } from './theme-heatmap-option';

let chart: echarts.ECharts | undefined;
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
afterEach(() => chart?.dispose());

describe('the theme × time heatmap rendered to SVG on the server', () => {
  it('draws a cell per theme and week, the largest share in the accent colour, with French dates and cut labels', () => {
    const rows = [
      { label: 'livraison · colis · commande · retard · suivi', shares: [0.1, 0.2, 0.6], counts: [1, 2, 6] },
      { label: 'bougie · parfum', shares: [0.3, 0, 0.1], counts: [3, 0, 1] },
    ];
    chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 300 });
    chart.setOption(
      themeHeatmapOption(rows, {
        palette: lightPalette,
        locale: 'fr-FR',
        periods: ['2026-03-02', '2026-03-09', '2026-03-16'],
        interval: 'week',
        interactive: false,
        labels: { texts: 'textes' },
      }),
    );
    const svg = chart.renderToSVGString();
    const cells = [...svg.matchAll(/<path [^>]*fill="([^"]+)"[^>]*ecmeta_ssr_type="chart"/g)].map((m) => m[1]);
    expect(cells).toHaveLength(6);
    expect(cells.filter((f) => f === rgb(lightPalette.chartInbound))).toHaveLength(1);
    expect(svg).toContain('>bougie · parfum</text>');
    expect(svg).toContain('>livraison · colis · command…</text>');
    expect(svg).toContain(
      `>${new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date('2026-03-09T00:00:00Z'))}</text>`,
    );
  });

  it('scales a sparkline to its box', () => {
    expect(sparklinePoints([0, 5, 10], 100, 20)).toBe('0.0,19.0 50.0,10.0 100.0,1.0');
    expect(sparklinePoints([0, 0], 10, 20)).toBe('0.0,19.0 10.0,19.0');
    expect(sparklinePoints([], 10, 20)).toBe('');
  });
});
