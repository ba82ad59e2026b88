import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { resolveFilter } from '../analytics/metrics/filter';
import { rebuildDerivedInWrite } from '../analytics/rebuild';
import { DEFAULT_ANALYTICS_SETTINGS, loadAnalyticsSettings, saveAnalyticsSettings } from '../analytics/settings/analytics-settings';
import { BRAND, buildCommunity, type Ev, importBatch } from '../analytics/test-community';
import type { AnalyticsSettings } from '../contract/analytics-settings';
import type { MetricsFilter } from '../contract/metrics';
import type { Db } from '../db/db';
import { rng } from '../generate/random';
import { computeClientThemes } from './client-themes';
import { editTheme } from './theme-edits';
import { readThemeFacts, themeFactsWanted, writeThemeFacts } from './theme-facts';
import { themeMetrics } from './theme-metrics';
import { storeTopicRun, themeCommunity } from './test-theme-community';

const FILTERS: MetricsFilter[] = [
  {},
  { from: '2026-01-12', to: '2026-02-08' },
  { platforms: ['instagram'] },
  { platforms: ['discord', 'whatsapp'], from: '2026-01-20' },
  { from: '2026-02-02', to: '2026-04-26' },
  { platforms: ['facebook'] },
];

/** themes.metrics from the stored facts (which must hold) and from the interactions, under every filter and interval: the same. */
function expectSameAsQuery(db: Db, s: AnalyticsSettings = loadAnalyticsSettings(db)): void {
  expect(readThemeFacts(db)).not.toBeNull();
  for (const filter of FILTERS)
    for (const interval of ['week', 'month'] as const) {
      const f = resolveFilter(db, filter);
      const stored = themeMetrics(db, 'c', f, s, interval, 'stored');
      expect(stored).toEqual(themeMetrics(db, 'c', f, s, interval, 'interactions'));
    }
}

const MEMBERS = ['ana', 'ben', 'chloe', 'dan', 'eva', 'femi', 'gus', 'hana', 'ivo', 'jade', 'kim', 'lou'];
const TEXTS = [
  'Ma commande n’est toujours pas arrivée, livraison en retard',
  'My parcel delivery is late, where is my order?',
  'This candle smells amazing, the vanilla scent is perfect',
  'Le parfum de la bougie figue est incroyable',
  'Do you have this sweater in size small?',
  'Quelle taille choisir pour ce pull en laine ?',
  'merci beaucoup !',
  'Un long message détaillé qui raconte toute mon expérience avec la marque depuis le début, la livraison et le parfum',
  '😂',
];

/** Random events of 2026 (day 0 = 1 January): Discord channels and threads, Instagram comments and DMs, WhatsApp, the brand answering. */
function randomEvents(r: () => number, n: number, from: number, until: number): Ev[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Ev[] = [];
  for (let i = 0; i < n; i++) {
    const day = from + Math.floor(r() * (until - from));
    const at = new Date(Date.UTC(2026, 0, 1 + day, 8 + Math.floor(r() * 12), Math.floor(r() * 60)))
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
    const who = r() < 0.25 ? BRAND : pick(MEMBERS);
    const to = r() < 0.3 ? pick([...MEMBERS, BRAND]) : undefined;
    const text = pick(TEXTS);
    const shape = r();
    if (shape < 0.35) out.push({ who, kind: 'message', at, platform: 'discord', channel: pick(['general', 'support']), text, to });
    else if (shape < 0.5)
      out.push({ who, kind: 'message', at, platform: 'discord', channel: 'general', thread: pick(['fil-1', 'fil-2']), text, to });
    else if (shape < 0.6) out.push({ who, kind: 'message', at, platform: 'whatsapp', channel: 'groupe', text, to });
    else if (shape < 0.8)
      out.push({ who, kind: who === BRAND ? 'reply' : 'comment', at, platform: 'instagram', post: pick(['p1', 'p2', 'p3']), text, to });
    else {
      const member = who === BRAND ? pick(MEMBERS) : who;
      out.push({
        who,
        kind: r() < 0.2 && who !== BRAND ? 'story_reply' : 'dm',
        at,
        platform: 'instagram',
        channel: { key: `dm-${member}`, kind: 'dm' },
        thread: `dm-${member}`,
        text,
        ...(who === BRAND ? { to: member } : {}),
      });
    }
  }
  return out;
}

async function themedCommunity(seed: number): Promise<Db> {
  const db = await memoryClientDb();
  importBatch(db, randomEvents(rng(seed), 260, 0, 110), 'a');
  rebuildDerivedInWrite(db);
  await computeClientThemes(db, { seed: 1, includeBrand: seed % 2 === 0 }, { now: () => 0 });
  return db;
}

