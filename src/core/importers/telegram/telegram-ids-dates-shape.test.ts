import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { detectImporter } from '../registry';
import { MessageIds } from './message-ids';

/** Shared and repeated ids, untrustworthy date_unixtime, exports without a chat type, records without an id. */

const FIX = join(__dirname, '../../../../tests/fixtures/telegram');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

async function importTg(name: string, text: string, timezone = 'UTC') {
  const db = await memoryClientDb({ timezone });
  const outcome = await runImport(db, [memoryFile(name, text, 5)], { now: () => 0 });
  const rows = db
    .all<{
      key: string;
      kind: string;
      handle: string;
      at: number;
      text: string | null;
      channel: string;
      replyTo: string | null;
      target: string | null;
    }>(
      `SELECT i.key, i.kind, a.handle, i.at, i.text, ch.key AS channel, i.reply_to_key AS replyTo, t.handle AS target
       FROM interactions i JOIN identities a ON a.id = i.identity_id LEFT JOIN channels ch ON ch.id = i.channel_id
       LEFT JOIN identities t ON t.id = i.target_identity_id ORDER BY i.id`,
    )
    .map((r) => ({ ...r, at: new Date(Number(r.at)).toISOString() }));
  return { db, outcome, rows, warnings: outcome.sources[0]?.warnings ?? [] };
}

const message = (id: number, minute: number, text: string) => ({
  id,
  type: 'message',
  date: `2024-05-01T10:${String(minute % 60).padStart(2, '0')}:00`,
  date_unixtime: String(1714557600 + (minute % 60) * 60),
  from: 'Alice Martin',
  from_id: 'user101',
  text,
  text_entities: [],
});

