import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { resolveFilter } from './filter';
import { interInteraction } from './inter-interaction';
import { lifecycle } from './lifecycle';
import { retention } from './retention';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { stickiness } from './stickiness';
import { buildCommunity, type Ev } from '../test-community';

/**
 * Weeks (Mondays): W0 = 5 Jan 2026, W1 = 12 Jan, W2 = 19 Jan, W3 = 26 Jan, W4 = 2 Feb, W5 = 9 Feb.
 *   ana: W0 (twice on Monday), W1, W3 — on Discord in W3
 *   bob: W0, a like only (passive)
 *   cleo: first seen 22 Dec 2025 (before the window), then W1, W2
 *   dan: new in W2, then W3 (Discord)
 *   W4: nobody. eve in W5, after the window, so W4 has fully elapsed.
 */
const EVENTS: Ev[] = [
  { who: 'cleo', kind: 'comment', at: '2025-12-22 10:00', text: 'first' },
  { who: 'ana', kind: 'comment', at: '2026-01-05 09:00', text: 'a' },
  { who: 'ana', kind: 'comment', at: '2026-01-05 18:00', text: 'b' },
  { who: 'bob', kind: 'like', at: '2026-01-08 12:00', post: 'p' },
  { who: 'ana', kind: 'comment', at: '2026-01-13 10:00', text: 'c' },
  { who: 'cleo', kind: 'comment', at: '2026-01-12 10:00', text: 'd' },
  { who: 'cleo', kind: 'comment', at: '2026-01-19 10:00', text: 'e' },
  { who: 'dan', kind: 'message', at: '2026-01-23 10:00', platform: 'discord', channel: 'general', text: 'f' },
  { who: 'ana', kind: 'message', at: '2026-01-28 10:00', platform: 'discord', channel: 'general', text: 'g' },
  { who: 'dan', kind: 'message', at: '2026-01-30 10:00', platform: 'discord', channel: 'general', text: 'h' },
  { who: 'eve', kind: 'comment', at: '2026-02-10 10:00', text: 'i' },
];
const WINDOW = { from: '2026-01-05', to: '2026-02-08' };

async function setup() {
  const db = await memoryClientDb();
  buildCommunity(db, EVENTS);
  return db;
}

