import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import type { MetricsFilter } from '../../contract/metrics';
import { rebuildAggregates } from '../../stats/aggregates';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';
import { contentInteractions } from './content-interactions';
import { resolveFilter } from './filter';
import { overviewActivity } from './overview-activity';
import { overviewKpis } from './overview-kpis';

const LONG = 'I have tried every candle in the shop and this one lasts longer than any of the others I bought';

/**
 * Weeks (Mondays, UTC): W0 = 5 Jan 2026, W1 = 12 Jan, W2 = 19 Jan, W3 = 26 Jan. The data run from
 * Monday 5 Jan 10:00 to Wednesday 28 Jan: W3 is not over.
 *   ana   W0 short comment · W1 short comment (never answered) · W2 detailed comment (deep, never answered)
 *   cleo  W0 DM (deep), answered after 2 h · W2 story reply (deep again, never answered) · W3 comment answered after 1 h
 *   bob   W1 like · W3 like: a passive member
 *   dan   W2, new: a question answered after 30 min
 *   eve   W3, new: a Discord message ("hi all": not addressed to the brand) and an Instagram like
 *   frank W3, new: a WhatsApp message, not addressed either
 */
const EVENTS: Ev[] = [
  { who: 'ana', kind: 'comment', at: '2026-01-05 10:00', thread: 'a', post: 'p1', text: 'hello' },
  { who: 'cleo', kind: 'dm', at: '2026-01-06 09:00', channel: { key: 'dm-cleo', kind: 'dm' }, text: 'bonjour, une question' },
  { who: BRAND, kind: 'dm', at: '2026-01-06 11:00', channel: { key: 'dm-cleo', kind: 'dm' }, text: 'bonjour !' },
  { who: 'bob', kind: 'like', at: '2026-01-13 12:00', post: 'p1' },
  { who: 'ana', kind: 'comment', at: '2026-01-14 10:00', thread: 'b', post: 'p1', text: 'joli' },
  { who: 'dan', kind: 'comment', at: '2026-01-20 10:00', thread: 'c', post: 'p2', text: 'is it available in blue?' },
  { who: BRAND, kind: 'reply', at: '2026-01-20 10:30', thread: 'c', post: 'p2', text: 'yes it is' },
  { who: 'ana', kind: 'comment', at: '2026-01-21 10:00', thread: 'd', post: 'p2', text: LONG },
  { who: 'cleo', kind: 'story_reply', at: '2026-01-22 09:00', text: 'so pretty' },
  { who: 'bob', kind: 'like', at: '2026-01-26 12:00', post: 'p2' },
  { who: 'cleo', kind: 'comment', at: '2026-01-27 09:00', thread: 'e', post: 'p2', text: 'nice' },
  { who: BRAND, kind: 'reply', at: '2026-01-27 10:00', thread: 'e', post: 'p2', text: 'thanks cleo' },
  { who: 'eve', kind: 'message', at: '2026-01-27 15:00', platform: 'discord', channel: 'general', text: 'hi all' },
  { who: 'eve', kind: 'like', at: '2026-01-28 08:00', post: 'p2' },
  { who: 'frank', kind: 'message', at: '2026-01-28 09:00', platform: 'whatsapp', channel: 'club', text: 'hello' },
];

async function setup() {
  const db = await memoryClientDb();
  buildCommunity(db, EVENTS);
  // The test community is written by the ImportWriter alone; an import also keeps the daily aggregates.
  rebuildAggregates(db);
  return db;
}

const kpisOf = (db: Awaited<ReturnType<typeof setup>>, filter: MetricsFilter) =>
  overviewKpis(db, resolveFilter(db, filter), loadAnalyticsSettings(db));
const values = (k: ReturnType<typeof kpisOf>) =>
  Object.fromEntries(Object.entries(k.kpis).map(([name, x]) => [name, [x.value, x.count, x.of]]));

