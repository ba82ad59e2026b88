import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';

const FIX = join(__dirname, '../../../../tests/fixtures/discord');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

interface Row {
  key: string;
  kind: string;
  direction: string;
  handle: string;
  at: number;
  text: string | null;
  thread: string | null;
  replyTo: string | null;
  target: string | null;
}

async function importDce(name: string, text: string, opts: { brands?: string[]; chunk?: number } = {}) {
  const db = await memoryClientDb();
  const outcome = await runImport(db, [memoryFile(name, text, opts.chunk ?? 7)], { now: () => 0, brands: opts.brands });
  const rows = db.all<Row>(
    `SELECT i.key, i.kind, i.direction, a.handle, i.at, i.text, i.thread_key AS thread, i.reply_to_key AS replyTo, t.handle AS target
     FROM interactions i JOIN identities a ON a.id = i.identity_id LEFT JOIN identities t ON t.id = i.target_identity_id ORDER BY i.id`,
  );
  return { db, outcome, rows, byKey: new Map(rows.map((r) => [r.key, r])) };
}

const A = '111111111111111111';
const B = '222222222222222222';
const M = '333333333333333333';
const C = '444444444444444444';
const D = '666666666666666666';

describe('DiscordChatExporter JSON', () => {
  it('maps a guild channel: join, messages, reply chain, mentions, reactions with users, bots left out', async () => {
    const { rows, byKey, outcome, db } = await importDce(
      'Lumière Club - général [900000000000000001].json',
      read('dce-guild-general.json'),
      { brands: ['Maison Lumière'] },
    );
    expect(outcome.sources[0]!.format).toBe('discord.dce.json');
    // 1 join + 4 messages + 3 replies + 3 reactions (the bot's is left out) + 2 mentions (bot and self left out).
    expect(rows).toHaveLength(13);
    const kinds = rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.kind]: (acc[r.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ join: 1, message: 4, reply: 3, reaction: 3, mention: 2 });
    expect(byKey.get('1000')).toMatchObject({ kind: 'join', handle: C });
    // +01:00 offset read as such.
    expect(new Date(byKey.get('1001')!.at).toISOString()).toBe('2024-03-01T09:05:00.000Z');
    expect(byKey.get('1002')).toMatchObject({
      kind: 'reply',
      direction: 'outbound',
      handle: M,
      replyTo: '1001',
      thread: '1001',
      target: A,
      text: 'Bonjour Alice ! Le 15 mars 🎉',
    });
    expect(byKey.get('1003')).toMatchObject({ kind: 'reply', direction: 'inbound', handle: A, replyTo: '1002', thread: '1001', target: M });
    expect(byKey.get('1004')).toMatchObject({
      kind: 'message',
      handle: B,
      target: A,
      thread: null,
      text: "@Alice @chloe vous venez à l'atelier ? \\o/",
    });
    expect(byKey.get(`1004:mention:${A}`)).toMatchObject({ kind: 'mention', handle: B, target: A });
    expect(byKey.get(`1004:mention:${C}`)).toMatchObject({ kind: 'mention', handle: B, target: C });
    // A reply to a bot's message: still a reply, with no target since bots are not members.
    expect(byKey.get('1006')).toMatchObject({ kind: 'reply', handle: C, replyTo: '1005', thread: '1005', target: null });
    expect(byKey.has('1005')).toBe(false);
    expect(byKey.get('1009')).toMatchObject({ kind: 'message', handle: C, text: null });
    // A forward is not a reply.
    expect(byKey.get('1011')).toMatchObject({ kind: 'message', replyTo: null });
    const reactions = rows.filter((r) => r.kind === 'reaction').map((r) => [r.handle, r.direction, r.replyTo, r.target, r.at]);
    const at1001 = Date.parse('2024-03-01T09:05:00Z');
    expect(reactions).toEqual([
      [B, 'inbound', '1001', A, at1001],
      [M, 'outbound', '1001', A, at1001],
      [C, 'inbound', '1001', A, at1001],
    ]);
    // Message 1009's reactions have no users: a count on the message, not member interactions.
    expect(db.all('SELECT c.key, c.kind, m.metric, m.value FROM contents c JOIN content_metrics m ON m.content_id = c.id')).toEqual([
      { key: '1009', kind: 'post', metric: 'reactions', value: 4 },
    ]);
    expect(outcome.added).toEqual({ interactions: 13, members: 3, contents: 1 });
    const identities = db.all<{ handle: string; name: string; is_brand: number }>(
      'SELECT handle, name, is_brand FROM identities ORDER BY handle',
    );
    expect(identities).toEqual([
      { handle: A, name: 'Alice', is_brand: 0 },
      { handle: B, name: 'Bob', is_brand: 0 },
      { handle: M, name: 'Maison Lumière', is_brand: 1 },
      { handle: C, name: 'chloe', is_brand: 0 },
    ]);
    const warnings = outcome.sources[0]!.warnings.join('\n');
    expect(warnings).toMatch(/1 message\(s\) by 1 bot account\(s\) \(MEE6\) left out/);
    expect(warnings).toMatch(/ChannelPinnedMessage ×1, ThreadCreated ×1, 8 ×1/);
    expect(warnings).toMatch(/1 message\(s\) have reaction counts without the reacting users/);
    expect(warnings).toMatch(/1 reaction\(s\) beyond the listed users/);
    expect(warnings).not.toMatch(/no author name matches a brand/);
    const channel = db.get('SELECT key, kind, name FROM channels');
    expect(channel).toEqual({ key: '900000000000000001', kind: 'channel', name: 'Lumière Club #général' });
  });

  it('recognises the brand by its username when the export shows a nickname', async () => {
    const { byKey } = await importDce('g.json', read('dce-guild-general.json'), { brands: ['maisonlumiere'] });
    expect(byKey.get('1002')!.direction).toBe('outbound');
    expect(byKey.get(`1001:reaction:👍:${M}`)!.direction).toBe('outbound');
  });

  it('maps group DM arrivals and departures; channel renames and calls are not messages', async () => {
    const { rows, outcome, db } = await importDce('group.json', read('dce-group-dm.json'), { chunk: 1 });
    expect(rows.map((r) => [r.key, r.kind, r.handle, r.target])).toEqual([
      ['2001', 'join', D, null],
      ['2002', 'message', D, null],
      ['2005', 'reply', A, D],
      ['2006', 'leave', D, null],
    ]);
    expect(db.get('SELECT kind, name FROM channels')).toEqual({ kind: 'group', name: 'atelier du samedi' });
    expect(outcome.sources[0]!.warnings).toContain('system messages that are not member messages left out: ChannelNameChange ×1, Call ×1');
    expect(outcome.sources[0]!.warnings.some((w) => w.startsWith('no author name matches a brand name'))).toBe(true);
  });

  it('makes every message of a one-to-one DM a dm, replies included', async () => {
    const doc = {
      guild: { id: '0', name: 'Direct Messages' },
      channel: { id: '5', type: 'DirectTextChat', name: 'alice' },
      messages: [
        { id: '10', type: 'Default', timestamp: '2024-01-01T10:00:00+00:00', content: 'hi', author: { id: A, name: 'alice' } },
        {
          id: '11',
          type: 'Reply',
          timestamp: '2024-01-01T10:01:00+00:00',
          content: 'hello',
          author: { id: B, name: 'bob' },
          reference: { messageId: '10' },
        },
      ],
    };
    const { rows } = await importDce('dm.json', JSON.stringify(doc));
    expect(rows.map((r) => [r.kind, r.replyTo, r.target])).toEqual([
      ['dm', null, null],
      ['dm', '10', A],
    ]);
  });

  it('adds nothing on a re-import, and an overlapping later export adds only the new messages', async () => {
    const text = read('dce-group-dm.json');
    const db = await memoryClientDb();
    await runImport(db, [memoryFile('a.json', text)], { now: () => 0 });
    const again = await runImport(db, [memoryFile('a.json', text)], { now: () => 0 });
    expect(again.added.interactions).toBe(0);
    const later = JSON.parse(text);
    later.messages.push({
      id: '2007',
      type: 'Default',
      timestamp: '2024-04-03T10:00:00+00:00',
      content: 'encore',
      author: { id: A, name: 'alice' },
    });
    const overlap = await runImport(db, [memoryFile('b.json', JSON.stringify(later))], { now: () => 0 });
    expect(overlap.added.interactions).toBe(1);
  });

  it('rejects broken and foreign files in one line naming the file', async () => {
    const db = await memoryClientDb();
    const text = read('dce-group-dm.json');
    const cases: [string, string, RegExp][] = [
      ['cut.json', text.slice(0, 1500), /^cut\.json: broken JSON: truncated JSON/],
      ['bad.json', text.replace('"salut"', 'salut'), /^bad\.json: broken JSON: invalid JSON/],
      ['noid.json', text.replace('"id": "2002"', '"id": 2002'), /^noid\.json: message 2 is not a DiscordChatExporter message/],
      [
        'time.json',
        text.replace('2024-04-01T10:01:00.000+00:00', 'yesterday'),
        /^time\.json: message 2002 has an unreadable timestamp "yesterday"/,
      ],
    ];
    for (const [name, body, re] of cases) {
      const err = await runImport(db, [memoryFile(name, body)], { now: () => 0 }).catch((e: Error) => e);
      expect(err, name).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(re);
      expect((err as Error).message).not.toContain('\n');
    }
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions')!.n).toBe(0);
  });
});
