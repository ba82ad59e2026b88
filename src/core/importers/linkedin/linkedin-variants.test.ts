import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import { runImport } from '../../ingest/run-import';
import { describeError, ImportError } from '../../errors';
import { memoryFile } from '../memory-file';
import { detectImporter } from '../registry';
import type { InputFile } from '../types';

/** Older and variant shapes of the LinkedIn export (written for Cercle, see tests/fixtures/linkedin/SOURCES.md). */
const VARIANTS = join(__dirname, '../../../../tests/fixtures/linkedin/variants');
const variantText = (name: string) => readFileSync(join(VARIANTS, name), 'utf8');
const iso = (ms: number) => new Date(ms).toISOString();

async function load(files: InputFile[], opts: { brands?: string[] } = {}) {
  const db = await memoryClientDb({ timezone: 'UTC' });
  const outcome = await runImport(db, files, { now: () => 0, brands: opts.brands });
  return { db, outcome };
}

describe('LinkedIn headers spelt loosely, with any delimiter', () => {
  const shares = (header: string, d: string) =>
    [
      header,
      [
        '2019-03-01 08:00:00',
        'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6510000000000000001',
        'Hello',
        '',
        '',
        'PUBLIC',
      ].join(d),
      '',
    ].join('\r\n');
  const variants: [string, string][] = [
    ['Date\tShare Link\tShare Commentary\tShared URL\tMedia URL\tVisibility', '\t'],
    ['date;share_link;share_commentary;shared_url;media_url;visibility', ';'],
    ['"DATE"|"Share-Link"|"Share Commentary"|"SharedURL"|"MediaURL"|"Visibility"', '|'],
  ];

  it('recognises Shares.csv whatever the spelling of its headers ("Share Link" = "ShareLink" = "share_link") and its delimiter', () => {
    for (const [header, d] of variants) {
      const head = shares(header, d);
      expect(detectImporter({ path: 'Shares.csv', innerPath: 'Shares.csv', name: 'Shares.csv', head })?.format, header).toBe(
        'linkedin.shares.csv',
      );
    }
  });

  it('imports such a Shares.csv: the post, its link and its text', async () => {
    for (const [header, d] of variants) {
      const { db } = await load([memoryFile('Shares.csv', shares(header, d))]);
      expect(db.all('SELECT key, text, url FROM contents'), header).toEqual([
        {
          key: 'activity:6510000000000000001',
          text: 'Hello',
          url: 'https://www.linkedin.com/feed/update/urn:li:activity:6510000000000000001',
        },
      ]);
    }
  });
});

