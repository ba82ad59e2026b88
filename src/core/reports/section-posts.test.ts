import { describe, expect, it } from 'vitest';
import type { ContentFunnel, MetricsResult } from '../contract/metrics';
import type { ReportBlock } from './model';
import { postLists } from './section-posts';
import { testSectionContext } from './test-section-context';

type Post = ContentFunnel['posts'][number];
let next = 1;
const post = (title: string, reach: number, likeRate: number, microEngagementRate: number): Post => ({
  contentId: next++,
  platform: 'instagram',
  format: 'post',
  title,
  at: '2026-03-02T10:00:00.000Z',
  posts: 1,
  reach,
  likes: Math.round(reach * likeRate),
  comments: 0,
  savesShares: Math.round(reach * microEngagementRate),
  replies: 0,
  likeRate,
  microEngagementRate,
});
const ctx = (posts: Post[], lang: 'en' | 'fr' = 'en') =>
  testSectionContext({ metrics: { contentFunnel: { posts } } as unknown as MetricsResult }, lang);
const tables = (bs: ReportBlock[]) => Object.fromEntries(bs.flatMap((b) => (b.type === 'table' ? [[b.table.id, b.table.rows]] : [])));

describe('the named posts of the content section', () => {
  it('list the most discussed and the liked-but-not-discussed posts among those reaching the median reach', () => {
    const posts = [
      post('Workshop in Lyon', 400, 0.05, 0.12),
      post('New scents', 300, 0.06, 0.08),
      post('Sale -20%', 500, 0.12, 0.01),
      post('Winter poll', 350, 0.1, 0.02),
      post('Seen by six', 6, 0.5, 0.5),
      post('Quiet one', 200, 0.01, 0.0),
      post('Team photo', 250, 0.02, 0.03),
    ];
    const out = tables(postLists(ctx(posts)));
    // medians: like rate 6 %, micro-engagement 3 %, reach 300; the post seen by six is left out of both lists
    expect(out['posts-discussed']).toEqual([
      ['Workshop in Lyon', '2\u00a0Mar\u00a02026', 400, 0.05, 0.12],
      ['New scents', '2\u00a0Mar\u00a02026', 300, 0.06, 0.08],
    ]);
    expect(out['posts-liked-not-discussed']).toEqual([
      ['Sale -20%', '2\u00a0Mar\u00a02026', 500, 0.12, 0.01],
      ['Winter poll', '2\u00a0Mar\u00a02026', 350, 0.1, 0.02],
    ]);
    const fr = postLists(ctx(posts, 'fr'));
    expect(fr[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/médiane des publications \(3\s%\)/) });
  });

  it('print nothing without rated posts', () => {
    expect(postLists(ctx([]))).toEqual([]);
  });
});
