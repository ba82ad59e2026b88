import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import type { ConversationThread, ThreadMessage } from '../../contract/conversations';
import type { Db } from '../../db/db';
import { updateSearchIndex } from '../derived/message-search';
import { loadAnalyticsSettings } from '../settings/analytics-settings';
import { BRAND, buildCommunity, type Ev } from '../test-community';
import { CONVERSATION_EVENTS } from '../test-conversations';
import { THREAD_LIMIT, readConversation } from './conversation-thread';

async function setup(events: Ev[] = CONVERSATION_EVENTS) {
  const db = await memoryClientDb();
  buildCommunity(db, events);
  updateSearchIndex(db);
  return db;
}

/** The conversation opened by `starter` at `at` (UTC "YYYY-MM-DD HH:MM"). */
const idOf = (db: Db, at: string) =>
  Number(db.get<{ id: number }>('SELECT id FROM conversations WHERE first_at = ?', [Date.parse(`${at.replace(' ', 'T')}:00Z`)])!.id);
const plain = (m: ThreadMessage) => m.text.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');
const lines = (ms: ThreadMessage[]) => ms.map((m) => `${m.brand ? '*' : ''}${m.author}: ${plain(m)}`);
const read = (
  db: Db,
  id: number,
  opts: { q?: string; signal?: 'complaint' | 'question' | 'purchase' | 'praise' } = {},
): ConversationThread => readConversation(db, loadAnalyticsSettings(db), id, opts);

describe('the reading view', () => {
  it('shows a conversation in order, the brand marked, with the channel’s messages around it', async () => {
    const db = await setup();
    const t = read(db, idOf(db, '2026-03-02 10:00'));
    expect(t.timezone).toBe('UTC');
    expect(t.conversation).toMatchObject({ starter: 'ana', messages: 4, answered: true, matches: 0 });
    expect(lines(t.messages)).toEqual([
      'ana: Bonjour le club',
      "bob: Ma commande n'est toujours pas arrivée",
      '*Brand: Désolés Bob, on regarde ça',
      'bob: merci',
    ]);
    expect(t.messages.map((m) => m.at)).toEqual([
      '2026-03-02T10:00:00.000Z',
      '2026-03-02T10:05:00.000Z',
      '2026-03-02T10:20:00.000Z',
      '2026-03-02T10:25:00.000Z',
    ]);
    expect(t.messages[1]).toMatchObject({ signals: ['complaint'], match: false, kind: 'message', platform: 'whatsapp' });
    expect(t.messages[2]!.signals).toEqual([]);
    // Nothing before it in the club; after it, the next conversation's first messages.
    expect(t.before).toEqual([]);
    expect(lines(t.after)).toEqual(['cleo: Le colis est arrivé cassé', 'dan: Pareil, livraison en retard']);
    expect(t.after.every((m) => !m.match)).toBe(true);
    expect(lines(read(db, idOf(db, '2026-03-02 12:30')).before)).toEqual([
      "bob: Ma commande n'est toujours pas arrivée",
      '*Brand: Désolés Bob, on regarde ça',
      'bob: merci',
    ]);
  });

  it('finds a DM’s previous exchange however long ago it was', async () => {
    const db = await setup();
    const t = read(db, idOf(db, '2026-03-14 09:00'));
    expect(lines(t.messages)).toEqual(["fay: J'adore la bougie, merci !"]);
    expect(t.messages[0]!.signals).toEqual(['praise']);
    expect(lines(t.before)).toEqual(['fay: Quel est le prix de la bougie ?', '*Brand: Elle coûte 39 €, livraison offerte']);
    expect(t.after).toEqual([]);
    // The lone question carries two signals.
    expect(read(db, idOf(db, '2026-03-03 09:00')).messages[0]!.signals).toEqual(['question', 'purchase']);
  });

  it('marks the words searched for and the messages that match the text or the signal', async () => {
    const db = await setup();
    const id = idOf(db, '2026-03-02 10:00');
    const t = read(db, id, { q: 'commande OR désolé' });
    expect(lines(t.messages).slice(1, 3)).toEqual([
      "bob: Ma [commande] n'est toujours pas arrivée",
      '*Brand: [Désolés] Bob, on regarde ça',
    ]);
    expect(t.messages.map((m) => m.match)).toEqual([false, true, true, false]);
    expect(t.conversation!.matches).toBe(2);
    expect(read(db, id, { signal: 'complaint' }).messages.map((m) => m.match)).toEqual([false, true, false, false]);
    expect(read(db, id, { q: 'merci', signal: 'complaint' }).messages.map((m) => m.match)).toEqual([false, false, false, false]);
  });

  it('reads every kind of group: a channel, a post, the brand’s own run of replies', async () => {
    const db = await setup();
    const general = read(db, idOf(db, '2026-03-05 12:30'));
    expect(lines(general.messages)).toEqual(['hal: Bonne journée']);
    expect(lines(general.before)).toEqual(['hal: Qui vient samedi ?', 'ivy: Moi ! Livraison reçue hier']);
    expect(lines(read(db, idOf(db, '2026-03-06 09:00')).messages)).toEqual(['*Brand: Merci Gus !']);
    expect(lines(read(db, idOf(db, '2026-03-07 10:00')).messages)).toEqual(["jo: Très belle livraison d'idées"]);
  });

  it('answers an id no conversation has any more with nothing', async () => {
    const db = await setup();
    expect(read(db, 9999)).toMatchObject({ conversation: null, messages: [], before: [], after: [] });
  });

  it('shows a very long conversation around its first match', async () => {
    const n = THREAD_LIMIT + 50;
    const minute = (i: number) => `2026-04-01 ${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    const events: Ev[] = Array.from({ length: n }, (_, i) => ({
      who: i % 7 === 0 ? BRAND : `m${i % 5}`,
      kind: 'message' as const,
      at: minute(i),
      platform: 'discord' as const,
      channel: { key: 'busy', kind: 'channel' as const },
      text: i === 320 ? 'Où est passé le grimoire ?' : `message ${i}`,
    }));
    const db = await setup(events);
    const id = idOf(db, minute(0));
    const whole = read(db, id);
    expect([whole.messages.length, whole.skippedBefore, whole.skippedAfter]).toEqual([THREAD_LIMIT, 0, 50]);
    const found = read(db, id, { q: 'grimoire' });
    expect([found.messages.length, found.skippedBefore, found.skippedAfter]).toEqual([THREAD_LIMIT, 50, 0]);
    expect(found.messages.filter((m) => m.match).map(plain)).toEqual(['Où est passé le [grimoire] ?']);
  });
});