describe('LinkedIn messages.csv without conversation ids or profile URLs (From, To, Date, Subject, Content, Direction, Folder)', () => {
  const dms = (db: Awaited<ReturnType<typeof memoryClientDb>>) =>
    db.all<{ author: string; direction: string; at: number; text: string; channel: string; kind: string; target: string | null }>(
      `SELECT a.handle AS author, i.direction, i.at, i.text, c.key AS channel, c.kind, t.handle AS target
       FROM interactions i JOIN identities a ON a.id = i.identity_id JOIN channels c ON c.id = i.channel_id
       LEFT JOIN identities t ON t.id = i.target_identity_id ORDER BY i.at`,
    );

  it('is recognised by its columns', () => {
    const head = variantText('messages.csv');
    expect(detectImporter({ path: 'messages.csv', innerPath: 'messages.csv', name: 'messages.csv', head })?.format).toBe(
      'linkedin.messages.csv',
    );
  });

  it("imports every message, one conversation per set of participants whoever writes, the brand's side told by Direction", async () => {
    const { db, outcome } = await load([memoryFile('linkedin.zip/messages.csv', variantText('messages.csv'), 200)]);
    expect(outcome.sources.map((s) => [s.format, s.records, s.warnings])).toEqual([['linkedin.messages.csv', 6, []]]);
    const rows = dms(db);
    expect(rows.map((r) => [r.author, r.direction, r.kind, r.target])).toEqual([
      ['Maya Lindqvist', 'inbound', 'dm', null],
      ['Atelier Nord', 'outbound', 'dm', 'Maya Lindqvist'],
      ['Maya Lindqvist', 'inbound', 'dm', null],
      ['Jonas Berg', 'inbound', 'group', null],
      ['Atelier Nord', 'outbound', 'group', null],
      ['Sven Ek', 'inbound', 'dm', null],
    ]);
    // Maya → brand, brand → Maya and Maya again: one conversation; the group and Sven's are two more.
    expect(new Set(rows.slice(0, 3).map((r) => r.channel)).size).toBe(1);
    expect(new Set(rows.map((r) => r.channel)).size).toBe(3);
    expect(db.all('SELECT name, kind FROM channels ORDER BY id')).toEqual([
      { name: 'Maya Lindqvist', kind: 'dm' },
      { name: 'Jonas Berg, Maya Lindqvist', kind: 'group' },
      { name: 'Sven Ek', kind: 'dm' },
    ]);
    expect(iso(rows[0]!.at)).toBe('2019-03-04T09:12:00.000Z');
    expect(rows[4]!.text).toBe('We are!\nDoors open at 10.');
    expect(db.all('SELECT handle FROM identities WHERE is_brand = 1')).toEqual([{ handle: 'Atelier Nord' }]);
  });

  it('knows the owner from Direction even in a single conversation, where both people share every conversation', async () => {
    const firstThree = variantText('messages.csv').split('\n').slice(0, 4).join('\n');
    const { db, outcome } = await load([memoryFile('messages.csv', firstThree)]);
    expect(outcome.sources[0]!.warnings).toEqual([]);
    expect(dms(db).map((r) => [r.author, r.direction])).toEqual([
      ['Maya Lindqvist', 'inbound'],
      ['Atelier Nord', 'outbound'],
      ['Maya Lindqvist', 'inbound'],
    ]);
  });

  it('re-imports as the same messages', async () => {
    const db = await memoryClientDb({ timezone: 'UTC' });
    await runImport(db, [memoryFile('messages.csv', variantText('messages.csv'))], { now: () => 0 });
    const again = await runImport(db, [memoryFile('again/messages.csv', variantText('messages.csv'))], { now: () => 0 });
    expect(again.added.interactions).toBe(0);
  });
});

describe('a LinkedIn record file whose layout is not understood', () => {
  const messages = memoryFile('export/messages.csv', variantText('messages.csv'));
  const reactions = (path: string) => memoryFile(path, variantText('Reactions.csv'));
  const WHY =
    'named like LinkedIn reactions (Reactions.csv), but its columns are not understood: Type, Link missing (columns found: Date, Reaction, Post)';

  it('is a warning on the import result, naming the file and saying why, besides its "skipped" line', async () => {
    const { outcome } = await load([messages, reactions('export/Reactions.csv')]);
    expect(outcome.sources.map((s) => s.format)).toEqual(['linkedin.messages.csv']);
    expect(outcome.skipped.map((s) => [s.file, s.why])).toEqual([['export/Reactions.csv', 'unknown']]);
    expect(outcome.warnings).toEqual([{ file: 'export/Reactions.csv', warning: WHY }]);
  });

  it('is the error of an import that has nothing else, in English and French', async () => {
    const err = await load([reactions('Reactions.csv')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('import.layout-not-understood');
    expect((err as ImportError).message).toBe(`Reactions.csv: ${WHY}`);
    expect(describeError((err as ImportError).toReason(), 'fr')).toBe(
      'Reactions.csv : nommé comme LinkedIn reactions (Reactions.csv), mais ses colonnes ne sont pas comprises : il manque Type, Link (colonnes trouvées : Date, Reaction, Post)',
    );
  });

  it('is only skipped, as before, when its name says nothing (or it is empty)', async () => {
    const { outcome } = await load([messages, reactions('export/notes.csv'), memoryFile('export/Shares.csv', '')]);
    expect(outcome.skipped.map((s) => [s.file, s.why])).toEqual([
      ['export/notes.csv', 'unknown'],
      ['export/Shares.csv', 'empty'],
    ]);
    expect(outcome.warnings).toEqual([]);
  });
});
