import { describe, expect, it } from 'vitest';
import { openSqlJs } from '../../node/store/sqljs-db';
import { stableHash } from '../util/hash';
import { checkedHistory, migrate, MIGRATIONS, NewerSchemaError, schemaVersion, type Migration } from './migrations';

/**
 * The text of every shipped migration, pinned. A failure here means a shipped migration was edited:
 * put the change in a new migration instead (client files already at that version would never see it).
 */
const SHIPPED: Record<number, string> = {
  1: '3efea5bedeec57e1',
  2: '65d90c2523a5f3d1',
  3: '255595ddd76dcd4a',
  4: 'a5a6389b1d21cdc5',
  5: '4205598f1bdab5f8',
  6: 'f6868f6762561af0',
  7: 'e85beb09b43734ab',
  8: 'b0b2f1ea1f0504af',
  9: 'c54f8e57171684d4',
  10: 'fd65012ce7dff71f',
  11: 'abf793116181715f',
  12: 'edeaf5224624c559',
};

const step = (version: number, sql = `CREATE TABLE t${version} (x);`): Migration => ({ version, name: `m${version}`, sql });

describe('migrations', () => {
  it('keeps every shipped migration exactly as it was shipped', () => {
    for (const m of MIGRATIONS)
      if (SHIPPED[m.version] !== undefined)
        expect({ version: m.version, hash: stableHash(m.sql) }).toEqual({ version: m.version, hash: SHIPPED[m.version] });
    expect(
      Object.keys(SHIPPED)
        .map(Number)
        .every((v) => MIGRATIONS.some((m) => m.version === v)),
    ).toBe(true);
  });

  it('refuses a duplicate version, a gap or a wrong order instead of sorting it', () => {
    expect(() => checkedHistory([step(1), step(2), step(2)])).toThrow(/version 2 at position 3/);
    expect(() => checkedHistory([step(1), step(3)])).toThrow(/version 3 at position 2/);
    expect(() => checkedHistory([step(2), step(1)])).toThrow(/version 2 at position 1/);
    expect(checkedHistory([step(1), step(2)]).map((m) => m.version)).toEqual([1, 2]);
  });

  it('applies only the pending steps, in one transaction, and refuses a newer file', async () => {
    const db = await openSqlJs();
    expect(migrate(db, [step(1)])).toEqual({ from: 0, to: 1 });
    expect(migrate(db, [step(1), step(2)])).toEqual({ from: 1, to: 2 });
    expect(migrate(db, [step(1), step(2)])).toEqual({ from: 2, to: 2 });
    expect(() => migrate(db, [step(1)])).toThrow(NewerSchemaError);
    // A failing step leaves the file at the version before the run, with none of the run's changes.
    expect(() => migrate(db, [step(1), step(2), step(3), step(4, 'THIS IS NOT SQL')])).toThrow();
    expect(schemaVersion(db)).toBe(2);
    expect(db.get("SELECT 1 AS x FROM sqlite_master WHERE name = 't3'")).toBeUndefined();
  });
});
