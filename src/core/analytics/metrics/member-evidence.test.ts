import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import type { Interval, MetricsFilter } from '../../contract/metrics';
import { LIFECYCLE_CLASSES } from '../../contract/members';
import type { Db } from '../../db/db';
import type { InteractionKind, Platform } from '../../domain/kinds';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';
import { resolveFilter } from './filter';
import { funnel } from './funnel';
import { membersActive } from './intent';
import { lifecycle } from './lifecycle';
import { activeMembers, cohortMembers, evidenceMembers, funnelStepMembers, lifecycleMembers } from './member-evidence';
import { retention } from './retention';

const LONG = 'I have tried every candle in the shop and this one lasts longer than any of the others I bought last winter';
const PRAISE = 'je recommande cette marque à toutes mes amies, les bougies sont les meilleures';

/**
 * A community random enough to meet every case of the metrics (seeded, so the same each run): 40 members
 * entering over 16 weeks from Monday 5 January 2026 on Instagram, Discord and WhatsApp (a quarter on two
 * of them, merged by handle), likes, saves, short and detailed comments, DMs, chat messages, praise,
 * thanks, and brand replies that make two-way exchanges. The tests do not derive its numbers by hand:
 * they check that each list of members has exactly the size of the number its metric shows.
 */
function randomCommunity(seed: number): Ev[] {
  let x = seed;
  const r = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const day0 = Date.UTC(2026, 0, 5);
  const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  const platforms: Platform[] = ['instagram', 'discord', 'whatsapp'];
  const kinds: Record<string, InteractionKind[]> = {
    instagram: ['like', 'like', 'comment', 'comment', 'save', 'dm', 'story_reply'],
    discord: ['message', 'message', 'message', 'reaction'],
    whatsapp: ['message', 'message'],
  };
  const events: Ev[] = [];
  for (let m = 0; m < 40; m++) {
    const who = `m${m}`;
    const own = r() < 0.25 ? [pick(platforms), pick(platforms)] : [pick(platforms)];
    const start = day0 + Math.floor(r() * 16 * 7) * 86_400_000 + Math.floor(r() * 600) * 60_000;
    const count = 1 + Math.floor(r() ** 2 * 24);
    const life = (r() < 0.3 ? 6 : 90) * 86_400_000;
    for (let i = 0; i < count; i++) {
      const platform = pick(own);
      const kind = pick(kinds[platform]!);
      const at = start + (i === 0 ? 0 : Math.floor(r() * life));
      const text =
        kind === 'like' || kind === 'save' || kind === 'reaction'
          ? undefined
          : r() < 0.15
            ? PRAISE
            : r() < 0.3
              ? LONG
              : r() < 0.4
                ? 'merci beaucoup !'
                : 'ok';
      const thread = platform === 'instagram' && kind === 'comment' ? `t${Math.floor(r() * 12)}` : undefined;
      const channel =
        platform === 'instagram'
          ? kind === 'dm'
            ? { key: `dm-${who}`, kind: 'dm' as const }
            : undefined
          : platform === 'discord'
            ? 'general'
            : 'chat';
      events.push({ who, kind, at: stamp(at), platform, text, thread, channel, post: platform === 'instagram' ? 'p' : undefined });
      if (text && r() < 0.3) {
        events.push({
          who: BRAND,
          kind: platform === 'instagram' ? 'reply' : 'message',
          at: stamp(at + 20 * 60_000),
          platform,
          text: 'merci !',
          thread,
          channel,
          post: platform === 'instagram' ? 'p' : undefined,
          to: who,
        });
        if (r() < 0.5)
          events.push({
            who,
            kind: platform === 'instagram' ? 'reply' : 'message',
            at: stamp(at + 40 * 60_000),
            platform,
            text: 'avec plaisir',
            thread,
            channel,
            post: platform === 'instagram' ? 'p' : undefined,
          });
      }
    }
  }
  return events;
}

const FILTERS: MetricsFilter[] = [
  {},
  { from: '2026-02-02', to: '2026-04-12' },
  { from: '2026-02-04', to: '2026-04-15' },
  { platforms: ['discord'] },
  { platforms: ['instagram', 'whatsapp'] },
  { segment: 'core' },
  { segment: 'passive' },
  { from: '2026-01-20', to: '2026-03-31', platforms: ['instagram'], segment: 'spoke' },
  { from: '2026-03-01', platforms: ['discord', 'whatsapp'], segment: 'casual' },
];

async function community(seed = 7): Promise<Db> {
  const db = await memoryClientDb();
  buildCommunity(db, randomCommunity(seed));
  return db;
}

const distinct = (xs: number[]) => new Set(xs).size === xs.length;