const themeIds = (db: Db) => db.all<{ id: number }>('SELECT id FROM theme_nodes WHERE is_theme = 1 ORDER BY id').map((r) => Number(r.id));

describe('theme facts', () => {
  it('give the numbers of the interactions, written by the run, under every filter and with other weights and scope', async () => {
    for (const seed of [1, 2, 3]) {
      const db = await themedCommunity(seed);
      expect(themeIds(db).length).toBeGreaterThanOrEqual(2);
      expectSameAsQuery(db);
      // weights a half apart (exact in any order of summing), every conversation awaited, detailed from 5 words
      const s = loadAnalyticsSettings(db);
      expectSameAsQuery(db, {
        ...s,
        responseScope: 'all',
        detailedWords: 5,
        depthWeights: { ...s.depthWeights, dm: 4.5, storyReply: 0.5, detailedComment: 3.25 },
      });
    }
  });

  it('follow merges and splits of themes: the texts move by group', async () => {
    const db = await themedCommunity(4);
    const [a, b] = themeIds(db);
    expect(editTheme(db, { kind: 'merge', theme: b!, into: a! }, 1)).toBe(true);
    expectSameAsQuery(db);
    expect(editTheme(db, { kind: 'split', theme: a! }, 2)).toBe(true);
    expectSameAsQuery(db);
  });

  it('are stale after an import cut the conversations again, and give the same numbers once written again', async () => {
    for (const seed of [5, 6]) {
      const db = await themedCommunity(seed);
      const before = themeMetrics(db, 'c', resolveFilter(db, {}), loadAnalyticsSettings(db), 'week');
      importBatch(db, randomEvents(rng(seed + 100), 80, 90, 130), 'b');
      rebuildDerivedInWrite(db);
      // the conversations were cut again: the facts no longer hold, the interactions are read
      expect(readThemeFacts(db)).toBeNull();
      expect(themeFactsWanted(db)).toBe(true);
      const f = resolveFilter(db, {});
      const s = loadAnalyticsSettings(db);
      expect(themeMetrics(db, 'c', f, s, 'week')).toEqual(themeMetrics(db, 'c', f, s, 'week', 'interactions'));
      expect(themeMetrics(db, 'c', f, s, 'week').newTexts).toBeGreaterThan(before.newTexts);
      writeThemeFacts(db);
      expect(themeFactsWanted(db)).toBe(false);
      expectSameAsQuery(db);
      // the run after the import writes them too
      await computeClientThemes(db, { seed: 1, includeBrand: false }, { now: () => 1 });
      expectSameAsQuery(db);
    }
  });

  it('are stale after a rebuild with other conversation settings, or a change of time zone', async () => {
    const db = await themedCommunity(7);
    saveAnalyticsSettings(db, { conversationGapMinutes: 30 });
    rebuildDerivedInWrite(db);
    expect(readThemeFacts(db)).toBeNull();
    writeThemeFacts(db);
    expectSameAsQuery(db);
    db.run("UPDATE settings SET value = 'Pacific/Auckland' WHERE key = 'client.timezone'");
    expect(readThemeFacts(db)).toBeNull();
  });

  it('are not read when a text left its group (a change of theme_members the edits do not make)', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, themeCommunity());
    storeTopicRun(db, { delivery: 0, scent: 1, sizesA: 2, sizesB: 3, sizes: 4, rest: 5, root: 6 });
    writeThemeFacts(db);
    expectSameAsQuery(db);
    const one = db.get<{ id: number }>('SELECT interaction_id AS id FROM theme_members WHERE theme_id = 1 LIMIT 1')!.id;
    db.run('UPDATE theme_members SET theme_id = 0 WHERE interaction_id = ?', [one]);
    db.run('DELETE FROM theme_weeks WHERE theme_id >= 0');
    db.run(
      'INSERT INTO theme_weeks (theme_id, week, n) SELECT theme_id, week, COUNT(*) FROM theme_members WHERE theme_id IS NOT NULL GROUP BY theme_id, week',
    );
    expect(readThemeFacts(db)).toBeNull();
    const f = resolveFilter(db, {});
    expect(themeMetrics(db, 'c', f, DEFAULT_ANALYTICS_SETTINGS, 'week').themes.find((t) => t.id === 0)!.size).toBe(29);
  });

  it('are none for a client without a run, and missing ones are wanted once there is a run', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, themeCommunity());
    expect(themeFactsWanted(db)).toBe(false);
    writeThemeFacts(db);
    expect(db.get('SELECT 1 AS x FROM theme_facts')).toBeUndefined();
    storeTopicRun(db, { delivery: 0, scent: 1, sizesA: 2, sizesB: 3, sizes: 4, rest: 5, root: 6 });
    expect(themeFactsWanted(db)).toBe(true);
  });
});
