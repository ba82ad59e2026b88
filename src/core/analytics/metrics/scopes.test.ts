import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { ambassadors } from './ambassadors';
import { resolveFilter } from './filter';
import { funnel } from './funnel';
import { lifecycle } from './lifecycle';
import { retention } from './retention';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { stickiness } from './stickiness';
import { buildCommunity, type Ev } from '../test-community';

describe('time zone', () => {
  it('puts interactions in the local week of the client', async () => {
    const db = await memoryClientDb({ timezone: 'Europe/Paris' });
    // Sunday 11 Jan 23:30 and Monday 12 Jan 00:30 in Paris: both Sunday in UTC, two weeks locally.
    buildCommunity(db, [
      { who: 'x', kind: 'comment', at: '2026-01-11 23:30', text: 'late' },
      { who: 'y', kind: 'comment', at: '2026-01-12 00:30', text: 'early' },
    ]);
    const rows = lifecycle(db, resolveFilter(db), loadAnalyticsSettings(db), 'week');
    expect(rows.map((r) => [r.period, r.new])).toEqual([
      ['2026-01-05', 1],
      ['2026-01-12', 1],
    ]);
  });
});

/**
 * Weeks W0 = 5 Jan, W1 = 12 Jan, W2 = 19 Jan 2026.
 *   mia: Instagram in W0, Discord in W1 (one person across both)
 *   noa: Instagram in W0 and W2
 *   wes: WhatsApp only, W1
 */
const EVENTS: Ev[] = [
  { who: 'mia', kind: 'comment', at: '2026-01-05 10:00', text: 'hello' },
  { who: 'noa', kind: 'comment', at: '2026-01-06 10:00', text: 'hi' },
  { who: 'mia', kind: 'message', at: '2026-01-13 10:00', platform: 'discord', channel: 'general', text: 'back' },
  { who: 'wes', kind: 'message', at: '2026-01-14 10:00', platform: 'whatsapp', channel: 'club', thread: 'club', text: 'yo' },
  { who: 'noa', kind: 'comment', at: '2026-01-20 10:00', text: 'again' },
];

describe('several platforms, not all', () => {
  it('merges the members of the chosen platforms per week', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, EVENTS);
    const s = loadAnalyticsSettings(db);
    const both = resolveFilter(db, { platforms: ['instagram', 'discord'] });
    expect(both.platforms).toEqual(['instagram', 'discord']);
    // mia is active in W0 (Instagram) and W1 (Discord): returning in W1; wes is out of scope.
    expect(lifecycle(db, both, s, 'week').map((r) => [r.active, r.new, r.returning, r.resurrecting, r.dormant])).toEqual([
      [2, 2, 0, 0, 0],
      [1, 0, 1, 0, 1],
      [1, 0, 0, 1, 1],
    ]);
    expect(lifecycle(db, resolveFilter(db, { platforms: ['instagram'] }), s, 'week').map((r) => r.active)).toEqual([2, 0, 1]);
    expect(retention(db, both, s, 'week').cohorts).toEqual([
      { period: '2026-01-05', size: 2, counts: [2, 1, 1], values: [1, 0.5, 0.5], incompleteFrom: 2, partialStart: false },
    ]);
    expect(stickiness(db, both, s, 'week').distribution.map((d) => d.members)).toEqual([0, 2, 0]);
    // A step counts when reached on one of the chosen platforms: noa is recurring on Instagram (two
    // weeks, two conversations); mia spoke on each platform once, so she is not recurring on either.
    expect(funnel(db, both, s).steps.map((x) => x.members)).toEqual([2, 2, 2, 1, 1, 1, 0]);
    expect(
      ambassadors(db, both, s)
        .map((a) => a.member)
        .sort(),
    ).toEqual(['mia', 'noa']);
    // Every platform the client has is the same as no platform filter.
    expect(resolveFilter(db, { platforms: ['whatsapp', 'instagram', 'discord'] }).platforms).toBeNull();
  });
});
