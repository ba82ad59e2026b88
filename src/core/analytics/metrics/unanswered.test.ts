import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { loadAnalyticsSettings, saveAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';
import { resolveFilter } from './filter';
import { responsiveness } from './responsiveness';
import { TEXT_CHARS, unansweredConversations } from './unanswered';

// 199 letters, an emoji (one character, two UTF-16 units) as the 200th, then ten more: cut after the emoji.
const LONG = `${'é'.repeat(199)}😀${'x'.repeat(10)}`;

// March 2026, UTC. The data end with the brand's answer to bob, Monday 9 March 09:30.
const EVENTS: Ev[] = [
  { who: 'ana', kind: 'comment', at: '2026-03-02 10:00', post: 'p1', thread: 'a', text: 'Nice colours' },
  { who: BRAND, kind: 'reply', at: '2026-03-02 10:30', post: 'p1', thread: 'a', text: 'Thanks!' },
  // ivy's DM is never answered.
  { who: 'ivy', kind: 'dm', at: '2026-03-03 08:30', channel: { key: 'dm-ivy', kind: 'dm' }, text: LONG },
  // dan's comment is only liked by the brand: a reaction is not an answer.
  { who: 'dan', kind: 'comment', at: '2026-03-05 15:00', post: 'p1', thread: 'd', text: 'Hmm' },
  { who: BRAND, kind: 'like', at: '2026-03-05 15:10', post: 'p1', thread: 'd' },
  // Members chatting on Discord, not addressing the brand: inbound only with the scope "all".
  { who: 'fred', kind: 'message', at: '2026-03-06 14:00', platform: 'discord', channel: 'general', text: 'anyone going to the fair' },
  { who: 'gil', kind: 'message', at: '2026-03-06 14:05', platform: 'discord', channel: 'general', text: 'me' },
  { who: 'bob', kind: 'dm', at: '2026-03-09 09:00', channel: { key: 'dm-bob', kind: 'dm' }, text: 'Hello' },
  { who: BRAND, kind: 'dm', at: '2026-03-09 09:30', channel: { key: 'dm-bob', kind: 'dm' }, text: 'Hi Bob' },
];

async function setup() {
  const db = await memoryClientDb();
  buildCommunity(db, EVENTS);
  return db;
}

describe('unansweredConversations', () => {
  it('lists the inbound conversations never answered, oldest first, with their first message', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    const r = unansweredConversations(db, resolveFilter(db), s);
    expect(r).toMatchObject({ total: 2, asOf: '2026-03-09T09:30:00.000Z', timezone: 'UTC', windowHours: 24, scope: 'addressed' });
    expect(r.conversations.map((c) => ({ ...c, conversationId: typeof c.conversationId, personId: typeof c.personId }))).toEqual([
      {
        conversationId: 'number',
        platform: 'instagram',
        personId: 'number',
        member: 'ivy',
        firstTime: true,
        at: '2026-03-03T08:30:00.000Z',
        // 6 days and 1 hour before the end of the data.
        unansweredMinutes: 6 * 1440 + 60,
        messages: 1,
        text: `${'é'.repeat(199)}😀…`,
      },
      {
        conversationId: 'number',
        platform: 'instagram',
        personId: 'number',
        member: 'dan',
        firstTime: true,
        at: '2026-03-05T15:00:00.000Z',
        // 3 days, 18 h 30 min.
        unansweredMinutes: 3 * 1440 + 18 * 60 + 30,
        messages: 1,
        text: 'Hmm',
      },
    ]);
    expect(Array.from(r.conversations[0]!.text!)).toHaveLength(TEXT_CHARS + 1);
    // The very conversations responsiveness counts as not answered.
    const resp = responsiveness(db, resolveFilter(db), s);
    expect(r.total).toBe(resp.inboundConversations - resp.answered);
    // Their ids are those of the conversations table, which the conversations screen opens.
    const ids = db.all<{ id: number }>(
      "SELECT id FROM conversations WHERE starter_id IS NOT NULL AND response_ms IS NULL AND platform = 'instagram' ORDER BY first_at",
    );
    expect(r.conversations.map((c) => c.conversationId)).toEqual(ids.map((x) => Number(x.id)));
  });

  it('follows the range, the platforms, the limit and the response scope', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    const late = unansweredConversations(db, resolveFilter(db, { from: '2026-03-04' }), s);
    expect([late.total, late.conversations.map((c) => c.member)]).toEqual([1, ['dan']]);
    const first = unansweredConversations(db, resolveFilter(db), s, 1);
    expect([first.total, first.conversations.map((c) => c.member)]).toEqual([2, ['ivy']]);
    expect(unansweredConversations(db, resolveFilter(db, { platforms: ['discord'] }), s).total).toBe(0);
    const all = saveAnalyticsSettings(db, { responseScope: 'all' });
    const chat = unansweredConversations(db, resolveFilter(db, { platforms: ['discord'] }), all);
    expect(chat).toMatchObject({ total: 1, scope: 'all' });
    expect(chat.conversations[0]).toMatchObject({ member: 'fred', platform: 'discord', messages: 2, text: 'anyone going to the fair' });
  });

  it('is empty for a member segment with no such conversation, and without data', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    expect(unansweredConversations(db, resolveFilter(db, { segment: 'ambassadors' }), s)).toMatchObject({ total: 0, conversations: [] });
    const empty = await memoryClientDb();
    expect(unansweredConversations(empty, resolveFilter(empty), s)).toEqual({
      total: 0,
      asOf: null,
      timezone: 'UTC',
      windowHours: 24,
      scope: 'addressed',
      conversations: [],
    });
  });
});
