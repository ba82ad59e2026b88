import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { parseHeader, wallClockMs } from './header';

const FIX = join(__dirname, '../../../../tests/fixtures/whatsapp');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');
const manifest = JSON.parse(read('MANIFEST.json')) as { files: { file: string; expected_utc_when_TZ_UTC?: string }[] };

async function importText(name: string, text: string, opts: { brands?: string[]; timezone?: string } = {}) {
  const db = await memoryClientDb({ timezone: opts.timezone ?? 'UTC' });
  const outcome = await runImport(db, [memoryFile(name, text, 7)], { now: () => 0, brands: opts.brands });
  const rows = db.all<{ name: string; at: number; text: string | null; kind: string; direction: string }>(
    'SELECT p.name AS name, i.at AS at, i.text AS text, i.kind AS kind, i.direction AS direction FROM interactions i JOIN people p ON p.id = i.person_id ORDER BY i.id',
  );
  return { db, outcome, rows };
}

describe('WhatsApp header grammar', () => {
  for (const f of manifest.files.filter((x) => x.expected_utc_when_TZ_UTC)) {
    it(`reads ${f.file} (${read(f.file).trim()})`, async () => {
      const { rows } = await importText(f.file, read(f.file));
      expect(rows).toHaveLength(1);
      expect(new Date(rows[0]!.at).toISOString()).toBe(f.expected_utc_when_TZ_UTC);
      expect(rows[0]!.name).toBe('a');
      expect(rows[0]!.text).toBe('m');
    });
  }

  it('treats a continuation line that looks like a date as text', () => {
    expect(parseHeader('2016-04-29 10:30:00')).toBeUndefined();
  });

  it('cuts a line longer than WhatsApp allows and says so, instead of holding it whole', async () => {
    const huge = 'a'.repeat(200_000);
    const { rows, outcome } = await importText('huge.txt', `15.01.24, 13:34 - Ann: ${huge}\n15.01.24, 13:35 - Bob: ok\n`);
    expect(rows.map((r) => [r.name, r.text?.length])).toEqual([
      ['Ann', 65_536 + 1_024 - '15.01.24, 13:34 - Ann: '.length],
      ['Bob', 2],
    ]);
    expect(outcome.sources[0]!.warnings).toContain('1 line(s) longer than WhatsApp allows were cut to 66560 characters');
  });

  it('reads a time followed by a dot, "13:34. -", as some locales write it', async () => {
    const { rows } = await importText('dotted.txt', '15.01.24, 13:34. - Ann: Hallo\n15.01.24, 13:35. - Bob: Tschüss\n');
    expect(rows.map((r) => [r.name, r.text, new Date(r.at).toISOString()])).toEqual([
      ['Ann', 'Hallo', '2024-01-15T13:34:00.000Z'],
      ['Bob', 'Tschüss', '2024-01-15T13:35:00.000Z'],
    ]);
  });

  it('rejects impossible dates', () => {
    const h = parseHeader('31/02/2020, 10:00 - a: m')!;
    expect(Number.isNaN(wallClockMs(h, true))).toBe(true);
  });
});

