import { z } from 'zod';
import { AnalyticsSettings, AnalyticsSettingsPatch } from './analytics-settings';
import { method } from './define';
import { ClientName, CoverageEntry, Platform } from './schemas';

/** The analytics slice of the contract (metrics.* methods); definitions in /work/shared/metrics.md. */

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a calendar date',
  );

/** Member segments: whole-history classes (onion tier, ladder step), so a segment means the same in every view. */
export const Segment = z.enum(['all', 'core', 'regular', 'casual', 'ambassadors', 'spoke', 'passive']);
export type Segment = z.infer<typeof Segment>;
export const Interval = z.enum(['week', 'month']);
export type Interval = z.infer<typeof Interval>;

export const MetricsFilter = z.object({
  /** First local day (client time zone), inclusive; default the first day with data. */
  from: IsoDate.optional(),
  /** Last local day, inclusive; default the last day with data. */
  to: IsoDate.optional(),
  /** Absent or empty = every platform. */
  platforms: z.array(Platform).optional(),
  segment: Segment.optional(),
  /** Reserved for theme clustering (a later issue): accepted, not applied yet, and said so in `applied.notes`. */
  themeId: z.string().optional(),
});
export type MetricsFilter = z.infer<typeof MetricsFilter>;

const Rate = z.number().nullable();
const Minutes = z.number().nullable();

export const AppliedFilter = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  platforms: z.array(z.string()),
  segment: Segment,
  interval: Interval,
  timezone: z.string(),
  notes: z.array(z.string()),
});

export const ResponseStats = z.object({
  inboundConversations: z.number(),
  answered: z.number(),
  answeredWithinWindow: z.number(),
  responseRate: Rate,
  responseRateWithinWindow: Rate,
  medianFirstResponseMinutes: Minutes,
  p90FirstResponseMinutes: Minutes,
});
export type ResponseStats = z.infer<typeof ResponseStats>;

export const Responsiveness = ResponseStats.extend({
  windowHours: z.number(),
  scope: z.enum(['addressed', 'all']),
  businessHours: z.object({
    answeredWithinWindow: z.number(),
    responseRateWithinWindow: Rate,
    /** Answered conversations whose wait overlapped business hours: what the median and p90 describe. */
    covered: z.number(),
    /** Answered conversations asked and answered wholly outside business hours (no business time elapsed). */
    outsideBusinessHours: z.number(),
    /** Null when the covered conversations are fewer than half of the answered ones. */
    medianFirstResponseMinutes: Minutes,
    p90FirstResponseMinutes: Minutes,
  }),
  byPlatform: z.array(ResponseStats.extend({ platform: z.string() })),
  byMemberType: z.array(ResponseStats.extend({ memberType: z.enum(['first-time', 'returning']) })),
});
export type Responsiveness = z.infer<typeof Responsiveness>;

/** Which end of a period lies outside the data or the filter (null: a whole period). */
export const PeriodPartial = z.enum(['start', 'end', 'both']).nullable();
export type PeriodPartial = z.infer<typeof PeriodPartial>;

export const LifecycleRow = z.object({
  period: z.string(),
  active: z.number(),
  new: z.number(),
  returning: z.number(),
  resurrecting: z.number(),
  dormant: z.number(),
  /** A whole period: compare it with others. An incomplete one is shown marked, never as a drop. */
  complete: z.boolean(),
  partial: PeriodPartial,
});
export type LifecycleRow = z.infer<typeof LifecycleRow>;

export const RetentionRow = z.object({
  period: z.string(),
  size: z.number(),
  /** Share of the cohort active in interval N (classic) or in N or later (unbounded), N = 0, 1, … */
  values: z.array(z.number()),
  counts: z.array(z.number()),
  /** Index of the first cell whose interval had not fully elapsed at the end of the data (null: all complete). */
  incompleteFrom: z.number().nullable(),
  /** The cohort's own period began before the data or the filter: a cohort of part of a period. */
  partialStart: z.boolean(),
});
export const Retention = z.object({
  interval: Interval,
  cohorts: z.array(RetentionRow),
  unbounded: z.array(RetentionRow),
  curve: z.array(z.object({ n: z.number(), value: Rate, members: z.number() })),
});
export type Retention = z.infer<typeof Retention>;

