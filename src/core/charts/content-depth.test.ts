import { describe, expect, it } from 'vitest';
import type { ContentFunnel } from '../contract/metrics';
import { contentDepthChartOption, depthClass, depthMedians, type ContentDepthChartOption } from './content-depth';
import { lightPalette } from './palette';
import { post, POSTS } from './test-charts';

type Post = ContentFunnel['posts'][number];

const params = {
  palette: lightPalette,
  locale: 'en-GB',
  labels: {
    likeRate: 'Like rate',
    microEngagementRate: 'Micro-engagement rate',
    median: 'median',
    format: (f: string) => f.toUpperCase(),
    post: (p: Post) => p.title ?? '',
  },
};
const seriesOf = (o: ContentDepthChartOption) => (Array.isArray(o.series) ? o.series : [o.series!]);

describe('content depth', () => {
  it('reads a post against the medians of the posts shown: discussed, liked but ignored, quiet', () => {
    const m = depthMedians(POSTS);
    expect(m.likeRate).toBeCloseTo(0.05);
    expect(m.microEngagementRate).toBeCloseTo(0.006);
    expect(POSTS.map((p) => depthClass(p, m))).toEqual(['liked-ignored', 'discussed', 'liked-ignored', 'discussed', null]);
    expect(depthClass(post(6, 'post', 10, 0.01, 0.001), m)).toBe('quiet');
    // No micro-engagement at all is never "discussed", even when the median is 0.
    const none = [post(7, 'post', 10, 0.1, 0), post(8, 'post', 10, 0.2, 0)];
    expect(none.map((p) => depthClass(p, depthMedians(none)))).toEqual(['quiet', 'liked-ignored']);
  });

  it('draws one point per rated post, one series per format, the content id in each point and the medians as lines', () => {
    const o = contentDepthChartOption(POSTS, params);
    const series = seriesOf(o);
    expect(series.map((s) => [s.name, s.type, (s.data as number[][]).map((d) => d[2])])).toEqual([
      ['POST', 'scatter', [1, 2]],
      ['REEL', 'scatter', [3, 4]],
    ]);
    expect((series[0]!.data as number[][])[0]).toEqual([0.08, 0.001, 1, 1000]);
    const lines = series[0]!.markLine as { data: object[] };
    expect(lines.data).toHaveLength(2);
    expect(lines.data[0]).toMatchObject({ xAxis: expect.closeTo(0.05) });
    // The biggest reach draws the biggest point.
    const size = series[0]!.symbolSize as (v: number[]) => number;
    expect(size([0, 0, 3, 9000])).toBeGreaterThan(size([0, 0, 4, 100]));
  });

  it('writes the rates as percentages of the locale', () => {
    const o = contentDepthChartOption(POSTS, { ...params, locale: 'fr-FR' });
    const x = (Array.isArray(o.xAxis) ? o.xAxis[0] : o.xAxis) as { axisLabel: { formatter: (v: number) => string } };
    expect(x.axisLabel.formatter(0.05)).toBe(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(0.05));
  });
});
