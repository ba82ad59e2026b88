import { describe, expect, it } from 'vitest';
import { openSqlJs } from '../../../node/store/sqljs-db';
import { BulkInsert, SCOPES } from './bulk-insert';

const ROWS = Array.from({ length: 257 }, (_, i) => [i, SCOPES[i % SCOPES.length]!, i % 7 === 0 ? null : i % 3 ? "l'un" : 'autre', i / 4]);

describe('BulkInsert', () => {
  it('writes the same rows with columns declared by their values as with every value bound', async () => {
    const db = await openSqlJs();
    db.exec('CREATE TABLE a (n INTEGER, plat TEXT, word TEXT, x REAL); CREATE TABLE b (n INTEGER, plat TEXT, word TEXT, x REAL)');
    const cols = ['n', 'plat', 'word', 'x'];
    const a = new BulkInsert(db, 'a', cols);
    const b = new BulkInsert(db, 'b', cols, { plat: SCOPES, word: ['autre', "l'un"] });
    for (const r of ROWS) {
      a.add(r);
      b.add(r);
    }
    a.flush();
    b.flush();
    const read = (t: string) => db.all(`SELECT n, plat, typeof(plat) AS tp, word, typeof(word) AS tw, x FROM ${t} ORDER BY rowid`);
    expect(read('b')).toEqual(read('a'));
    expect(read('b')).toHaveLength(ROWS.length);
    expect(db.get('SELECT COUNT(*) AS n FROM b WHERE word IS NULL')).toEqual({ n: 37 });
  });

  it('refuses a value that is not one of its column’s', async () => {
    const db = await openSqlJs();
    db.exec('CREATE TABLE t (plat TEXT)');
    const out = new BulkInsert(db, 't', ['plat'], { plat: SCOPES });
    expect(() => out.add(['myspace'])).toThrow(/t\.plat: "myspace"/);
  });
});
