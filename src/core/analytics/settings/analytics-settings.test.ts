import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { setJsonSetting } from '../../settings/settings';
import { ANALYTICS_SETTINGS_KEY, DEFAULT_ANALYTICS_SETTINGS, loadAnalyticsSettings, saveAnalyticsSettings } from './analytics-settings';

describe('analytics settings', () => {
  it('starts from the documented defaults', async () => {
    const db = await memoryClientDb();
    const s = loadAnalyticsSettings(db);
    expect(s).toEqual(DEFAULT_ANALYTICS_SETTINGS);
    expect([s.conversationGapMinutes, s.detailedWords, s.conversionWindowDays, s.responseWindowHours, s.loveMonthlyDecay]).toEqual([
      30, 15, 90, 24, 0.9,
    ]);
    expect(s.depthWeights).toEqual({
      like: 1,
      follow: 1,
      save: 3,
      share: 3,
      shortComment: 2,
      detailedComment: 4,
      storyReply: 4,
      dm: 5,
      twoWayReply: 5,
    });
    expect(s.businessHours).toEqual({ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' });
  });

  it('stores a change per client and keeps the other settings', async () => {
    const db = await memoryClientDb();
    saveAnalyticsSettings(db, { conversationGapMinutes: 45 });
    expect(loadAnalyticsSettings(db)).toEqual({ ...DEFAULT_ANALYTICS_SETTINGS, conversationGapMinutes: 45 });
  });

  it('refuses invalid values with a sentence naming the setting', async () => {
    const db = await memoryClientDb();
    expect(() => saveAnalyticsSettings(db, { conversationGapMinutes: 0 })).toThrow(/^setting conversationGapMinutes: /);
    expect(() => saveAnalyticsSettings(db, { onion: { core: 0.9, regular: 0.2 } })).toThrow(
      'onion shares: core + regular must stay below 1',
    );
    expect(() => saveAnalyticsSettings(db, { businessHours: { days: [1], start: '18:00', end: '09:00' } })).toThrow(
      'business hours: the end must come after the start',
    );
    expect(loadAnalyticsSettings(db)).toEqual(DEFAULT_ANALYTICS_SETTINGS);
  });

  it('falls back to the default for a stored value that no longer validates, key by key', async () => {
    const db = await memoryClientDb();
    setJsonSetting(db, ANALYTICS_SETTINGS_KEY, { detailedWords: 'many', conversionWindowDays: 30 });
    const s = loadAnalyticsSettings(db);
    expect([s.detailedWords, s.conversionWindowDays]).toEqual([15, 30]);
  });
});
