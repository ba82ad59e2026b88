import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import { detectImporter } from '../registry';
import type { Importer } from '../types';
import { genericCsvImporter } from './generic-csv-importer';
import { parseGenericCsvMapping } from './mapping';

const FIX = join(__dirname, '../../../../tests/fixtures/generic');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

interface Row {
  key: string;
  kind: string;
  direction: string;
  handle: string;
  name: string | null;
  at: string;
  text: string | null;
  thread: string | null;
  replyTo: string | null;
  channel: string | null;
}

async function load(files: { name: string; text: string }[], opts: { timezone?: string; importers?: Importer[] } = {}) {
  const db = await memoryClientDb({ timezone: opts.timezone ?? 'UTC' });
  const outcome = await runImport(
    db,
    files.map((f) => memoryFile(f.name, f.text, 64)),
    { now: () => 0, importers: opts.importers },
  );
  const rows = db
    .all<Omit<Row, 'at'> & { at: number }>(
      `SELECT i.key, i.kind, i.direction, d.handle, d.name, i.at, i.text, i.thread_key AS thread, i.reply_to_key AS replyTo, c.name AS channel, i.platform
       FROM interactions i JOIN identities d ON d.id = i.identity_id LEFT JOIN channels c ON c.id = i.channel_id ORDER BY i.id`,
    )
    .map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
  return { db, outcome, rows };
}

describe('Cercle generic CSV (canonical header)', () => {
  it('is detected by its header and reads every column', async () => {
    const { rows, outcome, db } = await load([{ name: 'export.csv', text: read('cercle-generic.csv') }], { timezone: 'Europe/Paris' });
    expect(outcome.sources[0]!.format).toBe('generic.csv');
    expect(rows.map((r) => [r.key, r.kind, r.handle, r.at, r.direction])).toEqual([
      ['g1', 'comment', 'maya', '2024-05-01T10:00:00.000Z', 'inbound'],
      ['g2', 'reply', 'atelier', '2024-05-01T08:30:00.000Z', 'outbound'],
      ['g3', 'dm', 'jonas', '2024-05-01T10:40:00.000Z', 'inbound'], // epoch seconds
      ['g4', 'like', 'maya', '2024-05-01T11:40:00.000Z', 'inbound'], // epoch milliseconds
      ['g5', 'message', 'Lena Vogel', '2024-05-02T07:15:00.000Z', 'inbound'], // wall clock in the client's zone
    ]);
    expect(rows[1]!.replyTo).toBe('g1');
    expect(rows[0]!.thread).toBe('post-1');
    expect(rows[2]!.channel).toBe('Support');
    expect(rows[4]!.text).toBe('Hello, "team"');
    expect(outcome.sources[0]!.warnings).toContain('1 timestamp(s) carry no time zone: read as Europe/Paris');
    // The row marked outbound makes its author a brand identity.
    expect(db.get<{ is_brand: number }>("SELECT is_brand FROM identities WHERE handle = 'atelier'")!.is_brand).toBe(1);
    expect(outcome.added.members).toBe(3);
  });

  it('accepts aliases next to the canonical names, and says that per-row platforms are stored as generic', async () => {
    const text =
      'Timestamp;Author;Type;Message;Platform\n2024-05-01T10:00:00Z;Ann;Direct message;Hello;instagram\n2024-05-01T10:05:00Z;Bob;likes;;generic\n';
    const { rows, outcome } = await load([{ name: 'mixed.csv', text }]);
    expect(rows.map((r) => [r.kind, r.handle, r.text])).toEqual([
      ['dm', 'Ann', 'Hello'],
      ['like', 'Bob', null],
    ]);
    expect(outcome.sources[0]!.warnings).toEqual([
      'rows name platform(s) instagram: stored as "generic"; import with a mapping whose platform is fixed to keep them apart',
    ]);
  });

  it('is not claimed for a CSV without author and timestamp columns', () => {
    const head = 'Date,From,Content\n2024-01-01,Ann,hello\n';
    expect(detectImporter({ path: 'x.csv', innerPath: 'x.csv', name: 'x.csv', head })).toBeUndefined();
  });

  it('fails with one line naming the file when no row has a readable timestamp', async () => {
    const text = 'author,timestamp,text\nAnn,yesterday,hi\nBob,soon,ho\n';
    await expect(load([{ name: 'bad.csv', text }])).rejects.toThrow(
      /^bad\.csv: no row could be read: no readable timestamp \(first: line 2: "yesterday"\)$/,
    );
  });

  it('fails on a file cut inside a quoted field', async () => {
    const text = 'author,timestamp,text\nAnn,2024-01-01T00:00:00Z,"never closed\n';
    await expect(load([{ name: 'cut.csv', text }])).rejects.toThrow(/^cut\.csv: a quoted field opened on line 2 is never closed/);
  });
});