describe('WhatsApp import', () => {
  it('keeps multi-line messages whole, skips system lines, keeps empty bodies as messages without text', async () => {
    const { rows } = await importText('multiline_system_empty.txt', read('multiline_system_empty.txt'));
    // Loris's message spans three lines (the third looks like a date); "You created group" + its
    // continuation is a system line; Luke's message has an empty body.
    expect(rows.map((r) => [r.name, r.text])).toEqual([
      ['Loris', 'one\ntwo\n2016-04-29 10:30:00'],
      ['Luke', null],
    ]);
    expect(new Date(rows[0]!.at).toISOString()).toBe('2018-06-23T13:55:00.000Z');
    expect(new Date(rows[1]!.at).toISOString()).toBe('2017-02-03T18:42:00.000Z');
  });

  it('reads the chat example: system lines out, phone-number author, blank line inside a message', async () => {
    const { rows, db } = await importText('WhatsApp Chat with ShortChat.txt', read('index_test_chatExample.txt'));
    expect(rows.map((r) => r.name)).toEqual(['Sample User', 'TestBot', '+410123456789']);
    expect(rows[2]!.text).toBe('How are you?\n\nIs everything alright?');
    expect(new Date(rows[0]!.at).toISOString()).toBe('2017-03-06T00:45:00.000Z');
    const channel = db.get<{ name: string; kind: string }>('SELECT name, kind FROM channels');
    expect(channel).toEqual({ name: 'ShortChat', kind: 'group' });
  });

  it('is a direct chat with two authors and a group from the third, messages kept in file order', async () => {
    const two = ['01/02/2024, 10:00 - Ann: un', '01/02/2024, 10:01 - Bob: deux', '01/02/2024, 10:02 - Ann: trois'];
    const dm = await importText('WhatsApp Chat with Bob.txt', `${two.join('\n')}\n`);
    expect(dm.db.get('SELECT kind FROM channels')).toEqual({ kind: 'dm' });
    expect(dm.rows.map((r) => r.text)).toEqual(['un', 'deux', 'trois']);
    const three = [...two, '01/02/2024, 10:03 - Cy: quatre', '01/02/2024, 10:04 - Ann: cinq'];
    const group = await importText('WhatsApp Chat with Club.txt', `${three.join('\n')}\n`);
    expect(group.db.get('SELECT kind FROM channels')).toEqual({ kind: 'group' });
    expect(group.rows.map((r) => r.text)).toEqual(['un', 'deux', 'trois', 'quatre', 'cinq']);
    expect(group.db.get<{ n: number }>('SELECT COUNT(DISTINCT channel_id) AS n FROM interactions')!.n).toBe(1);
  });

  it('infers day-first from a day above 12 (issue 237)', async () => {
    const { rows } = await importText('issue237_daysfirst.txt', read('issue237_daysfirst.txt'));
    expect(rows.map((r) => new Date(r.at).toISOString())).toEqual(['2020-12-30T13:00:00.000Z', '2021-01-13T13:00:00.000Z']);
  });

  it('infers month-first when the second field goes above 12', async () => {
    const { rows } = await importText('us.txt', '12/24/21, 9:05 PM - Ann: Merry Xmas\n1/2/22, 8:00 AM - Bob: Happy new year\n');
    expect(rows.map((r) => new Date(r.at).toISOString())).toEqual(['2021-12-24T21:05:00.000Z', '2022-01-02T08:00:00.000Z']);
  });

  it('strips attachment markers and keeps captions', async () => {
    const { rows } = await importText('attachments_4_variants.txt', read('attachments_4_variants.txt'));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.text)).toEqual([null, null, null, 'Dir auch frohe Ostern.']);
  });

  it('reads local times in the client time zone and stores UTC', async () => {
    const { rows } = await importText('paris.txt', '15/01/2024, 10:00 - Ann: hiver\n15/07/2024, 10:00 - Ann: été\n', {
      timezone: 'Europe/Paris',
    });
    expect(rows.map((r) => new Date(r.at).toISOString())).toEqual(['2024-01-15T09:00:00.000Z', '2024-07-15T08:00:00.000Z']);
  });

  it('marks the brand outbound with --brand and keeps two identical messages in one minute', async () => {
    const text = '01/02/2024, 10:00 - Maison: Bonjour\n01/02/2024, 10:01 - Ann: ok\n01/02/2024, 10:01 - Ann: ok\n';
    const { rows, outcome } = await importText('brand.txt', text, { brands: ['maison'] });
    expect(rows.map((r) => [r.name, r.direction])).toEqual([
      ['Maison', 'outbound'],
      ['Ann', 'inbound'],
      ['Ann', 'inbound'],
    ]);
    expect(outcome.added.members).toBe(1);
  });

  it('adds nothing when the same file is imported again, and dedupes an overlapping later export', async () => {
    const first = '01/02/2024, 10:00 - Ann: un\n01/02/2024, 10:05 - Bob: deux\n';
    const later = first + '02/02/2024, 09:00 - Ann: trois\n';
    const db = await memoryClientDb();
    await runImport(db, [memoryFile('a.txt', first)], { now: () => 0 });
    const again = await runImport(db, [memoryFile('a.txt', first)], { now: () => 0 });
    expect(again.added.interactions).toBe(0);
    expect(again.sources[0]!.alreadyImported).toBe(true);
    const overlap = await runImport(db, [memoryFile('b.txt', later)], { now: () => 0 });
    expect(overlap.added.interactions).toBe(1);
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions')!.n).toBe(3);
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sources')!.n).toBe(2);
  });

  it('rejects a text file that is not a chat, naming the file', async () => {
    const db = await memoryClientDb();
    await expect(runImport(db, [memoryFile('notes.txt', 'hello\nworld\n')], { now: () => 0 })).rejects.toThrow(/^notes\.txt: /);
  });
});
