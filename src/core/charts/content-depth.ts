import type { ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ContentFunnel } from '../contract/metrics';
import type { Palette } from './palette';

type Post = ContentFunnel['posts'][number];

/**
 * "Liked but ignored" against "discussed" (metrics.md, content funnel): a post is discussed when its
 * micro-engagement rate (comments, saves, shares, replies per reach) is at or above the median of the
 * posts shown; liked but ignored when its like rate is at or above the median and its micro-engagement
 * rate below it; quiet otherwise. Posts without a reach have no rates and no class.
 */
export type DepthClass = 'discussed' | 'liked-ignored' | 'quiet';

export interface DepthMedians {
  likeRate: number | null;
  microEngagementRate: number | null;
}

function medianOf(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const rated = (posts: readonly Post[]) => posts.filter((p) => p.likeRate !== null && p.microEngagementRate !== null);

export function depthMedians(posts: readonly Post[]): DepthMedians {
  const r = rated(posts);
  return { likeRate: medianOf(r.map((p) => p.likeRate!)), microEngagementRate: medianOf(r.map((p) => p.microEngagementRate!)) };
}

export function depthClass(post: Post, m: DepthMedians): DepthClass | null {
  if (post.likeRate === null || post.microEngagementRate === null || m.likeRate === null || m.microEngagementRate === null) return null;
  if (post.microEngagementRate >= m.microEngagementRate && post.microEngagementRate > 0) return 'discussed';
  if (post.likeRate >= m.likeRate) return 'liked-ignored';
  return 'quiet';
}

export type ContentDepthChartOption = ComposeOption<
  ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

export interface ContentDepthChartParams {
  palette: Palette;
  locale: string;
  labels: {
    likeRate: string;
    microEngagementRate: string;
    /** The median lines. */
    median: string;
    format: (format: string) => string;
    /** A post in the tooltip: its title, else its format and date. */
    post: (post: Post) => string;
  };
  interactive?: boolean;
  animation?: boolean;
}

/**
 * Each post as a point: like rate across, micro-engagement rate up, one series per format, the size
 * growing with the reach, and the two medians drawn, so the "liked but ignored" posts sit at the bottom
 * right and the discussed ones at the top. The point's value carries the content id for a click.
 */
export function contentDepthChartOption(posts: readonly Post[], params: ContentDepthChartParams): ContentDepthChartOption {
  const { palette: p, locale, labels, interactive = true, animation = false } = params;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(locale);
  const points = rated(posts);
  const m = depthMedians(points);
  const formats = [...new Set(points.map((x) => x.format))].sort();
  const maxReach = Math.max(1, ...points.map((x) => x.reach));
  const colors = [p.chartInbound, p.chartOutbound, p.ok, p.danger, p.accentStrong, p.muted];
  const byId = new Map(points.map((x) => [x.contentId, x]));
  const medianLines: MarkLineComponentOption = {
    silent: true,
    symbol: 'none',
    lineStyle: { color: p.chartAxisLine, type: 'dashed' },
    label: { color: p.chartAxisLabel, formatter: labels.median, position: 'insideEndTop' },
    data: [
      ...(m.likeRate === null ? [] : [{ xAxis: m.likeRate }]),
      ...(m.microEngagementRate === null ? [] : [{ yAxis: m.microEngagementRate }]),
    ],
  };
  return {
    animation,
    color: colors,
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: p.chartLegend } },
    tooltip: interactive
      ? {
          trigger: 'item',
          backgroundColor: p.surface,
          borderColor: p.border,
          textStyle: { color: p.text },
          formatter: (x: unknown) => {
            const post = byId.get(Number((x as { value: number[] }).value[2]));
            if (!post) return '';
            return [
              labels.post(post),
              `${labels.likeRate}: ${percent.format(post.likeRate!)}`,
              `${labels.microEngagementRate}: ${percent.format(post.microEngagementRate!)}`,
              `${number.format(post.reach)}`,
            ].join('<br>');
          },
        }
      : { show: false },
    xAxis: {
      type: 'value',
      name: labels.likeRate,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: p.chartAxisLabel },
      axisLabel: { color: p.chartAxisLabel, formatter: (v: number) => percent.format(v) },
      splitLine: { lineStyle: { color: p.chartGridLine } },
    },
    yAxis: {
      type: 'value',
      name: labels.microEngagementRate,
      nameTextStyle: { color: p.chartAxisLabel, align: 'left' },
      axisLabel: { color: p.chartAxisLabel, formatter: (v: number) => percent.format(v) },
      splitLine: { lineStyle: { color: p.chartGridLine } },
    },
    series: formats.map((format, i): ScatterSeriesOption => ({
      name: labels.format(format),
      type: 'scatter',
      data: points.filter((x) => x.format === format).map((x) => [x.likeRate!, x.microEngagementRate!, x.contentId, x.reach]),
      symbolSize: (v: number[]) => 6 + 18 * Math.sqrt((v[3] ?? 0) / maxReach),
      itemStyle: { opacity: 0.8 },
      ...(i === 0 ? { markLine: medianLines } : {}),
    })),
  };
}
