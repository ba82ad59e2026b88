import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { refreshDerived } from '../derived/refresh-derived';
import { resolveFilter } from './filter';
import { responsiveness } from './responsiveness';
import { loadAnalyticsSettings, saveAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';

// March 2026: Mon 2 … Fri 6, Mon 9. Times are UTC (the client's time zone here).
const EVENTS: Ev[] = [
  // ana interacted before (a like in February): a returning member. Answered after 30 min.
  { who: 'ana', kind: 'like', at: '2026-02-20 10:00', post: 'p1' },
  { who: 'ana', kind: 'comment', at: '2026-03-02 10:00', post: 'p1', thread: 'a', text: 'Nice colours' },
  { who: BRAND, kind: 'reply', at: '2026-03-02 10:30', post: 'p1', thread: 'a', text: 'Thanks!' },
  // bob's DM, answered after 3 h (180 min; all within business hours).
  { who: 'bob', kind: 'dm', at: '2026-03-03 09:00', channel: { key: 'dm-bob', kind: 'dm' }, text: 'Hello' },
  { who: BRAND, kind: 'dm', at: '2026-03-03 12:00', channel: { key: 'dm-bob', kind: 'dm' }, text: 'Hi Bob' },
  // cleo's comment answered after 26 h (1560 min): answered, not within 24 h. Business: Wed 9-18 + Thu 9-10 = 600 min.
  { who: 'cleo', kind: 'comment', at: '2026-03-04 08:00', post: 'p1', thread: 'c', text: 'Is it vegan' },
  { who: BRAND, kind: 'reply', at: '2026-03-05 10:00', post: 'p1', thread: 'c', text: 'Yes' },
  // dan's comment is never answered; the brand only likes it (a reaction is not a response).
  { who: 'dan', kind: 'comment', at: '2026-03-05 15:00', post: 'p1', thread: 'd', text: 'Hmm' },
  { who: BRAND, kind: 'like', at: '2026-03-05 15:10', post: 'p1', thread: 'd' },
  // eve only likes; the brand then comments: a conversation opened by the brand, not an inbound one.
  { who: 'eve', kind: 'like', at: '2026-03-06 11:00', post: 'p1' },
  { who: BRAND, kind: 'comment', at: '2026-03-06 11:30', post: 'p1', thread: 'e', text: 'Glad you like it' },
  // hal's DM on Friday 17:30, answered Monday 9:30: 64 h on the clock (3840 min), 60 business minutes.
  { who: 'hal', kind: 'dm', at: '2026-03-06 17:30', channel: { key: 'dm-hal', kind: 'dm' }, text: 'Urgent' },
  { who: BRAND, kind: 'dm', at: '2026-03-09 09:30', channel: { key: 'dm-hal', kind: 'dm' }, text: 'Sorry for the wait' },
  // Members chatting among themselves on Discord, not addressing the brand.
  { who: 'fred', kind: 'message', at: '2026-03-06 14:00', platform: 'discord', channel: 'general', text: 'anyone going to the fair' },
  { who: 'gil', kind: 'message', at: '2026-03-06 14:05', platform: 'discord', channel: 'general', text: 'me' },
];

async function setup() {
  const db = await memoryClientDb();
  buildCommunity(db, EVENTS);
  return db;
}

describe('responsiveness', () => {
  it('measures the first brand response of each inbound conversation addressed to the brand', async () => {
    const db = await setup();
    const r = responsiveness(db, resolveFilter(db), loadAnalyticsSettings(db));
    // Inbound: ana, bob, cleo, dan, hal (eve's thread was opened by the brand; the Discord chat is not addressed).
    // Answered: 30, 180, 1560, 3840 min → median (180 + 1560) / 2 = 870; p90 = 4th of 4 (nearest rank) = 3840.
    expect(r).toMatchObject({
      inboundConversations: 5,
      answered: 4,
      answeredWithinWindow: 2,
      responseRate: 0.8,
      responseRateWithinWindow: 0.4,
      medianFirstResponseMinutes: 870,
      p90FirstResponseMinutes: 3840,
      windowHours: 24,
      scope: 'addressed',
    });
    // Business minutes 30, 180, 600, 60 → sorted 30, 60, 180, 600: median 120, p90 600; all within 24 business hours.
    expect(r.businessHours).toEqual({
      answeredWithinWindow: 4,
      responseRateWithinWindow: 0.8,
      covered: 4,
      outsideBusinessHours: 0,
      medianFirstResponseMinutes: 120,
      p90FirstResponseMinutes: 600,
    });
    expect(r.byPlatform).toEqual([
      {
        platform: 'instagram',
        inboundConversations: 5,
        answered: 4,
        answeredWithinWindow: 2,
        responseRate: 0.8,
        responseRateWithinWindow: 0.4,
        medianFirstResponseMinutes: 870,
        p90FirstResponseMinutes: 3840,
      },
    ]);
    expect(r.byMemberType).toEqual([
      // bob 180, cleo 1560, hal 3840 answered, dan not: median 1560.
      {
        memberType: 'first-time',
        inboundConversations: 4,
        answered: 3,
        answeredWithinWindow: 1,
        responseRate: 0.75,
        responseRateWithinWindow: 0.25,
        medianFirstResponseMinutes: 1560,
        p90FirstResponseMinutes: 3840,
      },
      {
        memberType: 'returning',
        inboundConversations: 1,
        answered: 1,
        answeredWithinWindow: 1,
        responseRate: 1,
        responseRateWithinWindow: 1,
        medianFirstResponseMinutes: 30,
        p90FirstResponseMinutes: 30,
      },
    ]);
  });

  it('counts every inbound conversation when the scope is "all"', async () => {
    const db = await setup();
    const s = saveAnalyticsSettings(db, { responseScope: 'all' });
    const r = responsiveness(db, resolveFilter(db), s);
    expect(r.inboundConversations).toBe(6);
    expect(r.byPlatform.find((p) => p.platform === 'discord')).toMatchObject({
      inboundConversations: 1,
      answered: 0,
      responseRate: 0,
      medianFirstResponseMinutes: null,
    });
  });

  it('follows the date range, the platforms and the response window', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    // Conversations opened on 4 and 5 March: cleo's (answered) and dan's (never).
    expect(responsiveness(db, resolveFilter(db, { from: '2026-03-04', to: '2026-03-05' }), s)).toMatchObject({
      inboundConversations: 2,
      answered: 1,
      responseRate: 0.5,
      medianFirstResponseMinutes: 1560,
    });
    expect(responsiveness(db, resolveFilter(db, { platforms: ['discord'] }), s).inboundConversations).toBe(0);
    const wide = saveAnalyticsSettings(db, { responseWindowHours: 72 });
    expect(responsiveness(db, resolveFilter(db), wide).answeredWithinWindow).toBe(4);
  });

  it('uses the business hours setting and the client time zone', async () => {
    const db = await setup();
    saveAnalyticsSettings(db, { businessHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' } });
    refreshDerived(db);
    // Open all day every day: 23:59 of each 24 h count, so the business times come close to the clock times.
    const r = responsiveness(db, resolveFilter(db), loadAnalyticsSettings(db));
    expect(r.businessHours.medianFirstResponseMinutes).toBe((180 + 1559) / 2);
  });

  it('gives no business-hours median when most answers were asked and given outside business hours', async () => {
    const db = await memoryClientDb();
    // A DM from `who` in their own inbox, or the brand's answer in it.
    const dm = (who: string, at: string, text: string, inbox = who): Ev => ({
      who,
      kind: 'dm',
      at,
      channel: { key: `dm-${inbox}`, kind: 'dm' },
      text,
    });
    const weekend = ['2026-03-07', '2026-03-08', '2026-03-14', '2026-03-15', '2026-03-21', '2026-03-22'];
    buildCommunity(db, [
      // Six DMs on Saturdays and Sundays, each answered 20 minutes later: no business time elapsed.
      ...weekend.flatMap((d, i) => [dm(`w${i}`, `${d} 11:00`, 'hello'), dm(BRAND, `${d} 11:20`, 'hi', `w${i}`)]),
      // Two on weekdays, answered after 30 and 90 minutes.
      dm('a', '2026-03-10 10:00', 'hello'),
      dm(BRAND, '2026-03-10 10:30', 'hi', 'a'),
      dm('b', '2026-03-11 10:00', 'hello'),
      dm(BRAND, '2026-03-11 11:30', 'hi', 'b'),
    ]);
    const r = responsiveness(db, resolveFilter(db), loadAnalyticsSettings(db));
    expect(r.answered).toBe(8);
    // Before: a median of 0 business minutes, the six weekend answers outweighing the two others.
    expect(r.businessHours).toMatchObject({
      covered: 2,
      outsideBusinessHours: 6,
      medianFirstResponseMinutes: null,
      p90FirstResponseMinutes: null,
    });
  });
});
