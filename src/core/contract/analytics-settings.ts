import { z } from 'zod';

const Weight = z.number().min(0).max(100);
const HourMinute = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const Patterns = z.array(z.string().min(1)).max(200);

/**
 * Every weight and threshold of the metrics, stored per client (settings key `analytics.settings`).
 * Defaults follow the public reference each metric cites in metrics.md; the report appendix prints them.
 */
export const AnalyticsSettings = z.object({
  /** Silence that ends a conversation in a channel or chat without native threads (metrics.md: 30 min). */
  conversationGapMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  /** Silence that splits a native thread (a DM inbox or a comment thread reopened weeks later). */
  threadGapHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365),
  /** Words from which a comment or message is "detailed" (metrics.md: ≥ 15 words). */
  detailedWords: z.number().int().min(1).max(1000),
  /** Depth of one interaction per class (metrics.md "Depth of an interaction"). */
  depthWeights: z.object({
    like: Weight,
    follow: Weight,
    save: Weight,
    share: Weight,
    shortComment: Weight,
    detailedComment: Weight,
    storyReply: Weight,
    dm: Weight,
    twoWayReply: Weight,
  }),
  /** Orbit love: Σ depth × decay^(months ago). */
  loveMonthlyDecay: z.number().gt(0).max(1),
  /** CHAOSS onion: core = members producing this share of active interactions, regular = the next share. */
  onion: z.object({ core: z.number().gt(0).lt(1), regular: z.number().gt(0).lt(1) }),
  /** Funnel "recurring": active in at least this many distinct weeks and this many conversations. */
  recurring: z.object({ minWeeks: z.number().int().min(1).max(520), minConversations: z.number().int().min(1).max(1000) }),
  /** Funnel "conversation": this many messages by one member in one conversation with others. */
  conversationMinMessages: z.number().int().min(2).max(100),
  /** PostHog conversion window: a step reached later than this after entry does not count. */
  conversionWindowDays: z.number().int().min(1).max(3650),
  /** Response rate window W (metrics.md: 24 h). */
  responseWindowHours: z
    .number()
    .min(0.1)
    .max(24 * 90),
  /** Which inbound conversations expect a brand answer: those addressed to the brand, or every one. */
  responseScope: z.enum(['addressed', 'all']),
  /** Business-hours variant of the response time (ISO weekdays 1 = Monday … 7 = Sunday). */
  businessHours: z.object({ days: z.array(z.number().int().min(1).max(7)).max(7), start: HourMinute, end: HourMinute }),
  /** Orbit reach: edge strengths and monthly decay; co-presence counts only in conversations up to this size. */
  reach: z.object({
    replyMentionStrength: Weight,
    coPresenceStrength: Weight,
    monthlyDecay: z.number().gt(0).max(1),
    maxConversationMembers: z.number().int().min(2).max(1000),
  }),
  /** Ambassador score = 100 × Σ weight × component percentile (weights are normalised to sum to 1). */
  ambassadorWeights: z.object({ love: Weight, recommendations: Weight, helped: Weight, reach: Weight, onion: Weight, retention: Weight }),
  /** Funnel "ambassador": a recurring member with at least this many acts of advocacy (praise or recommendation of the brand, help credited by another member). */
  ambassadorMinAdvocacy: z.number().int().min(1).max(1000),
  /** How many ranked members the ambassador list returns by default. */
  ambassadorLimit: z.number().int().min(1).max(1000),
  /** Intent lexicons: regular expressions matched on lower-case text without accents, French and English. */
  intentRules: z.object({ question: Patterns, purchase: Patterns, complaint: Patterns, praise: Patterns }),
  /** Messages that thank someone (Savannah helped credit). */
  thanksRules: Patterns,
});
export type AnalyticsSettings = z.infer<typeof AnalyticsSettings>;

/** A change to the settings: any top-level key, each given whole. */
export const AnalyticsSettingsPatch = AnalyticsSettings.partial();
export type AnalyticsSettingsPatch = z.infer<typeof AnalyticsSettingsPatch>;
