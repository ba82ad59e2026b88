import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { ambassadors } from './ambassadors';
import { isDerivedFresh, refreshDerived } from '../derived/refresh-derived';
import { resolveFilter } from './filter';
import { loadAnalyticsSettings, saveAnalyticsSettings } from '../settings/analytics-settings';
import { buildCommunity, type Ev } from '../test-community';

const PRAISE = 'I recommend this brand to everyone because the candles are the best I have bought in years';
const c = (who: string, at: string, thread: string, text: string, to?: string): Ev => ({
  who,
  kind: 'comment',
  at,
  post: 'p',
  thread,
  text,
  to,
});

/**
 * One week (Mon 2 – Sun 8 March 2026, the last day of the data): love decays by 0.9 per month
 * (30.436875 days) from each interaction's day to the 8th.
 *   thread q: bob asks, ana answers, bob thanks her → a helped credit for ana (and co-presence)
 *   thread r: ana praises the brand in a detailed comment (≥ 15 words), then "ok"
 *   thread s: dan, then ana → co-presence
 *   cleo only likes: no active interaction, not a candidate.
 */
const EVENTS: Ev[] = [
  c('bob', '2026-03-02 10:00', 'q', 'where can I find the refill'),
  c('ana', '2026-03-02 10:05', 'q', 'in the shop, second shelf'),
  c('bob', '2026-03-02 10:10', 'q', 'thanks ana!'),
  c('ana', '2026-03-03 09:00', 'r', PRAISE),
  c('ana', '2026-03-04 09:00', 'r', 'ok'),
  c('dan', '2026-03-05 09:00', 's', 'nice'),
  c('ana', '2026-03-05 09:30', 's', 'agreed'),
  { who: 'cleo', kind: 'like', at: '2026-03-06 10:00', post: 'p' },
  { who: 'cleo', kind: 'like', at: '2026-03-07 10:00', post: 'p' },
  { who: 'cleo', kind: 'like', at: '2026-03-08 10:00', post: 'p' },
];

