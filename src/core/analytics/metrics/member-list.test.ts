import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { PLATFORMS } from '../../domain/kinds';
import { mergeIdentities, suggestMerges } from '../../identity/identities';
import { rebuildAggregates } from '../../stats/aggregates';
import { rebuildAfterChange } from '../rebuild';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';
import { ambassadors } from './ambassadors';
import { resolveFilter } from './filter';
import { memberDetail, memberTimeline } from './member-detail';
import { funnelStepMembers } from './member-evidence';
import { memberList } from './member-list';
import { memberScore } from './member-score';

/**
 * Léa writes on Instagram as "lea.martin" and on Discord as "Lea Martin" (handle 981): two people until
 * merged. Tom comments and chats; Zoé only likes (love, no active interaction, so no score); the brand
 * answers Léa in her thread, and she answers back.
 */
const EVENTS: Ev[] = [
  { who: 'lea.martin', kind: 'comment', at: '2026-03-02 10:00', post: 'p', thread: 'a', text: 'où trouver la recharge ?' },
  { who: BRAND, kind: 'reply', at: '2026-03-02 10:30', post: 'p', thread: 'a', text: 'en boutique !', to: 'lea.martin' },
  { who: 'lea.martin', kind: 'reply', at: '2026-03-02 10:40', post: 'p', thread: 'a', text: 'merci' },
  { who: 'lea.martin', kind: 'like', at: '2026-03-03 09:00', post: 'p' },
  { who: 'lea.martin', kind: 'comment', at: '2026-03-12 10:00', post: 'p', thread: 'b', text: 'superbe' },
  { who: 'tom', kind: 'comment', at: '2026-03-02 11:00', post: 'p', thread: 'c', text: 'nice' },
  { who: 'tom', kind: 'message', at: '2026-03-04 18:00', platform: 'discord', channel: 'general', text: 'hello' },
  { who: 'zoe', kind: 'like', at: '2026-03-05 12:00', post: 'p' },
  { who: '981', kind: 'message', at: '2026-03-04 18:05', platform: 'discord', channel: 'general', text: 'salut tom' },
  {
    who: '981',
    kind: 'message',
    at: '2026-03-09 18:00',
    platform: 'discord',
    channel: 'general',
    text: 'quelqu’un a testé la bougie cèdre ?',
  },
  { who: 'tom', kind: 'message', at: '2026-03-09 18:20', platform: 'discord', channel: 'general', text: 'oui top' },
];

async function community() {
  const db = await memoryClientDb();
  buildCommunity(db, EVENTS);
  // The discord identity carries Léa's display name, as a real export would.
  db.run("UPDATE identities SET name = 'Lea Martin' WHERE handle = '981'");
  db.run("UPDATE people SET name = 'Lea Martin' WHERE id = (SELECT person_id FROM identities WHERE handle = '981')");
  db.run("UPDATE identities SET name = 'Léa Martin' WHERE handle = 'lea.martin'");
  db.run("UPDATE people SET name = 'Léa Martin' WHERE id = (SELECT person_id FROM identities WHERE handle = 'lea.martin')");
  // What an import maintains (the overview's counts): buildCommunity writes through the writer only.
  rebuildAggregates(db);
  return db;
}

const list = (db: Awaited<ReturnType<typeof community>>) => memberList(db, resolveFilter(db), loadAnalyticsSettings(db), 'week', {});
const row = (cols: ReturnType<typeof list>, name: string) => {
  const i = cols.name.indexOf(name);
  const platforms = cols.platforms.filter((_, b) => cols.platformBits[i]! & (1 << b));
  return { i, platforms, handles: cols.handles[i], tier: cols.tier[i], interactions: cols.interactions[i], score: cols.score[i] };
};

describe('members grid', () => {
  it('lists every member once, with platforms, handles, counts and a score for the active ones', async () => {
    const db = await community();
    const cols = list(db);
    expect(cols.total).toBe(4);
    expect([...cols.name].sort()).toEqual(['Lea Martin', 'Léa Martin', 'tom', 'zoe']);
    expect(cols.platforms).toEqual([...PLATFORMS]);
    for (const key of ['id', 'handles', 'platformBits', 'tier', 'ladder', 'score', 'love', 'interactions', 'firstAt', 'lastAt'] as const)
      expect(cols[key]).toHaveLength(4);
    expect(row(cols, 'tom')).toMatchObject({ platforms: ['instagram', 'discord'], interactions: 3 });
    expect(row(cols, 'Léa Martin')).toMatchObject({ platforms: ['instagram'], handles: 'lea.martin', interactions: 4 });
    expect(row(cols, 'tom')).toMatchObject({ handles: '' });
    // Zoé only liked: love but no active interaction, so no rank and no score; her tier says "never active".
    const zoe = row(cols, 'zoe');
    expect(zoe).toMatchObject({ score: null, tier: 0 });
    expect(cols.love[zoe.i]).toBeGreaterThan(0);
    expect(cols.score[row(cols, 'tom').i]).toBeGreaterThan(0);
  });

  it('shows one row for a person once their identities are merged', async () => {
    const db = await community();
    const suggestion = suggestMerges(db)[0]!;
    expect(suggestion.identities.map((i) => i.handle).sort()).toEqual(['981', 'lea.martin']);
    mergeIdentities(
      db,
      suggestion.identities.map((i) => i.identityId),
    );
    rebuildAfterChange(db);
    const cols = list(db);
    expect(cols.total).toBe(3);
    const lea = row(cols, 'Léa Martin');
    expect(lea).toMatchObject({ platforms: ['instagram', 'discord'], interactions: 6 });
    // Her other handle and name are found by the search.
    expect(lea.handles).toBe('lea.martin 981 Lea Martin');
  });

  it('keeps the members behind a number, with the columns of each', async () => {
    const db = await community();
    const f = resolveFilter(db);
    const s = loadAnalyticsSettings(db);
    const cols = memberList(db, f, s, 'week', { step: 'spoke', literal: true });
    expect([...cols.id].sort()).toEqual(funnelStepMembers(db, f, s, 'spoke', true).sort());
    expect([...cols.name].sort()).toEqual(['Lea Martin', 'Léa Martin', 'tom']);
    expect(cols.total).toBe(4);
    // A platform filter alone lists the members active there.
    expect([...memberList(db, resolveFilter(db, { platforms: ['discord'] }), s, 'week', {}).name].sort()).toEqual(['Lea Martin', 'tom']);
  });
});

