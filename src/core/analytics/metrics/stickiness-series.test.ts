import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { buildCommunity, type Ev } from '../test-community';
import { resolveFilter } from './filter';
import { stickinessSeries } from './stickiness-series';

/**
 * January 2026 begins on a Thursday: its whole weeks are those of Mondays 5, 12 and 19 (26 Jan – 1 Feb
 * straddles February). February's are 2, 9 and 16, but the data end on Friday 20 February, so the week
 * of the 16th has not elapsed and only 2 and 9 count.
 *   ana: 5, 12 and 19 January (every whole week), 3 February
 *   bob: 6 January only
 *   cleo: 27 January (the straddling week only), then 10 February on Discord
 *   zed: 1 January on Telegram (the first day of the data, before the first whole week)
 *   dan: 20 February (the last day of the data)
 */
const EVENTS: Ev[] = [
  { who: 'zed', kind: 'message', at: '2026-01-01 10:00', platform: 'telegram', channel: 'chat', text: 'hi' },
  { who: 'ana', kind: 'comment', at: '2026-01-05 10:00', text: 'a' },
  { who: 'bob', kind: 'comment', at: '2026-01-06 10:00', text: 'b' },
  { who: 'ana', kind: 'comment', at: '2026-01-12 10:00', text: 'c' },
  { who: 'ana', kind: 'comment', at: '2026-01-19 10:00', text: 'd' },
  { who: 'cleo', kind: 'comment', at: '2026-01-27 10:00', text: 'e' },
  { who: 'ana', kind: 'comment', at: '2026-02-03 10:00', text: 'f' },
  { who: 'cleo', kind: 'message', at: '2026-02-10 10:00', platform: 'discord', channel: 'general', text: 'g' },
  { who: 'dan', kind: 'comment', at: '2026-02-20 10:00', text: 'h' },
];

async function setup() {
  const db = await memoryClientDb();
  buildCommunity(db, EVENTS);
  return db;
}

describe('stickinessSeries', () => {
  it('gives each month its mean weekly actives over its whole weeks, over its monthly actives', async () => {
    const db = await setup();
    const r = stickinessSeries(db, resolveFilter(db), loadAnalyticsSettings(db));
    expect(r.months).toEqual([
      // MAU 4 (zed, ana, bob, cleo); weeks 5, 12, 19 Jan hold 2, 1, 1 members: 4/3 a week.
      {
        period: '2026-01-01',
        monthlyActive: 4,
        averageWeeklyActive: 1.3,
        weeks: 3,
        wauMau: 0.3333,
        complete: true,
        partial: null,
      },
      // MAU 3 (ana, cleo, dan); weeks 2 and 9 Feb hold 1 and 1; the week of the 16th has not elapsed.
      { period: '2026-02-01', monthlyActive: 3, averageWeeklyActive: 1, weeks: 2, wauMau: 0.3333, complete: false, partial: 'end' },
    ]);
  });

  it('reads the platform scope: one platform, and several (not all) merged per member', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    const instagram = stickinessSeries(db, resolveFilter(db, { platforms: ['instagram'] }), s);
    // January: ana, bob, cleo; weeks 2, 1, 1. February: ana, dan; weeks 1 (ana), 0 (cleo was on Discord).
    expect(instagram.months.map((m) => [m.monthlyActive, m.averageWeeklyActive, m.wauMau])).toEqual([
      [3, 1.3, 0.4444],
      [2, 0.5, 0.25],
    ]);
    const two = stickinessSeries(db, resolveFilter(db, { platforms: ['instagram', 'discord'] }), s);
    expect(two.months.map((m) => [m.monthlyActive, m.averageWeeklyActive, m.wauMau])).toEqual([
      [3, 1.3, 0.4444],
      [3, 1, 0.3333],
    ]);
  });

  it('counts only whole weeks inside the range, and marks a month the range starts inside', async () => {
    const db = await setup();
    const r = stickinessSeries(db, resolveFilter(db, { from: '2026-01-10', to: '2026-01-31' }), loadAnalyticsSettings(db));
    // The week of the 5th began before the range: weeks 12 and 19 hold 1 member each.
    expect(r.months).toEqual([
      { period: '2026-01-01', monthlyActive: 4, averageWeeklyActive: 1, weeks: 2, wauMau: 0.25, complete: false, partial: 'start' },
    ]);
  });

  it('has no ratio for a month without a whole week, and nothing without data', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    const r = stickinessSeries(db, resolveFilter(db, { from: '2026-01-01', to: '2026-01-04' }), s);
    expect(r.months).toEqual([
      { period: '2026-01-01', monthlyActive: 4, averageWeeklyActive: null, weeks: 0, wauMau: null, complete: false, partial: 'end' },
    ]);
    const empty = await memoryClientDb();
    expect(stickinessSeries(empty, resolveFilter(empty), s)).toEqual({ months: [] });
  });
});
