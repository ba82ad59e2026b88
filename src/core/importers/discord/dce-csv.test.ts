import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { discordCsvRows } from './discord-csv';

const NAME = 'Lumière Club - Communauté - général [900000000000000001].csv';
const TEXT = readFileSync(join(__dirname, '../../../../tests/fixtures/discord', NAME), 'utf8');

async function rowsOf(text: string, chunkSize: number): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const batch of discordCsvRows(memoryFile('x.csv', text, chunkSize))) rows.push(...batch);
  return rows;
}

describe('Discord CSV rows', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks across any chunking, skipping empty lines', async () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","l1\nl2"\n\n,,\n"",plain,"end"';
    for (const size of [1, 2, 3, 7, text.length]) {
      expect(await rowsOf(text, size), `chunk ${size}`).toEqual([
        ['a', 'b', 'c'],
        ['x, y', 'say "hi"', 'l1\nl2'],
        ['', '', ''],
        ['', 'plain', 'end'],
      ]);
    }
  });

  it('keeps a CRLF inside a message as written (message keys hash the text)', async () => {
    expect(await rowsOf('a,b\r\n"x\r\ny",z\r\n', 3)).toEqual([
      ['a', 'b'],
      ['x\r\ny', 'z'],
    ]);
  });

  it('fails when the file ends inside a quoted field', async () => {
    await expect(rowsOf('a,"b\nc', 2)).rejects.toThrow(/ends inside a quoted field/);
  });
});

describe('DiscordChatExporter CSV', () => {
  it('reads messages, multi-line quoted text and reaction counts; names lose the discriminator', async () => {
    const db = await memoryClientDb();
    const outcome = await runImport(db, [memoryFile(NAME, TEXT, 7)], { now: () => 0, brands: ['maisonlumiere'] });
    expect(outcome.sources[0]!.format).toBe('discord.dce.csv');
    const rows = db.all<{ handle: string; name: string; kind: string; direction: string; at: number; text: string | null }>(
      'SELECT a.handle, a.name, i.kind, i.direction, i.at, i.text FROM interactions i JOIN identities a ON a.id = i.identity_id ORDER BY i.id',
    );
    expect(rows.map((r) => [r.handle, r.name, r.kind, r.direction, new Date(r.at).toISOString()])).toEqual([
      ['111111111111111111', 'alice', 'message', 'inbound', '2024-03-01T09:05:00.000Z'],
      ['333333333333333333', 'maisonlumiere', 'message', 'outbound', '2024-03-01T09:20:00.000Z'],
      ['222222222222222222', 'bob', 'message', 'inbound', '2024-03-02T18:00:00.000Z'],
      ['444444444444444444', 'chloe', 'message', 'inbound', '2024-03-04T12:00:00.000Z'],
    ]);
    expect(rows[1]!.text).toBe('Bonjour Alice !\nLe 15 mars 🎉 — "save the date"');
    expect(rows[2]!.text).toBe('@Alice, @chloe : atelier ?');
    expect(rows[3]!.text).toBeNull();
    // "👍 (2),❤️ (3)" and "😂 (4)": counts per message, reactors unknown.
    expect(db.all<{ value: number }>('SELECT value FROM content_metrics ORDER BY content_id').map((r) => r.value)).toEqual([5, 4]);
    expect(db.get('SELECT key, kind, name FROM channels')).toEqual({
      key: '900000000000000001',
      kind: 'channel',
      name: 'Lumière Club - Communauté - général',
    });
    expect(outcome.sources[0]!.warnings.join('\n')).toMatch(/2 message\(s\) have reaction counts only/);
    const again = await runImport(db, [memoryFile(NAME, TEXT, 5)], { now: () => 0 });
    expect(again.added.interactions).toBe(0);
  });

  it('rejects a broken CSV in one line naming the file', async () => {
    const db = await memoryClientDb();
    const cases: [string, RegExp][] = [
      [TEXT.slice(0, TEXT.indexOf('save the')), /^x\.csv: broken CSV: the file ends inside a quoted field$/],
      [TEXT.replace('2024-03-02T18:00:00.0000000+00:00', 'hier'), /^x\.csv: row 4 has an unreadable date "hier"$/],
      [TEXT.replace('"444444444444444444","chloe",', ''), /^x\.csv: row 5 has 4 field\(s\) where the header has 6$/],
    ];
    for (const [body, re] of cases) await expect(runImport(db, [memoryFile('x.csv', body)], { now: () => 0 })).rejects.toThrow(re);
  });
});
