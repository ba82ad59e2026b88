import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { contentFunnel } from './content-funnel';
import { resolveFilter } from './filter';
import { funnel, funnelBreakdown } from './funnel';
import { loadAnalyticsSettings, saveAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';

const LONG = 'I have tried every candle in the shop and this one lasts longer than any of the others I bought';
const ig = (who: string, kind: Ev['kind'], at: string, thread?: string, text?: string): Ev => ({ who, kind, at, post: 'p', thread, text });

/**
 * p1 climbs the whole ladder: like (entry, 5 Jan 10:00), comment +1 d, detailed comment +3 d, replies
 * back to the brand +4 d (conversation), comments in a second week +8 d (recurring: 2 weeks, 2+
 * conversations), a second recommendation +9 d (ambassador: recurring + 2 acts of advocacy).
 * p5 DMs (deep at entry), then writes 3 messages in a Discord chat with p6 ten days later.
 * p6 entered before the range; p7 spoke too late (after the window and the range); p8's detailed
 * comment comes after the end of the range.
 */
const EVENTS: Ev[] = [
  ig('p1', 'like', '2026-01-05 10:00'),
  ig('p1', 'comment', '2026-01-06 10:00', 'a', 'nice'),
  ig('p1', 'comment', '2026-01-08 10:00', 'b', LONG),
  ig(BRAND, 'reply', '2026-01-08 11:00', 'b', 'thank you'),
  ig('p1', 'reply', '2026-01-09 10:00', 'b', 'you are welcome'),
  ig('p1', 'comment', '2026-01-13 10:00', 'c', 'je recommande à toutes mes amies'),
  ig('p1', 'comment', '2026-01-14 10:00', 'd', 'I love it'),
  ig('p2', 'comment', '2026-01-05 12:00', 'e', 'hello'),
  ig('p3', 'like', '2026-01-06 09:00'),
  ig('p4', 'follow', '2026-01-07 09:00'),
  { who: 'p5', kind: 'dm', at: '2026-01-10 09:00', channel: { key: 'dm-p5', kind: 'dm' }, text: 'bonjour' },
  { who: 'p6', kind: 'message', at: '2025-12-01 09:00', platform: 'discord', channel: 'general', text: 'hey' },
  { who: 'p5', kind: 'message', at: '2026-01-20 10:00', platform: 'discord', channel: 'general', text: 'one' },
  { who: 'p6', kind: 'message', at: '2026-01-20 10:02', platform: 'discord', channel: 'general', text: 'two' },
  { who: 'p5', kind: 'message', at: '2026-01-20 10:05', platform: 'discord', channel: 'general', text: 'three' },
  { who: 'p5', kind: 'message', at: '2026-01-20 10:10', platform: 'discord', channel: 'general', text: 'four' },
  ig('p7', 'like', '2026-01-05 09:00'),
  ig('p7', 'comment', '2026-04-20 09:00', 'f', 'late'),
  ig('p8', 'comment', '2026-03-30 09:00', 'g', 'hi'),
  ig('p8', 'comment', '2026-04-02 09:00', 'h', LONG),
];
const RANGE = { from: '2026-01-05', to: '2026-03-31' };

async function setup() {
  const db = await memoryClientDb();
  buildCommunity(db, EVENTS);
  return db;
}

const table = (
  steps: {
    step: string;
    members: number;
    stepConversion: number | null;
    overallConversion: number | null;
    dropOff: number;
    medianDaysToConvert: number | null;
  }[],
) => steps.map((s) => [s.step, s.members, s.stepConversion, s.overallConversion, s.dropOff, s.medianDaysToConvert]);

describe('member funnel', () => {
  it('counts the members who entered in the range at each step, with conversions and median days', async () => {
    const db = await setup();
    const f = funnel(db, resolveFilter(db, RANGE), loadAnalyticsSettings(db));
    expect(f.windowDays).toBe(90);
    // Entrants p1 p2 p3 p4 p5 p7 p8. Reacted: all but p4 (speaking implies it). Spoke: p1 (+1 d), p2,
    // p5, p8 (0). Deep: p1 (+3), p5 (0). Conversation and recurring: p1 (+4, +8) and p5 (+10 d 1 h: the
    // recurring time, 20 Jan 10:00, comes before the 3rd message and a step implies those below it).
    expect(table(f.steps)).toEqual([
      ['audience', 7, 1, 1, 0, 0],
      ['reacted', 6, 0.8571, 0.8571, 1, 0],
      ['spoke', 4, 0.6667, 0.5714, 2, 0],
      ['deep', 2, 0.5, 0.2857, 2, 1.5],
      ['conversation', 2, 1, 0.2857, 0, 7.02],
      ['recurring', 2, 1, 0.2857, 0, 9.02],
      ['ambassador', 1, 0.5, 0.1429, 1, 9],
    ]);
  });

  it('stores the whole-period funnel when the tables are built, equal to the live computation', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    const stored = funnel(db, resolveFilter(db), s);
    // Whole period (to 20 April): p6 (December) enters too and is recurring by 20 Jan (two weeks, two
    // conversations), which implies the steps below; p8's detailed comment now counts; p7 still spoke too late.
    expect(stored.steps.map((x) => x.members)).toEqual([8, 7, 5, 4, 3, 3, 1]);
    const storedBreakdown = funnelBreakdown(db, resolveFilter(db), s, 'month');
    db.run('DELETE FROM metric_cache');
    expect(funnel(db, resolveFilter(db), s)).toEqual(stored);
    expect(funnelBreakdown(db, resolveFilter(db), s, 'month')).toEqual(storedBreakdown);
  });

  it('applies the conversion window as a hard limit', async () => {
    const db = await setup();
    const s = saveAnalyticsSettings(db, { conversionWindowDays: 5 });
    const f = funnel(db, resolveFilter(db, RANGE), s);
    expect(f.steps.map((x) => x.members)).toEqual([7, 6, 4, 2, 1, 0, 0]);
  });

  it('follows the platform scope and the member segment', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    // On Discord only p5 entered in the range (p6 in December). Her third message makes the
    // conversation, 10 minutes after entry, and implies "deep" there.
    const dc = funnel(db, resolveFilter(db, { ...RANGE, platforms: ['discord'] }), s);
    expect(dc.steps.map((x) => [x.members, x.medianDaysToConvert])).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 0.01],
      [1, 0.01],
      [0, null],
      [0, null],
    ]);
    // Passive members (whole history never spoke): p3 and p4.
    expect(funnel(db, resolveFilter(db, { ...RANGE, segment: 'passive' }), s).steps.map((x) => x.members)).toEqual([2, 1, 0, 0, 0, 0, 0]);
  });

  it('breaks down by platform and entry cohort', async () => {
    const db = await setup();
    const b = funnelBreakdown(db, resolveFilter(db, RANGE), loadAnalyticsSettings(db), 'week');
    expect(b.byCohort.map((c) => [c.period, c.steps[0]!.members])).toEqual([
      ['2026-01-05', 6],
      ['2026-03-30', 1],
    ]);
    expect(b.byPlatform.map((p) => [p.platform, p.steps[0]!.members, p.steps[2]!.members])).toEqual([
      ['instagram', 7, 4],
      ['discord', 1, 1],
    ]);
  });
});