describe('member page', () => {
  it('gives identities, facts and the dates each ladder step was reached', async () => {
    const db = await community();
    const lea = Number(db.get<{ id: number }>("SELECT person_id AS id FROM identities WHERE handle = 'lea.martin'")!.id);
    const d = memberDetail(db, lea);
    expect(d).toMatchObject({ name: 'Léa Martin', interactions: 4, activeInteractions: 3, timezone: 'UTC' });
    expect(d.identities).toMatchObject([{ platform: 'instagram', handle: 'lea.martin', name: 'Léa Martin', interactions: 4 }]);
    // Entered with a comment (reacted and spoke at once); replied back to the brand at 10:40 (a two-way
    // reply is deep and makes the conversation); two weeks and two conversations: recurring on the 12th.
    expect(d.steps).toEqual([
      { step: 'audience', at: '2026-03-02T10:00:00.000Z' },
      { step: 'reacted', at: '2026-03-02T10:00:00.000Z' },
      { step: 'spoke', at: '2026-03-02T10:00:00.000Z' },
      { step: 'deep', at: '2026-03-02T10:40:00.000Z' },
      { step: 'conversation', at: '2026-03-02T10:40:00.000Z' },
      { step: 'recurring', at: '2026-03-12T10:00:00.000Z' },
      { step: 'ambassador', at: null },
    ]);
    // Four interactions in March, three of them comments or replies (the like is not active).
    expect(d.activity).toEqual([{ month: '2026-03-01', interactions: 4, active: 3 }]);
    expect(() => memberDetail(db, 999)).toThrow(/no member with id 999/);
  });

  it('pages the timeline newest first, each message with its conversation', async () => {
    const db = await community();
    const lea = Number(db.get<{ id: number }>("SELECT person_id AS id FROM identities WHERE handle = 'lea.martin'")!.id);
    const first = memberTimeline(db, lea, 0, 3);
    const rest = memberTimeline(db, lea, 3, 3);
    expect(first.total).toBe(4);
    expect([...first.items, ...rest.items].map((i) => [i.at.slice(0, 16), i.kind, i.place])).toEqual([
      ['2026-03-12T10:00', 'comment', null],
      ['2026-03-03T09:00', 'like', null],
      ['2026-03-02T10:40', 'reply', null],
      ['2026-03-02T10:00', 'comment', null],
    ]);
    const [later, like, reply, question] = [...first.items, ...rest.items];
    // The question and her answer are one conversation (thread a, with the brand's reply); thread b another; a like none.
    expect(reply!.conversationId).not.toBeNull();
    expect(reply!.conversationId).toBe(question!.conversationId);
    expect(later!.conversationId).not.toBe(reply!.conversationId);
    expect(like!.conversationId).toBeNull();
  });

  it('finds every member message in the conversation that counts it', async () => {
    const db = await community();
    const found = new Map<number, number>();
    for (const { id } of db.all<{ id: number }>('SELECT id FROM people WHERE is_brand = 0'))
      for (const item of memberTimeline(db, Number(id), 0, 200).items)
        if (item.conversationId !== null) found.set(item.conversationId, (found.get(item.conversationId) ?? 0) + 1);
    const expected = new Map(
      db.all<{ id: number; inbound: number }>('SELECT id, inbound FROM conversations').map((c) => [Number(c.id), Number(c.inbound)]),
    );
    expect(found).toEqual(expected);
  });

  it('gives the score and evidence of the ranking, whole period or any range', async () => {
    const db = await community();
    const s = loadAnalyticsSettings(db);
    for (const filter of [{}, { from: '2026-03-04', to: '2026-03-10' }, { platforms: ['discord' as const] }]) {
      const f = resolveFilter(db, filter);
      const ranked = ambassadors(db, f, s, 100);
      ranked.forEach((a, i) => expect(memberScore(db, f, s, a.personId)).toEqual({ rank: i + 1, of: ranked.length, ambassador: a }));
    }
    const zoe = Number(db.get<{ id: number }>("SELECT person_id AS id FROM identities WHERE handle = 'zoe'")!.id);
    expect(memberScore(db, resolveFilter(db), s, zoe)).toEqual({ rank: null, of: 3, ambassador: null });
  });
});