describe('overview KPIs', () => {
  it('counts the whole weeks of the period, marks the last one not over and compares the complete weeks only', async () => {
    const db = await setup();
    const k = kpisOf(db, { from: '2026-01-19', to: '2026-01-28' });
    expect(k.period).toEqual({ from: '2026-01-19', to: '2026-02-01', weeks: 2 });
    expect(k.partial).toBe('end');
    expect(k.lastDataDay).toBe('2026-01-28');
    // W3 is left out of the comparison: W2 against W1.
    expect(k.compared).toEqual({
      current: { from: '2026-01-19', to: '2026-01-25', weeks: 1 },
      previous: { from: '2026-01-12', to: '2026-01-18', weeks: 1 },
    });
    expect(k.noComparison).toBeNull();
    // W2–W3: ana, cleo, dan, bob, eve, frank. Before W2: ana, cleo, bob. Deep: ana (detailed) and
    // cleo (story reply; her W0 DM is before the period and counts nothing here).
    // Inbound conversations opened in W2–W3 and addressed: dan's (30 min), ana's and cleo's story
    // reply (unanswered), cleo's comment (60 min); eve's and frank's greetings are not addressed.
    expect(values(k)).toEqual({
      activeMembers: [6, 6, null],
      deepShare: [0.3333, 2, 6],
      returningShare: [0.5, 3, 6],
      responseRate: [0.5, 2, 4],
      medianFirstResponse: [45, 2, 2],
      ambassadors: [0, 0, null],
    });
    expect(k.responseWithinWindow).toEqual({ windowHours: 24, rate: 0.5 });
    // W2: ana, dan, cleo (ana and cleo active before; both deep); dan's question answered, ana's
    // comment and cleo's story reply not. W1: bob (first seen) and ana; ana's comment never answered.
    const cmp = Object.fromEntries(
      Object.entries(k.kpis).map(([name, x]) => [
        name,
        x.comparison && [x.comparison.current.value, x.comparison.previous.value, x.comparison.change],
      ]),
    );
    expect(cmp).toEqual({
      activeMembers: [3, 2, 0.5],
      deepShare: [0.6667, 0, 0.6667],
      returningShare: [0.6667, 0.5, 0.1667],
      responseRate: [0.3333, 0, 0.3333],
      medianFirstResponse: [30, null, null],
      ambassadors: [0, 0, null],
    });
    expect(k.kpis.deepShare.unit).toBe('share');
    expect(k.kpis.medianFirstResponse.unit).toBe('minutes');
  });

  it('compares a complete period with as many weeks right before it', async () => {
    const db = await setup();
    const k = kpisOf(db, { from: '2026-01-19', to: '2026-01-25' });
    expect(k.partial).toBeNull();
    expect(k.compared?.previous).toEqual({ from: '2026-01-12', to: '2026-01-18', weeks: 1 });
    expect(k.kpis.activeMembers.value).toBe(3);
    expect(k.kpis.activeMembers.comparison?.change).toBe(0.5);
  });

  it('says there is no previous period when the data do not cover it', async () => {
    const db = await setup();
    const whole = kpisOf(db, {});
    expect(whole.period).toEqual({ from: '2026-01-05', to: '2026-02-01', weeks: 4 });
    expect(whole.partial).toBe('end');
    expect(whole.noComparison).toBe('no-previous-period');
    expect(whole.compared).toBeNull();
    expect(whole.kpis.activeMembers).toMatchObject({ value: 6, comparison: null });
    // Everyone is new to the whole history: no returning share to show, rather than a misleading 0 %.
    expect(whole.kpis.returningShare).toMatchObject({ value: null, count: 0, of: 6 });
    // Seven inbound conversations addressed to the brand, three answered (30, 60 and 120 minutes).
    expect(values(whole)).toMatchObject({ responseRate: [0.4286, 3, 7], medianFirstResponse: [60, 3, 3] });
    expect(whole.responseWithinWindow.rate).toBe(0.4286);
    // A range inside the first week: the week counts whole, and nothing lies before it.
    const first = kpisOf(db, { from: '2026-01-06', to: '2026-01-07' });
    expect(first.period).toEqual({ from: '2026-01-05', to: '2026-01-11', weeks: 1 });
    expect(first.noComparison).toBe('no-previous-period');
    expect(first.kpis.activeMembers.value).toBe(2);
    // Only the week that is not over: no complete week to compare.
    expect(kpisOf(db, { from: '2026-01-27', to: '2026-01-28' }).noComparison).toBe('no-complete-week');
  });

  it('applies the platforms, one or several, and the member segment', async () => {
    const db = await setup();
    const range = { from: '2026-01-19', to: '2026-01-28' };
    expect(values(kpisOf(db, { ...range, platforms: ['discord'] })).activeMembers).toEqual([1, 1, null]);
    // eve counts on Instagram for her like; frank is only on WhatsApp.
    const ig = kpisOf(db, { ...range, platforms: ['instagram'] });
    expect(values(ig)).toMatchObject({ activeMembers: [5, 5, null], deepShare: [0.4, 2, 5], returningShare: [0.6, 3, 5] });
    // Two of the three platforms: the merged scope (a temporary table) gives the same members as Instagram plus eve once.
    const two = kpisOf(db, { ...range, platforms: ['instagram', 'discord'] });
    expect(values(two)).toMatchObject({ activeMembers: [5, 5, null], deepShare: [0.4, 2, 5], returningShare: [0.6, 3, 5] });
    expect(two.kpis.activeMembers.comparison?.current.value).toBe(3);
    // Silent members (likes only): bob.
    expect(values(kpisOf(db, { ...range, segment: 'passive' }))).toMatchObject({ activeMembers: [1, 1, null], returningShare: [1, 1, 1] });
  });

  it('finds nothing outside the data', async () => {
    const db = await setup();
    const k = kpisOf(db, { from: '2025-01-01', to: '2025-02-01' });
    expect(k.period).toBeNull();
    expect(k.kpis.activeMembers).toMatchObject({ value: 0, comparison: null });
    const empty = await memoryClientDb();
    expect(kpisOf(empty, {})).toMatchObject({ period: null, lastDataDay: null, brandKnown: false });
  });
});

