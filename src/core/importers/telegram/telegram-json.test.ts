import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import type { Db } from '../../db/db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { plainText } from './telegram-message';

const FIX = join(__dirname, '../../../../tests/fixtures/telegram');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

async function importTg(name: string, text: string, opts: { brands?: string[]; timezone?: string; chunk?: number } = {}) {
  const db = await memoryClientDb({ timezone: opts.timezone ?? 'UTC' });
  const outcome = await runImport(db, [memoryFile(name, text, opts.chunk ?? 7)], { now: () => 0, brands: opts.brands });
  return { db, outcome, rows: rows(db) };
}

const rows = (db: Db) =>
  db
    .all<{
      key: string;
      kind: string;
      direction: string;
      handle: string;
      name: string;
      at: string;
      text: string | null;
      thread: string | null;
      replyTo: string | null;
      target: string | null;
    }>(
      `SELECT i.key, i.kind, i.direction, a.handle, a.name, i.at, i.text, i.thread_key AS thread, i.reply_to_key AS replyTo, t.handle AS target
     FROM interactions i JOIN identities a ON a.id = i.identity_id LEFT JOIN identities t ON t.id = i.target_identity_id ORDER BY i.id`,
    )
    .map((r) => ({ ...r, at: new Date(Number(r.at)).toISOString() }));

