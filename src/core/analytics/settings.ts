import { z } from 'zod';
import type { Db } from '../db/db';
import { getJsonSetting, setJsonSetting } from '../settings/settings';
import { AnalyticsInputError } from './errors';
import { DEFAULT_INTENT_RULES, DEFAULT_THANKS_RULES } from './intent-rules';

const Weight = z.number().min(0).max(100);
const HourMinute = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const Patterns = z.array(z.string().min(1)).max(200);

/**
 * Every weight and threshold of the metrics, stored per client (settings key `analytics.settings`).
 * Defaults follow the public reference each metric cites in metrics.md; the report appendix prints them.
 */
export const AnalyticsSettings = z.object({
  /** Silence that ends a conversation in a channel or chat without native threads (metrics.md: 30 min). */
  conversationGapMinutes: z.number().int().min(1).max(7 * 24 * 60),
  /** Silence that splits a native thread (a DM inbox or a comment thread reopened weeks later). */
  threadGapHours: z.number().int().min(1).max(24 * 365),
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
  responseWindowHours: z.number().min(0.1).max(24 * 90),
  /** Which inbound conversations expect a brand answer: those addressed to the brand, or every one. */
  responseScope: z.enum(['addressed', 'all']),
  /** Business-hours variant of the response time (ISO weekdays 1 = Monday … 7 = Sunday). */
  businessHours: z.object({ days: z.array(z.number().int().min(1).max(7)).max(7), start: HourMinute, end: HourMinute }),
  /** Orbit reach: edge strengths and monthly decay; co-presence counts only in conversations up to this size. */
  reach: z.object({ replyMentionStrength: Weight, coPresenceStrength: Weight, monthlyDecay: z.number().gt(0).max(1), maxConversationMembers: z.number().int().min(2).max(1000) }),
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

export const DEFAULT_ANALYTICS_SETTINGS: AnalyticsSettings = {
  conversationGapMinutes: 30,
  threadGapHours: 168,
  detailedWords: 15,
  depthWeights: { like: 1, follow: 1, save: 3, share: 3, shortComment: 2, detailedComment: 4, storyReply: 4, dm: 5, twoWayReply: 5 },
  loveMonthlyDecay: 0.9,
  onion: { core: 0.8, regular: 0.15 },
  recurring: { minWeeks: 2, minConversations: 2 },
  conversationMinMessages: 3,
  conversionWindowDays: 90,
  responseWindowHours: 24,
  responseScope: 'addressed',
  businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
  reach: { replyMentionStrength: 10, coPresenceStrength: 1, monthlyDecay: 0.9, maxConversationMembers: 20 },
  ambassadorWeights: { love: 0.3, recommendations: 0.2, helped: 0.15, reach: 0.15, onion: 0.1, retention: 0.1 },
  ambassadorMinAdvocacy: 2,
  ambassadorLimit: 20,
  intentRules: DEFAULT_INTENT_RULES,
  thanksRules: DEFAULT_THANKS_RULES,
};

/** A change to the settings: any top-level key, each given whole. */
export const AnalyticsSettingsPatch = AnalyticsSettings.partial();
export type AnalyticsSettingsPatch = z.infer<typeof AnalyticsSettingsPatch>;

export const ANALYTICS_SETTINGS_KEY = 'analytics.settings';

/** The client's settings over the defaults; a stored value that no longer validates falls back key by key. */
export function loadAnalyticsSettings(db: Db): AnalyticsSettings {
  const stored = getJsonSetting<Record<string, unknown>>(db, ANALYTICS_SETTINGS_KEY, {});
  const out: Record<string, unknown> = { ...DEFAULT_ANALYTICS_SETTINGS };
  for (const [key, value] of Object.entries(stored ?? {})) {
    const field = AnalyticsSettings.shape[key as keyof AnalyticsSettings];
    if (field && field.safeParse(value).success) out[key] = value;
  }
  return out as AnalyticsSettings;
}

/** Validates (regular expressions included) and stores a change; returns the settings now in force. */
export function saveAnalyticsSettings(db: Db, patch: AnalyticsSettingsPatch): AnalyticsSettings {
  const parsed = AnalyticsSettings.safeParse({ ...loadAnalyticsSettings(db), ...patch });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AnalyticsInputError(`setting ${issue.path.join('.')}: ${issue.message}`);
  }
  const next = parsed.data;
  for (const [name, list] of [...Object.entries(next.intentRules), ['thanks', next.thanksRules] as const]) {
    for (const p of list) {
      try {
        new RegExp(p, 'u');
      } catch (err) {
        throw new AnalyticsInputError(`the ${name} rule "${p}" is not a valid regular expression (${(err as Error).message})`);
      }
    }
  }
  if (next.onion.core + next.onion.regular >= 1) throw new AnalyticsInputError('onion shares: core + regular must stay below 1');
  if (toMinutes(next.businessHours.end) <= toMinutes(next.businessHours.start)) throw new AnalyticsInputError('business hours: the end must come after the start');
  setJsonSetting(db, ANALYTICS_SETTINGS_KEY, next);
  return next;
}

export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** The settings the stored derived tables depend on: when these change, the tables are rebuilt. */
export function derivedSettingsKey(s: AnalyticsSettings): string {
  return JSON.stringify([s.conversationGapMinutes, s.threadGapHours, s.detailedWords, s.recurring, s.conversationMinMessages, s.businessHours, s.reach, s.onion, s.ambassadorMinAdvocacy, s.depthWeights, s.loveMonthlyDecay, s.ambassadorWeights, s.conversionWindowDays, s.intentRules, s.thanksRules]);
}
