import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { resolveFilter } from '../analytics/metrics/filter';
import { DEFAULT_ANALYTICS_SETTINGS } from '../analytics/settings/analytics-settings';
import { buildCommunity } from '../analytics/test-community';
import type { Db } from '../db/db';
import { themeMetrics } from './theme-metrics';
import { DELIVERY, SCENT, SIZES, storeTopicRun, themeCommunity } from './test-theme-community';

const s = DEFAULT_ANALYTICS_SETTINGS;

async function community(): Promise<Db> {
  const db = await memoryClientDb();
  buildCommunity(db, themeCommunity());
  storeTopicRun(db, { delivery: 0, scent: 1, sizesA: 2, sizesB: 3, sizes: 4, rest: 5, root: 6 });
  return db;
}

/** The interactions' columns, the id replaced by the next one and the natural key made unique (a copy of a row). */
function columnsWithNewId(db: Db): string {
  const cols = db.all<{ name: string }>('PRAGMA table_info(interactions)').map((c) => c.name);
  return cols.map((c) => (c === 'id' ? '(SELECT MAX(id) + 1 FROM interactions)' : c === 'key' ? "key || '-copy'" : c)).join(', ');
}

/** The theme holding most of a topic's texts. */
function themeOf(db: Db, topic: readonly string[]): number {
  const rows = db.all<{ t: number; n: number }>(
    `SELECT tm.theme_id AS t, COUNT(*) AS n FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id
     WHERE i.text IN (${topic.map(() => '?').join(',')}) GROUP BY tm.theme_id ORDER BY n DESC`,
    [...topic],
  );
  return Number(rows[0]!.t);
}

describe('per-theme metrics', () => {
  it('gives each theme its share, members, depth, brand responses, trend and emergence', async () => {
    const db = await community();
    const m = themeMetrics(db, 'c', resolveFilter(db, {}), s, 'week');
    // 64 scent and size comments, 12 + 16 delivery DMs
    expect(m.texts).toBe(92);
    expect(m.periods).toHaveLength(16);
    expect(m.periods.reduce((a, p) => a + p.total, 0)).toBe(92);
    expect(m.themes).toHaveLength(3);
    const delivery = m.themes.find((t) => t.id === themeOf(db, DELIVERY))!;
    const scent = m.themes.find((t) => t.id === themeOf(db, SCENT))!;
    expect(new Set([delivery.id, scent.id, themeOf(db, SIZES)]).size).toBe(3);
    expect(delivery.size).toBe(28);
    expect(delivery.share).toBeCloseTo(28 / 92, 10);
    expect(delivery.members).toBe(28);
    // DMs weigh 5, short comments 2 (defaults)
    expect(delivery.meanDepth).toBe(s.depthWeights.dm);
    expect(scent.meanDepth).toBe(s.depthWeights.shortComment);
    // every delivery DM answered an hour later; no comment answered
    expect(delivery).toMatchObject({ inboundConversations: 28, answered: 28, responseRate: 1, medianFirstResponseMinutes: 60 });
    expect(scent).toMatchObject({ inboundConversations: 32, answered: 0, responseRate: 0, medianFirstResponseMinutes: null });
    expect(delivery.counts).toEqual([...new Array(12).fill(1), 4, 4, 4, 4]);
    expect(delivery.shares[15]).toBeCloseTo(4 / 8, 10);
    expect(m.unclassified.size + m.themes.reduce((a, t) => a + t.size, 0)).toBe(92);

    // recent 4 weeks (16 of 32 texts) against the 12 before (12 of 60): 50 % vs 20 %
    expect(m.window).toMatchObject({ recentFrom: '2026-03-30', recentTo: '2026-04-26', beforeFrom: '2026-01-05', beforeTo: '2026-03-29' });
    const e = delivery.emergence!;
    expect(e).toMatchObject({ recent: 16, before: 12 });
    expect(e.recentShare).toBeCloseTo(0.5, 10);
    expect(e.beforeShare).toBeCloseTo(0.2, 10);
    expect(e.ratio).toBeCloseTo(2.5, 10);
    const pooled = 28 / 92;
    expect(e.z).toBeCloseTo(0.3 / Math.sqrt(pooled * (1 - pooled) * (1 / 32 + 1 / 60)), 8);
    expect(e.emerging).toBe(true);
    expect(scent.emergence!.emerging).toBe(false);
    expect(m.newTexts).toBe(0);
  });

  it('counts the texts imported since the run, so the screen can offer to compute again', async () => {
    const db = await community();
    // a new comment after the run: copied from the last text with the next id
    const last = "(SELECT MAX(id) FROM interactions WHERE direction = 'inbound' AND text IS NOT NULL)";
    db.run(`INSERT INTO interactions SELECT ${columnsWithNewId(db)} FROM interactions WHERE id = ${last}`);
    expect(themeMetrics(db, 'c', resolveFilter(db, {}), s, 'week').newTexts).toBe(1);
  });

  it('follows the shared filters: a period narrows the texts, monthly periods sum the weeks', async () => {
    const db = await community();
    const march = themeMetrics(db, 'c', resolveFilter(db, { from: '2026-03-30', to: '2026-04-26' }), s, 'week');
    expect(march.texts).toBe(32);
    expect(march.periods).toHaveLength(4);
    expect(march.window).toBeNull();
    expect(march.themes.find((t) => t.id === themeOf(db, DELIVERY))!.size).toBe(16);
    const monthly = themeMetrics(db, 'c', resolveFilter(db, {}), s, 'month');
    expect(monthly.periods.map((p) => p.start)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']);
    expect(monthly.periods.at(-1)!.partial).toBe('end');
    expect(monthly.periods[0]!.partial).toBe('start');
    const none = themeMetrics(db, 'c', resolveFilter(db, { platforms: ['facebook'] }), s, 'week');
    expect(none.texts).toBe(0);
  });
});
