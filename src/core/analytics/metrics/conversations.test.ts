import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { conversations } from './conversations';
import { isDerivedFresh, refreshDerived } from '../derived/refresh-derived';
import { resolveFilter } from './filter';
import { loadAnalyticsSettings, saveAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';

/**
 * A WhatsApp-like group whose thread key is the chat itself (so the 30-minute silence rule applies),
 * an Instagram comment thread answered by the brand and reopened 10 days later, a DM, a like.
 */
const EVENTS: Ev[] = [
  // Group chat: 10:00, 10:20 (20 min), 10:49 (29 min) stay together; 11:20 comes after 31 minutes of silence.
  { who: 'ana', kind: 'message', at: '2026-03-02 10:00', platform: 'whatsapp', channel: 'club', thread: 'club', text: 'Hello' },
  { who: 'bob', kind: 'message', at: '2026-03-02 10:20', platform: 'whatsapp', channel: 'club', thread: 'club', text: 'hi' },
  { who: 'ana', kind: 'message', at: '2026-03-02 10:49', platform: 'whatsapp', channel: 'club', thread: 'club', text: 'how are you' },
  { who: 'bob', kind: 'message', at: '2026-03-02 11:20', platform: 'whatsapp', channel: 'club', thread: 'club', text: 'back' },
  { who: BRAND, kind: 'message', at: '2026-03-02 11:25', platform: 'whatsapp', channel: 'club', thread: 'club', text: 'welcome' },
  // A native thread: the member answers the brand two days later (within the 168-hour thread gap).
  { who: 'cleo', kind: 'comment', at: '2026-03-02 10:00', post: 'p1', thread: 't1', text: 'Lovely' },
  { who: BRAND, kind: 'reply', at: '2026-03-02 12:00', post: 'p1', thread: 't1', text: 'Thank you' },
  { who: 'cleo', kind: 'reply', at: '2026-03-04 09:00', post: 'p1', thread: 't1', text: 'You are welcome' },
  // The same thread reopened after more than 168 hours: a new conversation.
  { who: 'dan', kind: 'reply', at: '2026-03-14 09:00', post: 'p1', thread: 't1', text: 'Still available' },
  // A like is not a message.
  { who: 'eve', kind: 'like', at: '2026-03-02 10:30', post: 'p1', thread: 't1' },
  // A DM channel is a native thread: the brand's answer a day later belongs to it.
  { who: 'fay', kind: 'dm', at: '2026-03-03 09:00', channel: { key: 'dm-fay', kind: 'dm' }, text: 'Hi there' },
  { who: BRAND, kind: 'dm', at: '2026-03-04 09:00', channel: { key: 'dm-fay', kind: 'dm' }, text: 'Hello Fay' },
];

async function setup() {
  const db = await memoryClientDb();
  buildCommunity(db, EVENTS);
  return db;
}

describe('conversations', () => {
  it('cuts chats by silence and keeps native threads and DMs whole', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    // 2 in the group chat (split at the 31-minute silence), 2 in thread t1, 1 DM.
    expect(conversations(db, resolveFilter(db), s)).toEqual({
      conversations: 5,
      native: 3,
      bySilence: 2,
      messages: 11,
      inbound: 5,
      twoWay: 1,
      withMembersOnly: 2,
      byPlatform: [
        { platform: 'instagram', conversations: 3, messages: 6 },
        { platform: 'whatsapp', conversations: 2, messages: 5 },
      ],
    });
    const rows = db.all<{ platform: string; messages: number; members: number; native: number; two_way: number; outbound: number }>(
      'SELECT platform, messages, members, native, two_way, outbound FROM conversations ORDER BY platform, first_at',
    );
    expect(rows).toEqual([
      { platform: 'instagram', messages: 3, members: 1, native: 1, two_way: 1, outbound: 1 },
      { platform: 'instagram', messages: 2, members: 1, native: 1, two_way: 0, outbound: 1 },
      { platform: 'instagram', messages: 1, members: 1, native: 1, two_way: 0, outbound: 0 },
      { platform: 'whatsapp', messages: 3, members: 2, native: 0, two_way: 0, outbound: 0 },
      { platform: 'whatsapp', messages: 2, members: 1, native: 0, two_way: 0, outbound: 1 },
    ]);
  });

  it('filters by date range and platform', async () => {
    const db = await setup();
    const s = loadAnalyticsSettings(db);
    expect(conversations(db, resolveFilter(db, { from: '2026-03-03', to: '2026-03-31' }), s).conversations).toBe(2); // the DM and dan's reopening
    expect(conversations(db, resolveFilter(db, { platforms: ['whatsapp'] }), s).messages).toBe(5);
  });

  it('re-cuts conversations when the silence setting changes', async () => {
    const db = await setup();
    saveAnalyticsSettings(db, { conversationGapMinutes: 45 });
    expect(isDerivedFresh(db)).toBe(false);
    refreshDerived(db);
    expect(isDerivedFresh(db)).toBe(true);
    // With 45 minutes, the 31-minute silence no longer splits the group chat.
    expect(conversations(db, resolveFilter(db), loadAnalyticsSettings(db)).conversations).toBe(4);
  });

  it('is empty for a client without interactions', async () => {
    const db = await memoryClientDb();
    refreshDerived(db);
    expect(conversations(db, resolveFilter(db), loadAnalyticsSettings(db)).conversations).toBe(0);
  });
});
