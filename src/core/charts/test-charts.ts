import type { ContentFunnel, FunnelStep } from '../contract/metrics';

/** Results the chart tests draw: a funnel ladder and a few posts with their rates. */

type Post = ContentFunnel['posts'][number];

const step = (s: FunnelStep['step'], members: number, literalMembers: number, overall: number | null): FunnelStep => ({
  step: s,
  members,
  literalMembers,
  stepConversion: null,
  overallConversion: overall,
  dropOff: 0,
  medianDaysToConvert: null,
});

export const STEPS: FunnelStep[] = [
  step('audience', 1200, 1200, 1),
  step('reacted', 1000, 420, 0.8333),
  step('spoke', 600, 600, 0.5),
  step('deep', 300, 300, 0.25),
  step('conversation', 120, 120, 0.1),
  step('recurring', 60, 60, 0.05),
  step('ambassador', 6, 6, 0.005),
];

export const STEP_LABELS = {
  audience: 'Audience',
  reacted: 'Reacted',
  spoke: 'Spoke',
  deep: 'Deep',
  conversation: 'Conversation',
  recurring: 'Recurring',
  ambassador: 'Ambassador',
};

export const post = (
  contentId: number,
  format: string,
  reach: number,
  likeRate: number | null,
  microEngagementRate: number | null,
): Post => ({
  contentId,
  platform: 'instagram',
  format,
  title: `post ${contentId}`,
  at: '2026-03-01T10:00:00.000Z',
  posts: 1,
  reach,
  likes: 0,
  comments: 0,
  savesShares: 0,
  replies: 0,
  likeRate,
  microEngagementRate,
});

// Like rates 2, 4, 6, 8 % (median 5 %), micro-engagement 0.1, 0.2, 1, 2 % (median 0.6 %); a story without reach.
export const POSTS: Post[] = [
  post(1, 'post', 1000, 0.08, 0.001),
  post(2, 'post', 4000, 0.02, 0.02),
  post(3, 'reel', 9000, 0.06, 0.002),
  post(4, 'reel', 100, 0.04, 0.01),
  post(5, 'story', 0, null, null),
];
