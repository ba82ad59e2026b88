import { describe, expect, it } from 'vitest';
import { transaction } from '../../db/db';
import { memoryClientDb } from '../../../node/store/memory-db';
import { refreshDerived } from '../derived/refresh-derived';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';
import { activityRhythm } from './activity-rhythm';
import { resolveFilter } from './filter';

/**
 * Paris, around the change to summer time (Sunday 29 March 2026, 02:00 → 03:00). Weekdays: Mon 23,
 * Tue 24, Wed 25, Thu 26, Sun 29, Mon 30 March.
 */
const EVENTS: Ev[] = [
  // 18:30 on two Mondays, one in winter time (UTC+1) and one in summer time (UTC+2): both at 18h.
  { who: 'ana', kind: 'comment', at: '2026-03-23 18:30', post: 'p', text: 'lovely' },
  { who: 'ana', kind: 'comment', at: '2026-03-30 18:30', post: 'p', text: 'again' },
  // The brand answers at 19:00; its like is not a message.
  { who: BRAND, kind: 'reply', at: '2026-03-23 19:00', post: 'p', text: 'thanks' },
  { who: BRAND, kind: 'like', at: '2026-03-23 20:00', post: 'p' },
  // Leaving is not activity.
  { who: 'cleo', kind: 'unfollow', at: '2026-03-24 09:00' },
  // A member's like is activity, not a message.
  { who: 'bob', kind: 'like', at: '2026-03-29 10:00', post: 'p' },
  // The last minute of a Wednesday and the first of a Thursday.
  { who: 'dan', kind: 'message', at: '2026-03-25 23:59', platform: 'discord', channel: 'general', text: 'late' },
  { who: 'eve', kind: 'comment', at: '2026-03-26 00:00', post: 'p', text: 'early' },
];

async function setup() {
  const db = await memoryClientDb({ timezone: 'Europe/Paris' });
  buildCommunity(db, EVENTS);
  return db;
}

const slot = (r: ReturnType<typeof activityRhythm>, weekday: number, hour: number) => r.cells[weekday * 24 + hour]!;
const nonEmpty = (r: ReturnType<typeof activityRhythm>) =>
  r.cells.filter((c) => c.members + c.brand > 0).map((c) => [c.weekday, c.hour, c.members, c.memberMessages, c.brand]);

describe('activityRhythm', () => {
  it('counts members and the brand by weekday and hour of the client’s wall clock, across a change of time', async () => {
    const db = await setup();
    const r = activityRhythm(db, resolveFilter(db), loadAnalyticsSettings(db));
    expect(r.timezone).toBe('Europe/Paris');
    expect(r.cells).toHaveLength(168);
    expect(r.cells.slice(0, 2).map((c) => [c.weekday, c.hour])).toEqual([
      [0, 0],
      [0, 1],
    ]);
    expect(nonEmpty(r)).toEqual([
      [0, 18, 2, 2, 0], // ana's two Mondays, winter and summer time
      [0, 19, 0, 0, 1], // the brand's reply (its like is left out)
      [2, 23, 1, 1, 0], // dan, Wednesday 23:59
      [3, 0, 1, 1, 0], // eve, Thursday 00:00
      [6, 10, 1, 0, 0], // bob's like: activity, not a message
    ]);
    expect(r.totals).toEqual({ members: 5, memberMessages: 4, brand: 1 });
    expect(r.segmentIgnored).toBe(false);
  });

  it('follows the days and the platforms of the filter, and says a segment does not apply', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    const fromThursday = activityRhythm(db, resolveFilter(db, { from: '2026-03-26' }), s);
    expect(nonEmpty(fromThursday)).toEqual([
      [0, 18, 1, 1, 0],
      [3, 0, 1, 1, 0],
      [6, 10, 1, 0, 0],
    ]);
    const discord = activityRhythm(db, resolveFilter(db, { platforms: ['discord'] }), s);
    expect(nonEmpty(discord)).toEqual([[2, 23, 1, 1, 0]]);
    expect(slot(discord, 0, 18).members).toBe(0);
    const core = activityRhythm(db, resolveFilter(db, { segment: 'core' }), s);
    expect(core.segmentIgnored).toBe(true);
    expect(core.totals).toEqual({ members: 5, memberMessages: 4, brand: 1 });
  });

  it('is all zeros for a client without data', async () => {
    const db = await memoryClientDb();
    const r = activityRhythm(db, resolveFilter(db), loadAnalyticsSettings(db));
    expect(r.cells).toHaveLength(168);
    expect(r.totals).toEqual({ members: 0, memberMessages: 0, brand: 0 });
  });

  it('leaves out dates without a time (midnight exactly, on a platform that records seconds)', async () => {
    const db = await memoryClientDb({ timezone: 'Europe/Paris' });
    buildCommunity(db, [
      // LinkedIn: a connection dated 24 March (read as local midnight) and a message at 10:15:30.
      { who: 'ana', kind: 'follow', at: '2026-03-24 00:00', platform: 'linkedin' },
      { who: 'bob', kind: 'dm', at: '2026-03-24 10:15', platform: 'linkedin', channel: { key: 'dm-bob', kind: 'dm' }, text: 'hello' },
      // WhatsApp is timed to the minute: a message at 00:00 is a message at 00:00.
      { who: 'cleo', kind: 'message', at: '2026-03-24 00:00', platform: 'whatsapp', channel: 'group', text: 'midnight' },
    ]);
    // The test community is timed to the minute: give LinkedIn's message its seconds, then rebuild.
    db.run("UPDATE interactions SET at = at + 30000 WHERE platform = 'linkedin' AND kind = 'dm'");
    transaction(db, () => refreshDerived(db));
    const r = activityRhythm(db, resolveFilter(db), loadAnalyticsSettings(db));
    expect(nonEmpty(r)).toEqual([
      [1, 0, 1, 1, 0], // cleo's WhatsApp message at 00:00, kept
      [1, 10, 1, 1, 0], // bob's LinkedIn message
    ]);
  });
});