describe('Telegram ids: distinct chats never share a key, repeated records are counted', () => {
  it('keeps a personal chat and a supergroup with the same bare id apart', async () => {
    const { rows, db, warnings } = await importTg('result.json', read('full-account-shared-ids.json'));
    expect(rows.map((r) => [r.key, r.channel, r.handle, r.replyTo])).toEqual([
      ['1500000004:10', '1500000004', 'user1500000004', null],
      ['1500000004:11', '1500000004', 'user100', '1500000004:10'],
      ['channel1500000004:10', 'channel1500000004', 'user104', null],
      ['channel1500000004:11', 'channel1500000004', 'user100', 'channel1500000004:10'],
      ['channel1500000004:12', 'channel1500000004', 'user104', 'channel1500000004:11'],
    ]);
    expect(db.all('SELECT key, kind, name FROM channels ORDER BY id')).toEqual([
      { key: '1500000004', kind: 'dm', name: 'Denise Roy' },
      { key: 'channel1500000004', kind: 'group', name: 'Atelier Lumière — clients' },
    ]);
    expect(warnings).toContain(
      '1 chat(s) share their id with a chat of another kind (users, groups and channels are numbered apart): keyed channel1500000004 to keep their messages apart',
    );
  });

  it('says how many records collapse when messages of one chat repeat ids (253 records, 4 ids)', async () => {
    const messages = Array.from({ length: 253 }, (_, i) => message((i % 4) + 1, i, `message ${i}`));
    const text = JSON.stringify({ name: 'Club', type: 'private_supergroup', id: 1700000009, messages }, null, 1);
    const { outcome, warnings } = await importTg('result.json', text);
    expect(outcome.added.interactions).toBe(4);
    expect(warnings).toContain(
      '249 of 253 message record(s) repeat the id of an earlier message of their chat: only the first of each was kept',
    );
  });

  it('says nothing of collapse for a clean export', async () => {
    const { warnings } = await importTg('result.json', read('group-result.json'));
    expect(warnings.some((w) => /repeat the id|share their id/.test(w))).toBe(false);
  });

  it('remembers ids in any order', () => {
    const ids = new MessageIds();
    expect([5, 7, 9, 6, 7, 5, 9, 6, 10, -3, -3].map((id) => ids.add(id))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('Telegram dates: a zero or impossible date_unixtime', () => {
  it('is read as missing: the local date is used, in the client time zone', async () => {
    const { rows, warnings } = await importTg('result.json', read('zero-unixtime.json'), 'Europe/Paris');
    expect(rows.map((r) => [r.key, r.at])).toEqual([
      ['1700000001:20', '2024-03-05T09:00:00.000Z'],
      ['1700000001:21', '2024-03-05T09:30:00.000Z'],
      // The reactor's "0" too: its local date, shifted by the hour its message's two dates differ by.
      ['1700000001:21:reaction:❤:user101', '2024-03-05T09:31:00.000Z'],
      ['1700000001:22', '2024-03-05T10:00:00.000Z'],
    ]);
    expect(warnings).toContain('2 message(s) have a zero or impossible date_unixtime: their local date was read as Europe/Paris');
  });

  it('distrusts a date_unixtime further from its local date than any time zone', async () => {
    const text = read('zero-unixtime.json').replace('"date_unixtime": "1709631000"', '"date_unixtime": "86400"');
    const { rows } = await importTg('result.json', text, 'Europe/Paris');
    expect(rows.find((r) => r.key === '1700000001:21')!.at).toBe('2024-03-05T09:30:00.000Z');
  });
});

describe('Telegram detection by shape', () => {
  const detect = (name: string, text: string) => detectImporter({ path: name, innerPath: name, name, head: text.slice(0, 65536) })?.format;

  it('recognises a single-chat export with no chat type or "about" key, and imports it', async () => {
    expect(detect('result.json', read('single-chat-no-type.json'))).toBe('telegram.json');
    const { rows, outcome } = await importTg('result.json', read('single-chat-no-type.json'));
    expect(outcome.sources[0]!.format).toBe('telegram.json');
    expect(rows.map((r) => [r.key, r.kind, r.handle, r.replyTo])).toEqual([
      ['1800000001:1', 'message', 'user100', null],
      ['1800000001:2', 'reply', 'user101', '1800000001:1'],
    ]);
  });

  it('keys a chat with no id by its name', async () => {
    const text = read('single-chat-no-type.json').replace(' "id": 1800000001,\n', '');
    const { rows, warnings } = await importTg('result.json', text);
    expect(rows.map((r) => r.key)).toEqual(['name:Lumière — atelier du jeudi:1', 'name:Lumière — atelier du jeudi:2']);
    expect(warnings).toContain('1 chat(s) have no id: keyed by their name');
  });

  it('leaves DiscordChatExporter and Messenger files to their importers', () => {
    const dce = JSON.stringify({
      guild: { id: '1', name: 'G' },
      channel: { id: '2', name: 'general' },
      messages: [{ id: '3', type: 'Default', timestamp: '2024-01-01T10:00:00+00:00' }],
    });
    expect(detect('dce.json', dce)).toBe('discord.dce.json');
    const messenger = JSON.stringify({
      participants: [{ name: 'A' }],
      messages: [{ sender_name: 'A', timestamp_ms: 1704103200000, content: 'hi' }],
      title: 'A',
    });
    expect(detect('message_1.json', messenger)).not.toBe('telegram.json');
    expect(detect('data.json', JSON.stringify({ name: 'x', messages: [{ id: 1, body: 'no date' }] }))).toBeUndefined();
  });
});

describe('Telegram records without an id', () => {
  it('skips them with a count and imports the rest', async () => {
    const text = read('group-result.json').replace('   "id": 3,\n', '').replace('   "id": 7,\n', '');
    const { rows, warnings } = await importTg('result.json', text, 'Europe/Paris');
    expect(rows.map((r) => r.key)).not.toContain('1700000001:3');
    expect(rows.map((r) => r.key)).toContain('1700000001:4');
    expect(rows).toHaveLength(9);
    expect(warnings).toContain('2 message record(s) without an id (or not a message) were skipped');
  });

  it('skips a chat with neither id nor name, and elements that are not objects', async () => {
    const full = JSON.parse(read('full-account-shared-ids.json')) as { chats: { list: unknown[] } };
    full.chats.list.push({ type: 'private_group', messages: [message(1, 1, 'lost')] }, null);
    (full.chats.list[0] as { messages: unknown[] }).messages.push(null, 'text');
    const { outcome, warnings } = await importTg('result.json', JSON.stringify(full, null, 1));
    expect(outcome.added.interactions).toBe(5);
    expect(warnings).toContain('2 message record(s) without an id (or not a message) were skipped');
    expect(warnings).toContain('2 chat(s) without an id or a name (or not a chat) were skipped, with their messages');
  });

  it('fails, in one line naming the file, only when no record could be read', async () => {
    const text = JSON.stringify({
      name: 'Club',
      type: 'private_group',
      id: 5,
      messages: [
        { type: 'message', text: 'a' },
        { type: 'message', text: 'b' },
      ],
    });
    const db = await memoryClientDb();
    await expect(runImport(db, [memoryFile('r.json', text)], { now: () => 0 })).rejects.toThrow(
      /^r\.json: none of its 2 record\(s\) could be read \(messages without an id, chats without an id or a name\)$/,
    );
  });
});
