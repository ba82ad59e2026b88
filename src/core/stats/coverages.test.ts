import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations';
import { runImport } from '../ingest/run-import';
import { IMPORTERS } from '../importers/registry';
import { memoryFile } from '../importers/memory-file';
import { memoryClientDb } from '../../node/store/memory-db';
import { listCoverage } from './summary';
import { sourceGroups } from './source-groups';

const chat = (name: string, lines: string[]) => memoryFile(name, `${lines.join('\n')}\n`);

const whatsapp = IMPORTERS.find((i) => i.format === 'whatsapp.txt')!;

describe('what each source shows and lacks', () => {
  it("is the importer's coverage, stored once for every file of its format", async () => {
    const db = await memoryClientDb();
    const files = ['a', 'b', 'c'].map((n) =>
      chat(`WhatsApp Chat with ${n}.txt`, [
        `12/01/2025, 10:0${n.charCodeAt(0) - 96} - Ann: hello ${n}`,
        `12/01/2025, 10:09 - Bob: hi ${n}`,
      ]),
    );
    await runImport(db, files, { now: () => 0, timezone: 'UTC' });
    const expected = { shows: [...whatsapp.coverage.shows], lacks: [...whatsapp.coverage.lacks] };
    expect(listCoverage(db)).toEqual(files.map((f) => ({ source: f.path, format: 'whatsapp.txt', platform: 'whatsapp', ...expected })));
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM coverages')!.n).toBe(1);
    const grouped = sourceGroups(db).flatMap((g) => g.sources.map((f) => [f.shows, f.lacks]));
    expect(grouped).toEqual(files.map(() => [expected.shows, expected.lacks]));
  });

  it('moves from each source row into the coverage table when a client of schema 11 is opened', async () => {
    const db = await memoryClientDb();
    // A client as schema 11 left it: the coverage texts on every source row.
    db.exec(`ALTER TABLE sources DROP COLUMN coverage_id; DROP TABLE coverages;
      ALTER TABLE sources ADD COLUMN shows TEXT NOT NULL DEFAULT '[]'; ALTER TABLE sources ADD COLUMN lacks TEXT NOT NULL DEFAULT '[]';
      PRAGMA user_version = 11`);
    const insert =
      "INSERT INTO sources (file, content_hash, format, platform, imported_at, records, added, shows, lacks) VALUES (?, ?, ?, 'instagram', 0, 0, 0, ?, ?)";
    db.run(insert, ['t1.json', 'h1', 'instagram.messages', '["dms"]', '["likes"]']);
    db.run(insert, ['c.json', 'h2', 'instagram.comments', '["comments"]', '[]']);
    db.run(insert, ['t2.json', 'h3', 'instagram.messages', '["dms"]', '["likes"]']);
    migrate(db);
    expect(listCoverage(db).map((c) => [c.source, c.shows, c.lacks])).toEqual([
      ['t1.json', ['dms'], ['likes']],
      ['c.json', ['comments'], []],
      ['t2.json', ['dms'], ['likes']],
    ]);
    expect(db.all('SELECT id, shows, lacks FROM coverages ORDER BY id')).toEqual([
      { id: 1, shows: '["dms"]', lacks: '["likes"]' },
      { id: 2, shows: '["comments"]', lacks: '[]' },
    ]);
  });
});