describe('overview activity', () => {
  it('gives the weeks, the platform mix and the most active members of the period', async () => {
    const db = await setup();
    const a = overviewActivity(db, resolveFilter(db, { from: '2026-01-19', to: '2026-01-28' }), loadAnalyticsSettings(db));
    expect(a.openWeek).toBe('2026-01-26');
    expect(a.weekly).toEqual([
      { week: '2026-01-19', inbound: 3, outbound: 1 },
      { week: '2026-01-26', inbound: 5, outbound: 1 },
    ]);
    // Messages: every interaction with text (the likes have none).
    expect(a.totals).toEqual({ interactions: 10, inbound: 8, outbound: 2, messages: 8 });
    expect(a.byPlatform).toEqual([
      { platform: 'instagram', interactions: 8, inbound: 6, outbound: 2, activeMembers: 5 },
      { platform: 'discord', interactions: 1, inbound: 1, outbound: 0, activeMembers: 1 },
      { platform: 'whatsapp', interactions: 1, inbound: 1, outbound: 0, activeMembers: 1 },
    ]);
    expect(a.byKind).toEqual({ comment: 3, like: 2, message: 2, reply: 2, story_reply: 1 });
    // cleo 2 and eve 2, then one each; ties by person id.
    expect(a.topMembers.map((m) => [m.name, m.interactions])).toEqual([
      ['cleo', 2],
      ['eve', 2],
      ['ana', 1],
      ['bob', 1],
      ['dan', 1],
      ['frank', 1],
    ]);
    expect(a.topMembers.find((m) => m.name === 'eve')!.platforms).toEqual(['discord', 'instagram']);
  });

  it('keeps to the platforms of the filter', async () => {
    const db = await setup();
    const a = overviewActivity(db, resolveFilter(db, { platforms: ['discord', 'whatsapp'] }), loadAnalyticsSettings(db));
    expect(a.byPlatform.map((p) => p.platform)).toEqual(['discord', 'whatsapp']);
    expect(a.totals.interactions).toBe(2);
    expect(a.topMembers.map((m) => m.name)).toEqual(['eve', 'frank']);
  });
});

describe('interactions on a post', () => {
  it('pages through them newest first, the brand included, with who and what', async () => {
    const db = await setup();
    const p2 = db.get<{ id: number }>("SELECT id FROM contents WHERE key = 'p2'")!.id;
    const page = contentInteractions(db, p2, 0, 3);
    expect(page.total).toBe(7);
    expect(page.timezone).toBe('UTC');
    expect(page.interactions.map((i) => [i.author, i.kind, i.direction, i.at])).toEqual([
      ['eve', 'like', 'inbound', '2026-01-28T08:00:00.000Z'],
      [BRAND, 'reply', 'outbound', '2026-01-27T10:00:00.000Z'],
      ['cleo', 'comment', 'inbound', '2026-01-27T09:00:00.000Z'],
    ]);
    expect(page.interactions[1]!.text).toBe('thanks cleo');
    const last = contentInteractions(db, p2, 6, 3);
    expect(last.interactions.map((i) => [i.author, i.text])).toEqual([['dan', 'is it available in blue?']]);
    expect(() => contentInteractions(db, 9999)).toThrow('no post with id 9999');
  });
});