describe('ambassador ranking', () => {
  it('ranks members by the weighted percentiles of love, recommendations, help, reach, onion tier and retention', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, EVENTS);
    const ranked = ambassadors(db, resolveFilter(db), loadAnalyticsSettings(db));
    // Love (depth: short comment 2, detailed 4): ana 2 + 4 + 2 + 2 = 10, bob 4, dan 2 → mid-rank
    // percentiles 5/6, 1/2, 1/6. Recommendations and helped: ana alone → 5/6. Reach (co-presence):
    // ana 2, bob 1, dan 1 → 5/6, 1/3, 1/3. Onion (7 active: 4, 2, 1): ana core, bob core (4 < 5.6),
    // dan regular → 1, 1, 0.5. Retention: one week of one → 1.
    // ana = 0.8 × 5/6 + 0.1 + 0.1 = 0.8667; bob = 0.3 × 0.5 + 0.15 / 3 + 0.2 = 0.4; dan = 0.05 + 0.05 + 0.05 + 0.1 = 0.25.
    expect(ranked.map((r) => [r.member, r.score, r.tier])).toEqual([
      ['ana', 86.7, 'core'],
      ['bob', 40, 'core'],
      ['dan', 25, 'regular'],
    ]);
    const ana = ranked[0]!;
    expect(ana.components).toEqual({ love: 0.833, recommendations: 0.833, helped: 0.833, reach: 0.833, onion: 1, retention: 1 });
    expect(ana.ambassador).toBe(false); // one week only: not recurring
    expect(ana.evidence).toMatchObject({
      platforms: ['instagram'],
      interactions: 4,
      activeInteractions: 4,
      weeksActive: 1,
      helped: 1,
      recommendations: 1,
      neighbours: 2,
      reach: 2,
    });
    // Short comments (2) on the 2nd, 4th and 5th, the detailed one (4) on the 3rd: 6, 4, 3 and 5 days before the 8th.
    const decay = (days: number) => 0.9 ** (days / 30.436875);
    expect(ana.evidence.love).toBeCloseTo(2 * decay(6) + 4 * decay(5) + 2 * decay(4) + 2 * decay(3), 1);
    expect(ana.evidence.quotes.map((q) => [q.why, q.text])).toEqual([
      ['recommendation', PRAISE],
      ['helped', 'in the shop, second shelf'],
      ['longest', 'agreed'],
    ]);
  });

  it('follows the weights, the limit and the segment', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, EVENTS);
    // Only reach counts: bob and dan tie (1/3 each), broken by love.
    const s = saveAnalyticsSettings(db, {
      ambassadorWeights: { love: 0, recommendations: 0, helped: 0, reach: 1, onion: 0, retention: 0 },
    });
    expect(isDerivedFresh(db)).toBe(false);
    refreshDerived(db);
    expect(ambassadors(db, resolveFilter(db), s).map((r) => [r.member, r.score])).toEqual([
      ['ana', 83.3],
      ['bob', 33.3],
      ['dan', 33.3],
    ]);
    expect(ambassadors(db, resolveFilter(db), s, 1)).toHaveLength(1);
    // Regular tier (whole history): dan alone, with the score he has in the whole community.
    expect(ambassadors(db, resolveFilter(db, { segment: 'regular' }), s).map((r) => [r.member, r.score])).toEqual([['dan', 33.3]]);
  });

  it('ranks a range from its weeks the same way as the stored whole-period ranking', async () => {
    const db = await memoryClientDb();
    // A later week with a newcomer: the range of the first week holds exactly the first community.
    buildCommunity(db, [...EVENTS, c('zoe', '2026-03-16 09:00', 'z', 'hello all')]);
    const ranked = ambassadors(db, resolveFilter(db, { from: '2026-03-02', to: '2026-03-08' }), loadAnalyticsSettings(db));
    expect(ranked.map((r) => [r.member, r.score])).toEqual([
      ['ana', 86.7],
      ['bob', 40],
      ['dan', 25],
    ]);
  });

  it('credits recommendations and help to the member who reached the ambassador step', async () => {
    const db = await memoryClientDb();
    // Two weeks, two conversations, two recommendations: ana reaches the ambassador step.
    buildCommunity(db, [...EVENTS, c('ana', '2026-03-10 09:00', 't', 'I love it, best candles ever')]);
    const ana = ambassadors(db, resolveFilter(db), loadAnalyticsSettings(db))[0]!;
    expect([ana.member, ana.ambassador, ana.evidence.recommendations, ana.evidence.weeksActive]).toEqual(['ana', true, 2, 2]);
  });

  it('counts praise and recommendations in messages and comments only, not in reactions or invitation notes', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, [
      // eve complained, the brand answered, and she reacted ❤ to the answer, twice: no praise.
      c('eve', '2026-03-02 10:00', 'x', 'my order arrived damaged'),
      { who: 'Brand', kind: 'reply', at: '2026-03-02 10:30', post: 'p', thread: 'x', text: 'So sorry, a new one is on its way' },
      { who: 'eve', kind: 'reaction', at: '2026-03-02 10:35', post: 'p', thread: 'x', text: '❤' },
      { who: 'eve', kind: 'reaction', at: '2026-03-03 10:35', post: 'p', thread: 'x', text: '❤' },
      // fay's LinkedIn invitation note recommends the brand: an invitation is not advocacy either.
      { who: 'fay', kind: 'follow', at: '2026-03-03 11:00', platform: 'linkedin', text: 'Je recommande vos bougies à tous mes clients' },
      { who: 'fay', kind: 'comment', at: '2026-03-04 11:00', platform: 'linkedin', post: 'lp', thread: 'y', text: 'Bel article' },
      // gus recommends the brand in a comment: that counts.
      c('gus', '2026-03-04 12:00', 'z', PRAISE),
    ]);
    const byName = new Map(
      ambassadors(db, resolveFilter(db), loadAnalyticsSettings(db)).map((a) => [a.member, a.evidence.recommendations]),
    );
    expect(Object.fromEntries(byName)).toMatchObject({ eve: 0, fay: 0, gus: 1 });
  });
});
