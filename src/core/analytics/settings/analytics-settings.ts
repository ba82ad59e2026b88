import { AnalyticsSettings, type AnalyticsSettingsPatch } from '../../contract/analytics-settings';
import type { Db } from '../../db/db';
import { getJsonSetting, setJsonSetting } from '../../settings/settings';
import { CercleError } from '../../errors';
import { toMinutes } from '../model/business-hours';
import { DEFAULT_INTENT_RULES, DEFAULT_THANKS_RULES } from '../model/intent-rules';

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
    throw new CercleError('settings.invalid', { path: issue.path.join('.'), detail: issue.message });
  }
  const next = parsed.data;
  for (const [name, list] of [...Object.entries(next.intentRules), ['thanks', next.thanksRules] as const]) {
    for (const p of list) {
      try {
        new RegExp(p, 'u');
      } catch (err) {
        throw new CercleError('settings.bad-rule', { rule: String(name), pattern: p, detail: (err as Error).message });
      }
    }
  }
  if (next.onion.core + next.onion.regular >= 1) throw new CercleError('settings.onion-shares');
  if (toMinutes(next.businessHours.end) <= toMinutes(next.businessHours.start)) throw new CercleError('settings.business-hours-order');
  setJsonSetting(db, ANALYTICS_SETTINGS_KEY, next);
  return next;
}

/** The settings the stored derived tables depend on: when these change, the tables are rebuilt. */
export function derivedSettingsKey(s: AnalyticsSettings): string {
  return JSON.stringify([
    s.conversationGapMinutes,
    s.threadGapHours,
    s.detailedWords,
    s.recurring,
    s.conversationMinMessages,
    s.businessHours,
    s.reach,
    s.onion,
    s.ambassadorMinAdvocacy,
    s.depthWeights,
    s.loveMonthlyDecay,
    s.ambassadorWeights,
    s.conversionWindowDays,
    s.intentRules,
    s.thanksRules,
  ]);
}
