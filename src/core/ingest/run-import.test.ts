import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { memoryFile } from '../importers/memory-file';
import { runImport } from './run-import';

const first = '01/02/2024, 10:00 - Ann: un\n01/02/2024, 10:05 - Bob: deux\n01/02/2024, 10:05 - Bob: deux\n';
const later = first + '02/02/2024, 09:00 - Ann: trois\n';
const indexNames = (db: Awaited<ReturnType<typeof memoryClientDb>>) =>
  db
    .all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interactions' AND sql IS NOT NULL ORDER BY name",
    )
    .map((r) => r.name);

describe('runImport', () => {
  for (const bulkBytes of [Number.POSITIVE_INFINITY, 0]) {
    const mode = bulkBytes === 0 ? 'bulk mode (indexes rebuilt once)' : 'row-by-row mode';
    it(`dedupes re-imports and overlaps the same way in ${mode}`, async () => {
      const db = await memoryClientDb();
      const indexes = indexNames(db);
      const a = await runImport(db, [memoryFile('a.txt', first)], { now: () => 0, bulkBytes });
      // Bob's two identical messages in the same minute are two messages.
      expect(a.added.interactions).toBe(3);
      expect(a.sources[0]!.added).toBe(3);
      const again = await runImport(db, [memoryFile('a.txt', first)], { now: () => 0, bulkBytes });
      expect(again.added.interactions).toBe(0);
      expect(again.sources[0]!.alreadyImported).toBe(true);
      const overlap = await runImport(db, [memoryFile('b.txt', later)], { now: () => 0, bulkBytes });
      expect(overlap.added.interactions).toBe(1);
      expect(overlap.sources[0]!.added).toBe(1);
      expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions')!.n).toBe(4);
      expect(db.all('SELECT file, added FROM sources ORDER BY id')).toEqual([
        { file: 'a.txt', added: 3 },
        { file: 'b.txt', added: 1 },
      ]);
      expect(indexNames(db)).toEqual(indexes);
      expect(db.get<{ foreign_keys: number }>('PRAGMA foreign_keys')!.foreign_keys).toBe(1);
    });
  }

  it('rolls everything back, indexes included, when the import is cancelled in its second file', async () => {
    const db = await memoryClientDb();
    const indexes = indexNames(db);
    await expect(
      runImport(db, [memoryFile('good.txt', first), memoryFile('bad.txt', '01/02/2024, 10:00 - Ann: ok\n')], {
        now: () => 0,
        bulkBytes: 0,
        isCancelled: (() => {
          let calls = 0;
          return () => ++calls > 3;
        })(),
      }),
    ).rejects.toThrow('import cancelled');
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions')!.n).toBe(0);
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sources')!.n).toBe(0);
    expect(indexNames(db)).toEqual(indexes);
  });

  it('lists unrecognised files as skipped when others are recognised', async () => {
    const db = await memoryClientDb();
    const res = await runImport(db, [memoryFile('chat.txt', first), memoryFile('notes.json', '{"hello": 1}')], { now: () => 0 });
    expect(res.skipped).toEqual([{ file: 'notes.json', why: 'json', reason: 'JSON that matches no known export layout' }]);
  });
});
