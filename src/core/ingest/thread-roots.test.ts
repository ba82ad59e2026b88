import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { migrate, MIGRATIONS } from '../db/migrations';
import { refreshDerived } from '../analytics/derived/refresh-derived';
import { resolveFilter } from '../analytics/metrics/filter';
import { responsiveness } from '../analytics/metrics/responsiveness';
import { loadAnalyticsSettings } from '../analytics/settings/analytics-settings';
import { memoryFile } from '../importers/memory-file';
import { runImport } from './run-import';

const author = (id: string, name: string) => ({ id, name, discriminator: '0000', nickname: name, isBot: false, roles: [] });
const ALICE = author('111111111111111111', 'alice');
const BOB = author('222222222222222222', 'bob');
const BRAND = author('333333333333333333', 'Maison Lumière');
const msg = (id: string, at: string, who: object, content: string, replyTo?: string) => ({
  id,
  type: replyTo ? 'Reply' : 'Default',
  timestamp: `${at}:00.000+00:00`,
  content,
  author: who,
  reactions: [],
  mentions: [],
  ...(replyTo ? { reference: { messageId: replyTo, channelId: '900', guildId: '800' } } : {}),
});

/** A question in a channel, the talk moving on, and the brand answering it by a reply two hours later. */
const dce = (messages: object[]) =>
  JSON.stringify({ guild: { id: '800', name: 'Club' }, channel: { id: '900', type: 'GuildTextChat', name: 'général' }, messages });

const telegram = (messages: object[]) => JSON.stringify({ name: 'Club', type: 'public_supergroup', id: 77, messages });
const tg = (id: number, at: string, from: string, fromId: string, text: string, replyTo?: number) => ({
  id,
  type: 'message',
  date: `${at}:00`,
  date_unixtime: String(Date.parse(`${at}:00Z`) / 1000),
  from,
  from_id: fromId,
  text,
  ...(replyTo ? { reply_to_message_id: replyTo } : {}),
});

describe('a chat reply chain keeps the message that started it', () => {
  it('DiscordChatExporter: the question and the brand reply two hours later are one answered conversation', async () => {
    const db = await memoryClientDb();
    const file = dce([
      msg('1001', '2024-03-01T10:00', ALICE, 'Quand sort la nouvelle collection ?'),
      msg('1002', '2024-03-01T10:05', BOB, 'aucune idée'),
      msg('1003', '2024-03-01T12:00', BRAND, 'Le 15 mars !', '1001'),
    ]);
    await runImport(db, [memoryFile('Club - général [900].json', file)], { now: () => 0, brands: ['Maison Lumière'] });
    expect(db.get<{ t: string | null }>("SELECT thread_key AS t FROM interactions WHERE key = '1001'")!.t).toBe('1001');
    refreshDerived(db);
    const r = responsiveness(db, resolveFilter(db), loadAnalyticsSettings(db));
    expect(r).toMatchObject({ inboundConversations: 1, answered: 1, medianFirstResponseMinutes: 120 });
  });

  it('Telegram: the same, and a root from an earlier import is linked when its reply arrives later', async () => {
    const db = await memoryClientDb();
    const first = telegram([
      tg(1, '2024-03-01T10:00', 'Alice', 'user1', 'Vous livrez en Belgique ?'),
      tg(2, '2024-03-01T10:04', 'Bob', 'user2', 'bonne question'),
    ]);
    await runImport(db, [memoryFile('result.json', first)], { now: () => 0, brands: ['Maison Lumière'] });
    const later = telegram([
      tg(1, '2024-03-01T10:00', 'Alice', 'user1', 'Vous livrez en Belgique ?'),
      tg(2, '2024-03-01T10:04', 'Bob', 'user2', 'bonne question'),
      tg(3, '2024-03-01T11:30', 'Maison Lumière', 'channel9', 'Oui, sous 3 jours', 1),
    ]);
    await runImport(db, [memoryFile('result (1).json', later)], { now: () => 0 });
    const roots = db.all<{ key: string; t: string | null }>(
      "SELECT key, thread_key AS t FROM interactions WHERE kind IN ('message', 'reply') ORDER BY at",
    );
    expect(roots.map((r) => r.t)).toEqual([roots[0]!.key, null, roots[0]!.key]);
    refreshDerived(db);
    expect(responsiveness(db, resolveFilter(db), loadAnalyticsSettings(db))).toMatchObject({
      inboundConversations: 1,
      answered: 1,
      medianFirstResponseMinutes: 90,
    });
  });

  it('migration 005 links the chains of a client imported before imports did it', async () => {
    const db = await memoryClientDb();
    const file = dce([
      msg('1001', '2024-03-01T10:00', ALICE, 'Une question ?'),
      msg('1003', '2024-03-01T12:00', BRAND, 'Une réponse.', '1001'),
    ]);
    await runImport(db, [memoryFile('Club - général [900].json', file)], { now: () => 0, brands: ['Maison Lumière'] });
    db.exec("UPDATE interactions SET thread_key = NULL WHERE key = '1001'; PRAGMA user_version = 4");
    // The history up to 005: the later steps would meet a file that was at 4 only in its version number.
    expect(migrate(db, MIGRATIONS.slice(0, 5))).toEqual({ from: 4, to: 5 });
    expect(db.get<{ t: string | null }>("SELECT thread_key AS t FROM interactions WHERE key = '1001'")!.t).toBe('1001');
  });
});