describe('members behind a funnel step', () => {
  it('are as many as the step counts, on the ladder and literally, for every filter', async () => {
    const db = await community();
    const s = loadAnalyticsSettings(db);
    let nonEmpty = 0;
    for (const filter of FILTERS) {
      const f = resolveFilter(db, filter);
      const steps = funnel(db, f, s).steps;
      for (const st of steps) {
        const ladder = funnelStepMembers(db, f, s, st.step);
        const literal = funnelStepMembers(db, f, s, st.step, true);
        expect([filter, st.step, ladder.length, literal.length]).toEqual([filter, st.step, st.members, st.literalMembers]);
        expect(distinct(ladder) && distinct(literal)).toBe(true);
        if (ladder.length > 0 && st.step !== 'audience') nonEmpty++;
      }
    }
    // The community reaches the steps: the equalities above are not 0 = 0.
    expect(nonEmpty).toBeGreaterThan(30);
  });

  it('names the members: deep step of a hand-built funnel', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, [
      { who: 'ana', kind: 'like', at: '2026-01-05 10:00', post: 'p' },
      { who: 'ana', kind: 'comment', at: '2026-01-06 10:00', post: 'p', thread: 'a', text: LONG },
      { who: 'bob', kind: 'comment', at: '2026-01-05 11:00', post: 'p', thread: 'b', text: 'nice' },
      { who: 'cleo', kind: 'save', at: '2026-01-05 12:00', post: 'p' },
      // Dan's detailed comment comes 100 days after entry: outside the 90-day window.
      { who: 'dan', kind: 'like', at: '2026-01-05 13:00', post: 'p' },
      { who: 'dan', kind: 'comment', at: '2026-04-15 13:00', post: 'p', thread: 'd', text: LONG },
    ]);
    const f = resolveFilter(db);
    const s = loadAnalyticsSettings(db);
    const names = (ids: number[]) => ids.map((id) => db.get<{ name: string }>('SELECT name FROM people WHERE id = ?', [id])!.name).sort();
    expect(names(funnelStepMembers(db, f, s, 'deep'))).toEqual(['ana', 'cleo']);
    // On the ladder cleo's save (deep) implies she spoke; literally she did not, and dan spoke too late.
    expect(names(funnelStepMembers(db, f, s, 'spoke'))).toEqual(['ana', 'bob', 'cleo']);
    expect(names(funnelStepMembers(db, f, s, 'spoke', true))).toEqual(['ana', 'bob']);
    expect(names(funnelStepMembers(db, f, s, 'audience'))).toEqual(['ana', 'bob', 'cleo', 'dan']);
  });
});

describe('members behind a retention cell', () => {
  it('are as many as the cell counts, by week and by month, for every filter', async () => {
    const db = await community();
    const s = loadAnalyticsSettings(db);
    let cells = 0;
    for (const interval of ['week', 'month'] as Interval[])
      for (const filter of FILTERS) {
        const f = resolveFilter(db, filter);
        for (const c of retention(db, f, s, interval).cohorts)
          c.counts.forEach((count, n) => {
            const list = cohortMembers(db, f, interval, c.period, n);
            expect([interval, filter, c.period, n, list.length]).toEqual([interval, filter, c.period, n, count]);
            if (count > 0) cells++;
          });
      }
    expect(cells).toBeGreaterThan(100);
  });

  it('is empty outside the matrix of the range', async () => {
    const db = await community();
    const f = resolveFilter(db, { from: '2026-02-02', to: '2026-03-01' });
    expect(cohortMembers(db, f, 'week', '2026-01-05', 4)).toEqual([]);
    expect(cohortMembers(db, f, 'week', '2026-02-02', 5)).toEqual([]);
  });
});

describe('members behind a lifecycle bar', () => {
  it('are as many as each class counts in each interval, dormant included, for every filter', async () => {
    const db = await community();
    const s = loadAnalyticsSettings(db);
    let bars = 0;
    for (const interval of ['week', 'month'] as Interval[])
      for (const filter of FILTERS) {
        const f = resolveFilter(db, filter);
        for (const row of lifecycle(db, f, s, interval))
          for (const cls of LIFECYCLE_CLASSES) {
            const list = lifecycleMembers(db, f, interval, cls, row.period);
            expect([interval, filter, row.period, cls, list.length]).toEqual([interval, filter, row.period, cls, row[cls]]);
            if (row[cls] > 0) bars++;
          }
      }
    expect(bars).toBeGreaterThan(100);
  });
});

describe('members active', () => {
  it('are as many as the count of members active in the range (whole weeks), for every filter', async () => {
    const db = await community();
    for (const filter of FILTERS) {
      const f = resolveFilter(db, filter);
      const list = activeMembers(db, f);
      expect([filter, list.length]).toEqual([filter, membersActive(db, f)]);
      expect(distinct(list)).toBe(true);
    }
  });

  it('narrow each other when several numbers are given, and list everyone when nothing narrows', async () => {
    const db = await community();
    const s = loadAnalyticsSettings(db);
    const f = resolveFilter(db, { from: '2026-02-02', to: '2026-04-12' });
    const deep = new Set(funnelStepMembers(db, f, s, 'deep'));
    const active = new Set(activeMembers(db, f));
    const both = evidenceMembers(db, f, s, 'week', { step: 'deep', active: true })!;
    expect([...both].sort()).toEqual([...deep].filter((p) => active.has(p)).sort());
    // A narrowing filter alone lists the members active under it; no filter lists every member.
    expect(evidenceMembers(db, f, s, 'week', {})).toEqual(active);
    expect(evidenceMembers(db, resolveFilter(db), s, 'week', {})).toBeNull();
  });
});