describe('generic CSV with a column mapping', () => {
  const mapping = parseGenericCsvMapping(JSON.parse(read('other-tool.mapping.json')));

  it("reads the mapped columns, kind values, brand flag and a custom date format in the mapping's zone", async () => {
    const importer = genericCsvImporter(mapping);
    const { rows, outcome, db } = await load([{ name: 'other-tool.csv', text: read('other-tool.csv') }], { importers: [importer] });
    expect(outcome.sources[0]!.platform).toBe('instagram');
    expect(rows.map((r) => [r.kind, r.handle, r.name, r.at, r.direction, r.text, r.thread])).toEqual([
      ['comment', 'u-001', 'Maya L.', '2024-05-01T08:00:00.000Z', 'inbound', "J'adore !", 'p1'],
      ['reply', 'u-000', 'Atelier Nord', '2024-05-01T09:15:00.000Z', 'outbound', 'Merci Maya', 'p1'],
      ['dm', 'u-002', 'Jonas B.', '2024-05-02T06:00:00.000Z', 'inbound', 'Ouvert dimanche ?', null],
    ]);
    // "Sondage" maps to no kind: that row is left out and said so; the other rows carry no zone.
    expect(outcome.sources[0]!.warnings).toEqual([
      '1 row(s) of unknown kind were left out (Sondage)',
      '3 timestamp(s) carry no time zone: read as Europe/Paris',
    ]);
    expect(db.get<{ n: number }>("SELECT COUNT(*) AS n FROM identities WHERE platform = 'instagram'")!.n).toBe(3);
  });

  it('detects only files that have the mapped columns', () => {
    const importer = genericCsvImporter(mapping);
    expect(importer.detect({ path: 'a.csv', innerPath: 'a.csv', name: 'a.csv', head: read('other-tool.csv') })).toBe(0.99);
    expect(importer.detect({ path: 'b.csv', innerPath: 'b.csv', name: 'b.csv', head: 'Name;When\nx;y\n' })).toBe(0);
  });

  it('takes a fixed kind and columns by position', async () => {
    const importer = genericCsvImporter({ columns: { author: 0, timestamp: 1, text: 2 }, kind: 'comment' });
    const { rows } = await load(
      [{ name: 'pos.csv', text: 'who,when,what\nAnn,2024-03-01T12:00:00Z,first\nAnn,2024-03-01T12:00:00Z,first\n' }],
      { importers: [importer] },
    );
    // Two identical rows are two comments (numbered keys), like two identical WhatsApp messages.
    expect(rows.map((r) => [r.kind, r.handle, r.text])).toEqual([
      ['comment', 'Ann', 'first'],
      ['comment', 'Ann', 'first'],
    ]);
    expect(rows[1]!.key).toBe(`${rows[0]!.key}#2`);
  });

  it('rejects a mapping column that the file lacks, naming the file', async () => {
    const importer = genericCsvImporter({ columns: { author: 'Nom', timestamp: 'Quand' } });
    await expect(load([{ name: 'other-tool.csv', text: read('other-tool.csv') }], { importers: [importer] })).rejects.toThrow(
      /^other-tool\.csv: /,
    );
  });

  it('explains an invalid mapping in one line', () => {
    expect(() => parseGenericCsvMapping({ columns: { author: 'a' } })).toThrow(/^invalid column mapping: columns\.timestamp: /);
    expect(() => parseGenericCsvMapping({ columns: { author: 'a', timestamp: 'b' }, kind: 'poke' })).toThrow(
      /^invalid column mapping: kind: /,
    );
    expect(() => parseGenericCsvMapping({ columns: { author: 'a', timestamp: 'b' }, timezone: 'Mars/Olympus' })).toThrow(
      /unknown time zone/,
    );
  });
});
