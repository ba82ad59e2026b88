import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import type { Db } from '../db/db';
import { memoryFile } from '../importers/memory-file';
import { ImportWriter } from './writer';
import { runImport } from './run-import';
import { AggregateTally } from '../stats/aggregate-tally';
import { rebuildAggregates } from '../stats/aggregates';
import { migrate } from '../db/migrations';

const chat = (lines: string[]) => memoryFile('chat.txt', `${lines.join('\n')}\n`);
const day1 = ['01/02/2024, 10:00 - Ann: un', '01/02/2024, 10:05 - Bob: deux', '01/02/2024, 23:59 - Ann: <Media omitted>'];
const day2 = [...day1, '02/02/2024, 09:00 - Ann: trois', '03/02/2024, 09:00 - Cy: quatre'];

const stored = (db: Db) => ({
  daily: db.all(
    'SELECT day, week, month, platform, kind, direction, with_text, n FROM activity_daily ORDER BY day, platform, kind, direction, with_text',
  ),
  people: db.all('SELECT person_id, n, first_at, last_at FROM person_activity ORDER BY person_id'),
});

/** What the aggregates must be: the SQL rebuild over every stored row. */
function rebuilt(db: Db) {
  db.exec('SAVEPOINT check_aggregates');
  rebuildAggregates(db);
  const out = stored(db);
  db.exec('ROLLBACK TO check_aggregates; RELEASE check_aggregates');
  return out;
}

describe('aggregates counted while importing', () => {
  for (const bulkBytes of [Number.POSITIVE_INFINITY, 0]) {
    it(`equal a rebuild from the stored rows after fresh, repeated and overlapping imports (${bulkBytes === 0 ? 'bulk' : 'row by row'})`, async () => {
      const db = await memoryClientDb();
      const opts = { now: () => 0, bulkBytes, timezone: 'Europe/Paris' };
      await runImport(db, [chat(day1)], opts);
      expect(stored(db).daily.length).toBeGreaterThan(0);
      expect(stored(db)).toEqual(rebuilt(db));
      await runImport(db, [chat(day1)], opts); // adds nothing
      expect(stored(db)).toEqual(rebuilt(db));
      await runImport(db, [chat(day2)], opts); // overlaps: adds two rows
      expect(stored(db)).toEqual(rebuilt(db));
      expect(db.get<{ n: number }>('SELECT SUM(n) AS n FROM activity_daily')!.n).toBe(5);
    });
  }

  it('asks for a full rebuild when a brand is declared after rows of its identity were stored', async () => {
    const db = await memoryClientDb();
    await runImport(db, [chat(day1)], { now: () => 0, timezone: 'UTC' });
    db.run(
      "INSERT INTO sources (file, content_hash, format, platform, imported_at, records, added, timezone) VALUES ('x', 'h', 'whatsapp.txt', 'whatsapp', 0, 0, 0, 'UTC')",
    );
    const tally = new AggregateTally();
    const writer = new ImportWriter(db, 'whatsapp', 2, 'UTC', [], tally);
    writer.declareBrand({ handle: 'Ann', name: 'Ann' });
    writer.close();
    expect(tally.usable).toBe(false);
    expect(tally.needsRebuild).toBe(true);
  });
});

describe('aggregates of a client imported before they existed', () => {
  it('are filled by the migration that adds them, from the rows already stored', async () => {
    const db = await memoryClientDb();
    await runImport(db, [chat(day2)], { now: () => 0, timezone: 'Europe/Paris' });
    const expected = stored(db);
    // The client as schema 2 left it: rows, no aggregate tables (nor the later request flag of channels, nor
    // the coverage table of sources).
    db.exec(`DROP TABLE activity_daily; DROP TABLE person_activity; ALTER TABLE channels DROP COLUMN is_request;
      ALTER TABLE sources DROP COLUMN coverage_id; DROP TABLE coverages;
      ALTER TABLE sources ADD COLUMN shows TEXT NOT NULL DEFAULT '[]'; ALTER TABLE sources ADD COLUMN lacks TEXT NOT NULL DEFAULT '[]';
      PRAGMA user_version = 2`);
    migrate(db);
    expect(stored(db)).toEqual(expected);
    expect(db.get<{ n: number }>('SELECT SUM(n) AS n FROM activity_daily')!.n).toBe(5);
  });
});