describe('lifecycle', () => {
  it('classifies each week, with "new" taken from the whole history', async () => {
    const db = await setup();
    const rows = lifecycle(db, resolveFilter(db, WINDOW), loadAnalyticsSettings(db), 'week');
    expect(rows).toEqual([
      { period: '2026-01-05', active: 2, new: 2, returning: 0, resurrecting: 0, dormant: 0, complete: true, partial: null },
      // cleo is back after W-2: resurrecting, not new; bob went dormant.
      { period: '2026-01-12', active: 2, new: 0, returning: 1, resurrecting: 1, dormant: 1, complete: true, partial: null },
      { period: '2026-01-19', active: 2, new: 1, returning: 1, resurrecting: 0, dormant: 1, complete: true, partial: null },
      { period: '2026-01-26', active: 2, new: 0, returning: 1, resurrecting: 1, dormant: 1, complete: true, partial: null },
      // The week without activity: everyone from W3 is dormant.
      { period: '2026-02-02', active: 0, new: 0, returning: 0, resurrecting: 0, dormant: 2, complete: true, partial: null },
    ]);
  });

  it('works by month and marks the month that has not elapsed', async () => {
    const db = await setup();
    const rows = lifecycle(db, resolveFilter(db, { from: '2025-12-01', to: '2026-02-28' }), loadAnalyticsSettings(db), 'month');
    expect(rows).toEqual([
      // The data begin on 22 December: December is a part of a month, marked as such.
      { period: '2025-12-01', active: 1, new: 1, returning: 0, resurrecting: 0, dormant: 0, complete: false, partial: 'start' },
      { period: '2026-01-01', active: 4, new: 3, returning: 1, resurrecting: 0, dormant: 0, complete: true, partial: null },
      { period: '2026-02-01', active: 1, new: 1, returning: 0, resurrecting: 0, dormant: 4, complete: false, partial: 'end' },
    ]);
  });

  it('follows the platform scope and the member segment', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    // Instagram only: ana's and dan's Discord weeks disappear; dan never appears.
    const ig = lifecycle(db, resolveFilter(db, { ...WINDOW, platforms: ['instagram'] }), s, 'week');
    expect(ig.map((r) => [r.active, r.new, r.returning, r.resurrecting, r.dormant])).toEqual([
      [2, 2, 0, 0, 0],
      [2, 0, 1, 1, 1],
      [1, 0, 1, 0, 1],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
    ]);
    // Discord only: dan is new in W2 there, and so is ana in W3 (her first Discord week).
    const dc = lifecycle(db, resolveFilter(db, { ...WINDOW, platforms: ['discord'] }), s, 'week');
    expect(dc.map((r) => r.new)).toEqual([0, 0, 1, 1, 0]);
    // Passive members (never spoke): bob alone.
    const passive = lifecycle(db, resolveFilter(db, { ...WINDOW, segment: 'passive' }), s, 'week');
    expect(passive.map((r) => [r.active, r.new, r.dormant])).toEqual([
      [1, 1, 0],
      [0, 0, 1],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});

describe('retention', () => {
  it('builds weekly cohorts, recurring and unbounded', async () => {
    const db = await setup();
    const r = retention(db, resolveFilter(db, WINDOW), loadAnalyticsSettings(db), 'week');
    // Cohorts inside the window: W0 = {ana, bob}, W2 = {dan}. cleo's cohort (Dec) is outside it.
    expect(r.cohorts).toEqual([
      { period: '2026-01-05', size: 2, counts: [2, 1, 0, 1, 0], values: [1, 0.5, 0, 0.5, 0], incompleteFrom: null, partialStart: false },
      { period: '2026-01-19', size: 1, counts: [1, 1, 0], values: [1, 1, 0], incompleteFrom: null, partialStart: false },
    ]);
    // Unbounded: active in week N or later (within the window). ana is back in W3, so W2 counts her too.
    expect(r.unbounded).toEqual([
      { period: '2026-01-05', size: 2, counts: [2, 1, 1, 1, 0], values: [1, 0.5, 0.5, 0.5, 0], incompleteFrom: null, partialStart: false },
      { period: '2026-01-19', size: 1, counts: [1, 1, 0], values: [1, 1, 0], incompleteFrom: null, partialStart: false },
    ]);
    // Curve: N = 0..2 over both cohorts (3 members), N = 3..4 over W0's only (W2 + 3 lies outside the window).
    expect(r.curve).toEqual([
      { n: 0, value: 1, members: 3 },
      { n: 1, value: 0.6667, members: 3 },
      { n: 2, value: 0.3333, members: 3 },
      { n: 3, value: 0.5, members: 2 },
      { n: 4, value: 0, members: 2 },
    ]);
  });

  it('marks the cells of an interval that has not elapsed', async () => {
    const db = await setup();
    // The data ends on Tue 10 Feb: W5 is incomplete, so W0's cell 5 is marked, not shown as a drop.
    const r = retention(db, resolveFilter(db, { from: '2026-01-05' }), loadAnalyticsSettings(db), 'week');
    expect(r.cohorts[0]).toEqual({
      period: '2026-01-05',
      size: 2,
      counts: [2, 1, 0, 1, 0, 0],
      values: [1, 0.5, 0, 0.5, 0, 0],
      incompleteFrom: 5,
      partialStart: false,
    });
    expect(r.cohorts.map((c) => c.period)).toEqual(['2026-01-05', '2026-01-19', '2026-02-09']);
    expect(r.curve.map((c) => c.n)).toEqual([0, 1, 2, 3, 4]);
  });

  it('builds monthly cohorts', async () => {
    const db = await setup();
    const r = retention(db, resolveFilter(db, { from: '2025-12-01' }), loadAnalyticsSettings(db), 'month');
    expect(r.cohorts).toEqual([
      // cleo's cohort: the data begin on 22 December, so it is a cohort of part of a month.
      { period: '2025-12-01', size: 1, counts: [1, 1, 0], values: [1, 1, 0], incompleteFrom: 2, partialStart: true },
      { period: '2026-01-01', size: 3, counts: [3, 0], values: [1, 0], incompleteFrom: 1, partialStart: false },
      { period: '2026-02-01', size: 1, counts: [1], values: [1], incompleteFrom: 0, partialStart: false },
    ]);
  });
});

describe('stickiness and inter-interaction time', () => {
  it('counts members by the number of weeks they were active, and WAU/MAU', async () => {
    const db = await setup();
    const s = stickiness(db, resolveFilter(db, WINDOW), loadAnalyticsSettings(db), 'week');
    // ana 3 weeks, bob 1, cleo 2, dan 2. Weekly actives 2, 2, 2, 2, 0 → 1.6; January (the only
    // elapsed month of the window) had 4 actives: WAU/MAU = 0.4.
    expect(s).toEqual({
      interval: 'week',
      intervals: 5,
      distribution: [
        { intervals: 1, members: 1 },
        { intervals: 2, members: 2 },
        { intervals: 3, members: 1 },
        { intervals: 4, members: 0 },
        { intervals: 5, members: 0 },
      ],
      averageWeeklyActive: 1.6,
      averageMonthlyActive: 4,
      wauMau: 0.4,
    });
  });

  it('counts active weeks over the whole period from the stored totals', async () => {
    const db = await setup();
    const s = stickiness(db, resolveFilter(db), loadAnalyticsSettings(db), 'week');
    // 22 Dec 2025 – 10 Feb 2026: 8 weeks. bob and eve 1 week, dan 2, ana and cleo 3.
    expect(s.intervals).toBe(8);
    expect(s.distribution.filter((d) => d.members > 0)).toEqual([
      { intervals: 1, members: 2 },
      { intervals: 2, members: 1 },
      { intervals: 3, members: 2 },
    ]);
  });

  it('measures the gaps between a member’s active days', async () => {
    const db = await setup();
    const r = interInteraction(db, resolveFilter(db, WINDOW), loadAnalyticsSettings(db));
    // ana: 5 → 13 → 28 Jan (8, 15 days; two interactions on the 5th are one day); cleo: 22 Dec → 12 → 19 Jan
    // (21, 7); dan: 23 → 30 Jan (7). Sorted 7, 7, 8, 15, 21: median 8, p90 (5th of 5) 21.
    expect(r.gaps).toBe(5);
    expect(r.medianDays).toBe(8);
    expect(r.p90Days).toBe(21);
    expect(r.histogram.filter((b) => b.count > 0).map((b) => [b.label, b.count])).toEqual([
      ['4–7 days', 2],
      ['8–14 days', 1],
      ['15–30 days', 2],
    ]);
    // Per platform: on Instagram ana's gaps are 8 then nothing (her W3 day was on Discord); cleo's stay.
    const ig = interInteraction(db, resolveFilter(db, { ...WINDOW, platforms: ['instagram'] }), loadAnalyticsSettings(db));
    expect([ig.gaps, ig.medianDays]).toEqual([3, 8]);
  });
});