describe('Telegram Desktop export', () => {
  it('maps a group: joins, replies, recent reactors, invited and removed members, deleted accounts', async () => {
    const { rows, outcome, db } = await importTg('result.json', read('group-result.json'), {
      brands: ['Maison Lumière'],
      timezone: 'Europe/Paris',
    });
    expect(outcome.sources[0]!.format).toBe('telegram.json');
    expect(rows.map((r) => [r.key, r.kind, r.direction, r.handle, r.at])).toEqual([
      ['1700000001:2:user101', 'join', 'inbound', 'user101', '2024-01-10T08:05:00.000Z'],
      ['1700000001:3', 'message', 'inbound', 'user101', '2024-01-10T08:10:00.000Z'],
      ['1700000001:4', 'reply', 'outbound', 'user100', '2024-01-10T08:30:00.000Z'],
      // Reactor dates are local: shifted by the hour the message's own two dates differ by.
      ['1700000001:4:reaction:❤:user101', 'reaction', 'inbound', 'user101', '2024-01-10T08:31:00.000Z'],
      ['1700000001:4:reaction:❤:user102', 'reaction', 'inbound', 'user102', '2024-01-10T09:00:00.000Z'],
      // No date_unixtime: the local date read in the client's zone (Paris, UTC+1 in January).
      ['1700000001:6', 'reply', 'inbound', 'user102', '2024-01-11T11:30:00.000Z'],
      ['1700000001:7', 'message', 'inbound', 'user103', '2024-01-12T07:00:00.000Z'],
      ['1700000001:10', 'message', 'inbound', 'user101', '2024-01-14T09:00:00.000Z'],
      // Invited members are named only: Bruno's id comes from his messages, Chloé never wrote.
      ['1700000001:5:user102', 'join', 'inbound', 'user102', '2024-01-11T11:00:00.000Z'],
      ['1700000001:5:Chloé', 'join', 'inbound', 'Chloé', '2024-01-11T11:00:00.000Z'],
      ['1700000001:8:user102', 'leave', 'inbound', 'user102', '2024-01-13T17:00:00.000Z'],
    ]);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('1700000001:4')).toMatchObject({
      text: 'Oui ! Voir lumiere.fr 🎉',
      replyTo: '1700000001:3',
      thread: '1700000001:3',
      target: 'user101',
    });
    expect(byKey.get('1700000001:6')).toMatchObject({ replyTo: '1700000001:4', thread: '1700000001:3', target: 'user100' });
    expect(byKey.get('1700000001:4:reaction:❤:user102')).toMatchObject({ replyTo: '1700000001:4', target: 'user100' });
    expect(byKey.get('1700000001:7')).toMatchObject({ name: 'Deleted Account', text: 'Je passe samedi' });
    expect(byKey.get('1700000001:10')!.text).toBeNull();
    expect(db.all('SELECT c.key, m.metric, m.value FROM contents c JOIN content_metrics m ON m.content_id = c.id')).toEqual([
      { key: '1700000001:10', metric: 'reactions', value: 2 },
    ]);
    expect(db.get('SELECT key, kind, name FROM channels')).toEqual({ key: '1700000001', kind: 'group', name: 'Club Lumière' });
    expect(outcome.added).toEqual({ interactions: 11, members: 4, contents: 1 });
    expect(outcome.sources[0]!.warnings).toEqual([
      '1 message(s) have no date_unixtime: their local date was read as Europe/Paris',
      '1 message(s) have reaction counts without reactors: counted per message only',
      '1 reaction(s) beyond the recent reactors Telegram lists: reactors unknown',
      'service and unsupported messages left out: create_group ×1, pin_message ×1, unsupported ×1',
    ]);
  });

  it('reads a full-account export: chats and left chats, the owner as brand, channel posts as contents', async () => {
    const { rows, outcome, db } = await importTg('result.json', read('full-account-result.json'), { chunk: 1 });
    expect(rows.map((r) => [r.key, r.kind, r.direction, r.handle, r.replyTo, r.target])).toEqual([
      ['101:50', 'dm', 'inbound', 'user101', null, null],
      ['101:51', 'dm', 'outbound', 'user100', '101:50', 'user101'],
      ['1700000002:2:reaction:🔥:user101', 'reaction', 'inbound', 'user101', null, 'channel1700000002'],
      ['1700000003:7', 'message', 'inbound', 'user102', null, null],
    ]);
    expect(rows[2]!.at).toBe('2024-01-05T08:02:00.000Z');
    expect(db.all('SELECT c.key, c.kind, c.text, m.value FROM contents c JOIN content_metrics m ON m.content_id = c.id')).toEqual([
      { key: '1700000002:2', kind: 'post', text: 'Soldes dès lundi', value: 6 },
    ]);
    expect(db.get('SELECT COUNT(*) AS n FROM interactions WHERE content_id IS NOT NULL')).toEqual({ n: 1 });
    expect(db.all('SELECT key, kind, name FROM channels ORDER BY key')).toEqual([
      { key: '101', kind: 'dm', name: 'Alice Martin' },
      { key: '1700000002', kind: 'channel', name: 'Annonces Lumière' },
      { key: '1700000003', kind: 'group', name: 'Ancien groupe' },
    ]);
    expect(db.get('SELECT name, is_brand FROM identities WHERE handle = ?', ['user100'])).toEqual({ name: 'Maison Lumière', is_brand: 1 });
    const warnings = outcome.sources[0]!.warnings;
    expect(warnings).toContain('full-account export: its owner Maison Lumière is counted as the brand');
    expect(warnings).toContain('Saved Messages left out (notes to self)');
    expect(warnings).toContain('4 reaction(s) beyond the recent reactors Telegram lists: reactors unknown');
  });

  it('reads the TelegramExportProcessor samples (public channel posts, text as an entity array, service messages)', async () => {
    const simple = await importTg('ParseSimpleMessage.json', read('ParseSimpleMessage.json'));
    expect(simple.db.all('SELECT c.key, c.at, c.text, m.value FROM contents c JOIN content_metrics m ON m.content_id = c.id')).toEqual([
      { key: '1234567890:192', at: 1685315607000, text: '✈Текст повідомленння', value: 14 },
    ]);
    expect(simple.db.get('SELECT handle, name FROM identities')).toEqual({ handle: 'channel1234567890', name: 'Назва телеграм каналу' });
    const complex = await importTg('ParseComplexTextMessage.json', read('ParseComplexTextMessage.json'), { chunk: 2 });
    expect(complex.db.get('SELECT text FROM contents')).toEqual({ text: '❗Текст іншого повідомленння' });
    const system = await importTg('ParseSystemMessage.json', read('ParseSystemMessage.json'));
    expect(system.rows).toEqual([]);
    expect(system.outcome.sources[0]!.warnings).toContain('service and unsupported messages left out: create_channel ×1');
    const empty = await importTg('ParseWrapper.json', read('ParseWrapper.json'), { chunk: 1 });
    expect(empty.outcome.sources[0]!.warnings).toContain('no records found in this file');
  });

  it('flattens text arrays', () => {
    expect(plainText(['a ', { type: 'bold', text: 'b' }, { type: 'mention_name', text: '@c', user_id: 3 } as never, ''])).toBe('a b@c');
    expect(plainText(undefined)).toBe('');
  });

  it('adds nothing on a re-import', async () => {
    const db = await memoryClientDb();
    await runImport(db, [memoryFile('result.json', read('group-result.json'))], { now: () => 0 });
    const again = await runImport(db, [memoryFile('result.json', read('group-result.json'), 3)], { now: () => 0 });
    expect(again.added.interactions).toBe(0);
  });

  it('rejects broken files in one line naming the file', async () => {
    const db = await memoryClientDb();
    const text = read('group-result.json');
    const cases: [string, RegExp][] = [
      [text.slice(0, 900), /^r\.json: broken JSON: truncated JSON/],
      [text.replace('"id": 3,', '"id": "3",'), /^r\.json: a message of chat "Club Lumière" has no numeric id$/],
      [text.replace('"Super, merci",', '"Super, merci"'), /^r\.json: broken JSON: invalid JSON/],
    ];
    for (const [body, re] of cases) {
      const err = (await runImport(db, [memoryFile('r.json', body)], { now: () => 0 }).catch((e: Error) => e)) as Error;
      expect(err.message).toMatch(re);
      expect(err.message).not.toContain('\n');
    }
  });
});