export const Stickiness = z.object({
  interval: Interval,
  intervals: z.number(),
  distribution: z.array(z.object({ intervals: z.number(), members: z.number() })),
  averageWeeklyActive: z.number().nullable(),
  averageMonthlyActive: z.number().nullable(),
  wauMau: Rate,
});
export type Stickiness = z.infer<typeof Stickiness>;

export const InterInteraction = z.object({
  gaps: z.number(),
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
  histogram: z.array(z.object({ label: z.string(), fromDays: z.number(), toDays: z.number().nullable(), count: z.number() })),
});
export type InterInteraction = z.infer<typeof InterInteraction>;

export const FUNNEL_STEPS = ['audience', 'reacted', 'spoke', 'deep', 'conversation', 'recurring', 'ambassador'] as const;
export const FunnelStep = z.object({
  step: z.enum(FUNNEL_STEPS),
  /** The ladder: members who reached this step or a later one (each step implies the ones before). */
  members: z.number(),
  /** Members who did this step's own action (a like for "reacted", a message for "spoke"…), whatever else they did. */
  literalMembers: z.number(),
  stepConversion: Rate,
  overallConversion: Rate,
  dropOff: z.number(),
  medianDaysToConvert: z.number().nullable(),
});
export type FunnelStep = z.infer<typeof FunnelStep>;
export const Funnel = z.object({
  windowDays: z.number(),
  steps: z.array(FunnelStep),
  /** The same funnel over the entrants whose conversion window had fully elapsed by the end of the range. */
  fullWindow: z.object({ entrants: z.number(), steps: z.array(FunnelStep) }),
  /** Entrants who had less than the window to convert (they entered less than windowDays before the end). */
  recentEntrants: z.number(),
});
export type Funnel = z.infer<typeof Funnel>;
export const FunnelBreakdown = z.object({
  windowDays: z.number(),
  byPlatform: z.array(z.object({ platform: z.string(), steps: z.array(FunnelStep) })),
  byCohort: z.array(z.object({ period: z.string(), steps: z.array(FunnelStep) })),
});
export type FunnelBreakdown = z.infer<typeof FunnelBreakdown>;

const ContentCounts = {
  posts: z.number(),
  reach: z.number(),
  likes: z.number(),
  comments: z.number(),
  savesShares: z.number(),
  replies: z.number(),
  likeRate: Rate,
  microEngagementRate: Rate,
};
export const ContentFunnel = z.object({
  totals: z.object(ContentCounts),
  steps: z.array(
    z.object({ step: z.enum(['reach', 'likes', 'comments', 'saves+shares', 'replies']), value: z.number(), shareOfReach: Rate }),
  ),
  byFormat: z.array(z.object({ format: z.string(), ...ContentCounts })),
  posts: z.array(
    z.object({
      contentId: z.number(),
      platform: z.string(),
      format: z.string(),
      title: z.string().nullable(),
      at: z.string().nullable(),
      ...ContentCounts,
    }),
  ),
});
export type ContentFunnel = z.infer<typeof ContentFunnel>;

export const Quote = z.object({
  at: z.string(),
  platform: z.string(),
  kind: z.string(),
  text: z.string(),
  why: z.enum(['recommendation', 'helped', 'longest']),
});
export const Ambassador = z.object({
  personId: z.number(),
  member: z.string(),
  score: z.number(),
  tier: z.enum(['core', 'regular', 'casual']),
  ambassador: z.boolean(),
  components: z.object({
    love: z.number(),
    recommendations: z.number(),
    helped: z.number(),
    reach: z.number(),
    onion: z.number(),
    retention: z.number(),
  }),
  evidence: z.object({
    platforms: z.array(z.string()),
    interactions: z.number(),
    activeInteractions: z.number(),
    weeksActive: z.number(),
    love: z.number(),
    reach: z.number(),
    neighbours: z.number(),
    helped: z.number(),
    recommendations: z.number(),
    quotes: z.array(Quote),
  }),
});
export type Ambassador = z.infer<typeof Ambassador>;

