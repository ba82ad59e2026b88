import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../core/db/migrations';
import { openSqlJs } from './sqljs-db';
import { Workspace } from './workspace';

const tempDir = () => mkdtempSync(join(tmpdir(), 'cercle-ws-'));

describe('Workspace', () => {
  it('creates a client file with the current schema and its settings', async () => {
    const ws = new Workspace(tempDir());
    await ws.create('Acme', 'Europe/Paris');
    const db = await openSqlJs(readFileSync(ws.fileFor('Acme')));
    expect(db.get<{ user_version: number }>('PRAGMA user_version')!.user_version).toBe(SCHEMA_VERSION);
    expect(db.get<{ value: string }>("SELECT value FROM settings WHERE key = 'client.timezone'")!.value).toBe('Europe/Paris');
    expect((await ws.list()).map((c) => c.name)).toEqual(['Acme']);
  });

  it('refuses a duplicate client and an unknown time zone', async () => {
    const ws = new Workspace(tempDir());
    await ws.create('a');
    await expect(ws.create('a')).rejects.toThrow(/already exists/);
    await expect(ws.create('b', 'Mars/Olympus')).rejects.toThrow(/unknown time zone/);
  });

  it('refuses a file written by a newer Cercle, with a clear message, and leaves it as it was', async () => {
    const ws = new Workspace(tempDir());
    await ws.create('future');
    const db = await openSqlJs(readFileSync(ws.fileFor('future')));
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    writeFileSync(ws.fileFor('future'), db.export());
    const before = readFileSync(ws.fileFor('future'));
    const fresh = new Workspace(ws.dir);
    await expect(fresh.read('future', () => 1)).rejects.toThrow(/newer Cercle/);
    expect(readFileSync(ws.fileFor('future')).equals(before)).toBe(true);
  });

  it('refuses a file that is not a client database', async () => {
    const ws = new Workspace(tempDir());
    writeFileSync(ws.fileFor('junk'), 'not sqlite at all');
    await expect(ws.read('junk', () => 1)).rejects.toThrow(/not a Cercle client file/);
  });

  it('saves a successful write atomically and discards a failed one, leaving the file byte-identical', async () => {
    const ws = new Workspace(tempDir());
    await ws.create('c');
    await ws.write('c', (db) => db.run("INSERT INTO settings VALUES ('k', 'v1')"));
    const saved = readFileSync(ws.fileFor('c'));
    await expect(
      ws.write('c', (db) => {
        db.run("UPDATE settings SET value = 'v2' WHERE key = 'k'");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(readFileSync(ws.fileFor('c')).equals(saved)).toBe(true);
    // The in-memory copy was dropped too: the next read sees what is on disk.
    expect(await ws.read('c', (db) => db.get<{ value: string }>("SELECT value FROM settings WHERE key = 'k'")!.value)).toBe('v1');
  });

  it('runs operations on one client one at a time', async () => {
    const ws = new Workspace(tempDir());
    await ws.create('q');
    const order: string[] = [];
    await Promise.all([
      ws.write('q', async () => {
        order.push('a-start');
        await new Promise((r) => setTimeout(r, 30));
        order.push('a-end');
      }),
      ws.read('q', () => void order.push('b')),
    ]);
    expect(order).toEqual(['a-start', 'a-end', 'b']);
  });

  it('keeps the copy in memory after a write that failed before changing anything (a cancelled run), and saves nothing', async () => {
    const ws = new Workspace(tempDir());
    await ws.create('c');
    const db = await ws.read('c', (d) => d);
    const saved = readFileSync(ws.fileFor('c'));
    const stop = new Error('cancelled');
    await expect(ws.write('c', () => Promise.reject(stop), { untouched: (err) => err === stop })).rejects.toBe(stop);
    expect(readFileSync(ws.fileFor('c')).equals(saved)).toBe(true);
    expect(await ws.read('c', (d) => d)).toBe(db);
    // any other failure drops it, as before
    await expect(ws.write('c', () => Promise.reject(new Error('boom')), { untouched: (err) => err === stop })).rejects.toThrow('boom');
    expect(await ws.read('c', (d) => d)).not.toBe(db);
  });

  it('never drops from memory a client whose work is under way, when others are opened meanwhile', async () => {
    const ws = new Workspace(tempDir());
    for (const name of ['a', 'b', 'c']) await ws.create(name);
    await ws.closeAll();
    await ws.read('a', () => 1); // a is the oldest in memory: the one a third client would push out
    let release = (): void => undefined;
    const held = new Promise<void>((r) => (release = r));
    // a run on a that gives the thread back (as a themes run does between its steps) while b and c are read
    const run = ws.write('a', async (db) => {
      await held;
      return db.get<{ n: number }>('SELECT COUNT(*) AS n FROM settings')!.n;
    });
    await ws.read('b', () => 1);
    await ws.read('c', () => 1);
    release();
    expect(await run).toBeGreaterThan(0);
  });
});