describe('content funnel', () => {
  it('adds reach → likes → comments → saves + shares → replies per post, per format and in total', async () => {
    const db = await memoryClientDb();
    buildCommunity(
      db,
      [ig('x', 'like', '2026-01-01 10:00')],
      [
        {
          key: 'A',
          kind: 'post',
          at: '2026-01-02 10:00',
          title: 'Post A',
          metrics: { reach: 1000, likes: 100, comments: 10, saves: 5, shares: 5 },
        },
        {
          key: 'B',
          kind: 'reel',
          at: '2026-01-03 10:00',
          title: 'Reel B',
          metrics: { reach: 2000, likes: 40, comments: 60, saves: 30, shares: 10, replies: 20 },
        },
        // No reach in this export: impressions stand in; reactions stand in for likes.
        { key: 'C', kind: 'post', at: '2026-02-01 10:00', title: 'Post C', metrics: { impressions: 500, reactions: 25 } },
      ],
    );
    const c = contentFunnel(db, resolveFilter(db, { from: '2026-01-01', to: '2026-02-28' }), loadAnalyticsSettings(db));
    // Likes 165 / 3500 = 0.0471; (70 + 50 + 20) / 3500 = 0.04.
    expect(c.totals).toEqual({
      posts: 3,
      reach: 3500,
      likes: 165,
      comments: 70,
      savesShares: 50,
      replies: 20,
      likeRate: 0.0471,
      microEngagementRate: 0.04,
    });
    expect(c.steps.map((s) => [s.step, s.value, s.shareOfReach])).toEqual([
      ['reach', 3500, 1],
      ['likes', 165, 0.0471],
      ['comments', 70, 0.02],
      ['saves+shares', 50, 0.0143],
      ['replies', 20, 0.0057],
    ]);
    expect(c.byFormat.map((f) => [f.format, f.posts, f.reach, f.likeRate, f.microEngagementRate])).toEqual([
      ['reel', 1, 2000, 0.02, 0.06],
      ['post', 2, 1500, 0.0833, 0.0133],
    ]);
    // "Liked but ignored" (A: 10% likes, 2% micro) vs "discussed" (B: 2% likes, 6% micro).
    expect(c.posts.map((p) => [p.title, p.likeRate, p.microEngagementRate])).toEqual([
      ['Reel B', 0.02, 0.06],
      ['Post A', 0.1, 0.02],
      ['Post C', 0.05, 0],
    ]);
    const january = contentFunnel(db, resolveFilter(db, { from: '2026-01-01', to: '2026-01-31' }), loadAnalyticsSettings(db));
    expect(january.totals.posts).toBe(2);
  });

  it('gives the ladder and the literal counts side by side: who reached a step, and who did its action', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, [
      ig('ana', 'like', '2026-01-05 10:00'),
      ig('bob', 'comment', '2026-01-05 11:00', 'b', 'nice'),
      ig('cleo', 'save', '2026-01-05 12:00'),
      ig('dan', 'like', '2026-01-05 13:00'),
      ig('dan', 'comment', '2026-01-05 14:00', 'd', 'lovely'),
    ]);
    const f = funnel(db, resolveFilter(db), loadAnalyticsSettings(db));
    const byStep = Object.fromEntries(f.steps.map((st) => [st.step, [st.members, st.literalMembers]]));
    // Ladder: bob spoke so he counts as reacted; cleo's save is deep, so she counts as having spoken.
    // Literal: ana, cleo (a save is a reaction) and dan reacted; only bob and dan said something.
    expect(byStep).toMatchObject({ audience: [4, 4], reacted: [4, 3], spoke: [3, 2], deep: [1, 1] });
  });

  it('sets apart the members who entered too late to have the whole conversion window', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, [
      ig('ana', 'comment', '2026-01-05 10:00', 'a', 'hello'),
      ig('bob', 'comment', '2026-06-01 10:00', 'b', 'hi'),
      ig('cleo', 'like', '2026-06-10 10:00'),
    ]);
    const f = funnel(db, resolveFilter(db), loadAnalyticsSettings(db));
    // Data ends on 10 June: bob and cleo entered less than 90 days before it.
    expect(f).toMatchObject({ windowDays: 90, recentEntrants: 2, fullWindow: { entrants: 1 } });
    expect(f.fullWindow.steps.map((st) => st.members)).toEqual([1, 1, 1, 0, 0, 0, 0]);
    // A range ending in March: ana's window (to 5 April) is cut short by it too.
    expect(funnel(db, resolveFilter(db, { to: '2026-03-01' }), loadAnalyticsSettings(db))).toMatchObject({
      recentEntrants: 1,
      fullWindow: { entrants: 0 },
    });
  });
});