export const IntentStats = z.object({
  count: z.number(),
  members: z.number(),
  memberShare: Rate,
  answered: z.number(),
  responseRate: Rate,
  medianFirstResponseMinutes: Minutes,
});
export const Intent = z.object({ question: IntentStats, purchase: IntentStats, complaint: IntentStats, praise: IntentStats });
export type Intent = z.infer<typeof Intent>;

export const ConversationsSummary = z.object({
  conversations: z.number(),
  native: z.number(),
  bySilence: z.number(),
  messages: z.number(),
  inbound: z.number(),
  twoWay: z.number(),
  withMembersOnly: z.number(),
  byPlatform: z.array(z.object({ platform: z.string(), conversations: z.number(), messages: z.number() })),
});
export type ConversationsSummary = z.infer<typeof ConversationsSummary>;

export const MetricsCoverage = z.object({ sources: z.array(CoverageEntry), platforms: z.array(z.string()), notes: z.array(z.string()) });
export type MetricsCoverage = z.infer<typeof MetricsCoverage>;

export const MetricsResult = z.object({
  applied: AppliedFilter,
  conversations: ConversationsSummary,
  responsiveness: Responsiveness,
  lifecycle: z.array(LifecycleRow),
  retention: Retention,
  stickiness: Stickiness,
  interInteraction: InterInteraction,
  funnel: z.array(FunnelStep),
  funnelWindowDays: z.number(),
  /** The funnel of the entrants who had the whole window to convert, and how many entered too late for it. */
  funnelFullWindow: z.object({ entrants: z.number(), steps: z.array(FunnelStep) }),
  funnelRecentEntrants: z.number(),
  /** How the numbers above are counted, where a reader could take them another way (one line each). */
  definitions: z.record(z.string(), z.string()),
  contentFunnel: ContentFunnel,
  ambassadors: z.array(Ambassador),
  intent: Intent,
  coverage: MetricsCoverage,
});
export type MetricsResult = z.infer<typeof MetricsResult>;

const Query = z.object({ client: ClientName, filter: MetricsFilter.default({}), interval: Interval.default('week') });
const Ranked = Query.extend({ limit: z.number().int().min(1).max(1000).optional() });

/** What metrics.prepare did: nothing if the analytics tables were already current. */
export const Prepared = z.object({ rebuilt: z.boolean(), interactions: z.number(), ms: z.number() });

export const metricsContract = {
  // Rebuilds the analytics tables if an import or a change left them stale (the app sends it right
  // after an import, so the first metrics screen does not wait); every other metrics method does it too.
  'metrics.prepare': method(z.object({ client: ClientName }), Prepared),
  'metrics.compute': method(Query, MetricsResult),
  'metrics.conversations': method(Query, ConversationsSummary),
  'metrics.responsiveness': method(Query, Responsiveness),
  'metrics.lifecycle': method(Query, z.array(LifecycleRow)),
  'metrics.retention': method(Query, Retention),
  'metrics.stickiness': method(Query, Stickiness),
  'metrics.interInteraction': method(Query, InterInteraction),
  'metrics.funnel': method(Query, Funnel),
  'metrics.funnelBreakdown': method(Query, FunnelBreakdown),
  'metrics.contentFunnel': method(Query, ContentFunnel),
  'metrics.ambassadors': method(Ranked, z.array(Ambassador)),
  'metrics.intent': method(Query, Intent),
  'metrics.settings.get': method(z.object({ client: ClientName }), AnalyticsSettings),
  'metrics.settings.set': method(z.object({ client: ClientName, settings: AnalyticsSettingsPatch }), AnalyticsSettings),
  'metrics.settings.reset': method(z.object({ client: ClientName }), AnalyticsSettings),
};
