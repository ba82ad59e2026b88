import type { ContentFunnel } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { platformSql, type ResolvedFilter } from './filter';
import { iso } from './query-util';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

import { rate } from '../model/stats';
/** Which stored metric feeds each step, in order of preference (importers name what the export names). */
const SOURCES = {
  reach: ['reach', 'impressions', 'views'],
  likes: ['likes', 'reactions'],
  comments: ['comments'],
  saves: ['saves'],
  shares: ['shares'],
  replies: ['replies'],
};
const POSTS_LISTED = 500;

interface Counts {
  posts: number;
  reach: number;
  likes: number;
  comments: number;
  savesShares: number;
  replies: number;
}

const zero = (): Counts => ({ posts: 0, reach: 0, likes: 0, comments: 0, savesShares: 0, replies: 0 });

function withRates(c: Counts) {
  return { ...c, likeRate: rate(c.likes, c.reach), microEngagementRate: rate(c.comments + c.savesShares + c.replies, c.reach) };
}

/**
 * Content-level funnel from aggregate insights (content_metrics): reach → likes → comments → saves +
 * shares → replies, per post, per format and in total. The micro-engagement rate (comments + saves +
 * shares + replies) ÷ reach stands beside the like rate, so "liked but ignored" posts separate from
 * "discussed" ones. Reach falls back to impressions, then views, where an export has no reach.
 * Aggregates carry no member identities: member segments do not apply here.
 */
export function contentFunnel(db: Db, f: ResolvedFilter, _s: AnalyticsSettings): ContentFunnel {
  const plat = platformSql(f, 'c.platform');
  const pick = (names: string[]) => `COALESCE(${names.map((n) => `MAX(CASE WHEN m.metric = '${n}' THEN m.value END)`).join(', ')}, NULL)`;
  const rows = db.all<
    { id: number; platform: string; kind: string; title: string | null; text: string | null; at: number | null } & Record<
      keyof typeof SOURCES,
      number | null
    >
  >(
    `SELECT c.id AS id, c.platform AS platform, c.kind AS kind, c.title AS title, substr(c.text, 1, 120) AS text, c.at AS at,
            ${Object.entries(SOURCES)
              .map(([k, names]) => `${pick(names)} AS ${k}`)
              .join(', ')}
     FROM contents c JOIN content_metrics m ON m.content_id = c.id
     WHERE (c.at IS NULL OR (c.at >= ? AND c.at < ?))${plat.sql}
     GROUP BY c.id ORDER BY c.at, c.id`,
    [f.fromAt, f.toAt, ...plat.params],
  );
  const totals = zero();
  const byFormat = new Map<string, Counts>();
  const posts: ContentFunnel['posts'] = [];
  for (const r of rows) {
    const c: Counts = {
      posts: 1,
      reach: Number(r.reach ?? 0),
      likes: Number(r.likes ?? 0),
      comments: Number(r.comments ?? 0),
      savesShares: Number(r.saves ?? 0) + Number(r.shares ?? 0),
      replies: Number(r.replies ?? 0),
    };
    if (!byFormat.has(r.kind)) byFormat.set(r.kind, zero());
    for (const target of [totals, byFormat.get(r.kind)!]) for (const k of Object.keys(c) as (keyof Counts)[]) target[k] += c[k];
    posts.push({
      contentId: Number(r.id),
      platform: r.platform,
      format: r.kind,
      title: r.title ?? r.text,
      at: r.at === null ? null : iso(Number(r.at)),
      ...withRates(c),
    });
  }
  posts.sort((a, b) => b.reach - a.reach || a.contentId - b.contentId);
  const t = withRates(totals);
  return {
    totals: t,
    steps: [
      { step: 'reach', value: t.reach, shareOfReach: rate(t.reach, t.reach) },
      { step: 'likes', value: t.likes, shareOfReach: rate(t.likes, t.reach) },
      { step: 'comments', value: t.comments, shareOfReach: rate(t.comments, t.reach) },
      { step: 'saves+shares', value: t.savesShares, shareOfReach: rate(t.savesShares, t.reach) },
      { step: 'replies', value: t.replies, shareOfReach: rate(t.replies, t.reach) },
    ],
    byFormat: [...byFormat]
      .sort((a, b) => b[1].reach - a[1].reach || a[0].localeCompare(b[0]))
      .map(([format, c]) => ({ format, ...withRates(c) })),
    posts: posts.slice(0, POSTS_LISTED),
  };
}
