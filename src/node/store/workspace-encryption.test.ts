import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Workspace } from './workspace';

/**
 * Every temp file is read just before it is renamed over the client file, so the test sees what a
 * save put on disk at every step; `disk.fail` makes the rename fail, as a full disk or a crash would.
 */
const disk = vi.hoisted(() => ({ temps: [] as Buffer[], fail: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const rename: typeof fs.rename = async (from, to) => {
    if (String(from).endsWith('.tmp')) {
      disk.temps.push(await fs.readFile(from));
      if (disk.fail) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    }
    return fs.rename(from, to);
  };
  return { ...fs, rename, default: { ...fs, rename } };
});
afterEach(() => {
  disk.temps = [];
  disk.fail = false;
});

const MEMBER = 'Zoé Quokka-Marchetti';
const PASS = 'correct horse battery';

async function clientWithMember(): Promise<Workspace> {
  const ws = new Workspace(mkdtempSync(join(tmpdir(), 'cercle-enc-')));
  await ws.create('acme', 'Europe/Paris');
  await ws.write('acme', (db) => db.run('INSERT INTO people (name) VALUES (?)', [MEMBER]));
  return ws;
}

const clear = (b: Buffer) => b.includes(MEMBER) || b.includes('SQLite format 3');
const memberCount = (ws: Workspace) =>
  ws.read('acme', (db) => db.get<{ n: number }>('SELECT count(*) AS n FROM people WHERE name = ?', [MEMBER])!.n);

describe('encryption at rest', () => {
  it('writes only ciphertext, the temp files included, on every save after a passphrase is set', async () => {
    const ws = await clientWithMember();
    expect(clear(readFileSync(ws.fileFor('acme')))).toBe(true);
    disk.temps = [];
    const info = await ws.setPassphrase('acme', undefined, PASS);
    expect(info).toMatchObject({ encrypted: true, locked: false });
    await ws.write('acme', (db) => db.run('INSERT INTO people (name) VALUES (?)', [`${MEMBER} II`]));
    expect(disk.temps.length).toBe(2);
    for (const t of disk.temps) expect(clear(t)).toBe(false);
    expect(clear(readFileSync(ws.fileFor('acme')))).toBe(false);
    expect(readdirSync(ws.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(await memberCount(ws)).toBe(1);
  });

  it('a new session sees the client locked, refuses a wrong passphrase, opens with the right one', async () => {
    const ws = await clientWithMember();
    await ws.setPassphrase('acme', undefined, PASS);
    const later = new Workspace(ws.dir);
    expect(await later.list()).toEqual([expect.objectContaining({ name: 'acme', encrypted: true, locked: true })]);
    await expect(later.read('acme', () => 1)).rejects.toMatchObject({ code: 'client.locked' });
    await expect(later.unlock('acme', 'correct horse batterz')).rejects.toMatchObject({ code: 'client.wrong-passphrase' });
    expect((await later.unlock('acme', PASS)).locked).toBe(false);
    expect(await memberCount(later)).toBe(1);
    // The CLI's way: the passphrase given once for the workspace.
    expect(await memberCount(new Workspace(ws.dir, Date.now, { passphrase: PASS }))).toBe(1);
    await expect(new Workspace(ws.dir, Date.now, { passphrase: 'nope nope' }).read('acme', () => 1)).rejects.toThrow(
      'wrong passphrase for client "acme" (or its file was altered)',
    );
  });

  it('locks an unlocked client on demand: its key is forgotten, opening it needs the passphrase again', async () => {
    const ws = await clientWithMember();
    await ws.setPassphrase('acme', undefined, PASS);
    expect(await memberCount(ws)).toBe(1);
    expect(await ws.lock('acme')).toMatchObject({ encrypted: true, locked: true });
    await expect(ws.read('acme', () => 1)).rejects.toMatchObject({ code: 'client.locked' });
    expect((await ws.unlock('acme', PASS)).locked).toBe(false);
    expect(await memberCount(ws)).toBe(1);
    // A plain client has no key: locking only closes it, and it opens as before.
    const plain = await clientWithMember();
    expect(await plain.lock('acme')).toMatchObject({ encrypted: false, locked: false });
    expect(await memberCount(plain)).toBe(1);
  });

  it('changes the passphrase only with the current one, and removes it to save the file in the clear', async () => {
    const ws = await clientWithMember();
    await ws.setPassphrase('acme', undefined, PASS);
    await expect(ws.setPassphrase('acme', undefined, 'another one')).rejects.toMatchObject({ code: 'client.current-passphrase' });
    await expect(ws.setPassphrase('acme', 'not the one', 'another one')).rejects.toMatchObject({ code: 'client.wrong-passphrase' });
    await expect(ws.setPassphrase('acme', PASS, 'short')).rejects.toMatchObject({ code: 'client.passphrase-short' });
    await ws.setPassphrase('acme', PASS, 'another one');
    await expect(new Workspace(ws.dir).unlock('acme', PASS)).rejects.toMatchObject({ code: 'client.wrong-passphrase' });
    const other = new Workspace(ws.dir);
    await other.unlock('acme', 'another one');
    expect(await other.setPassphrase('acme', 'another one', null)).toMatchObject({ encrypted: false, locked: false });
    expect(readFileSync(ws.fileFor('acme')).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(await memberCount(new Workspace(ws.dir))).toBe(1);
  });

  it('a failed save while changing the passphrase keeps the old file and the key that opens it', async () => {
    const ws = await clientWithMember();
    await ws.setPassphrase('acme', undefined, PASS);
    const before = readFileSync(ws.fileFor('acme'));
    disk.fail = true;
    await expect(ws.setPassphrase('acme', PASS, 'another one')).rejects.toMatchObject({ code: 'client.save-failed' });
    await expect(ws.setPassphrase('acme', PASS, null)).rejects.toMatchObject({ code: 'client.save-failed' });
    disk.fail = false;
    expect(readFileSync(ws.fileFor('acme')).equals(before)).toBe(true);
    expect(await memberCount(ws)).toBe(1);
    await ws.write('acme', (db) => db.run('INSERT INTO settings VALUES (?, ?)', ['k', 'v']));
    expect(await memberCount(new Workspace(ws.dir, Date.now, { passphrase: PASS }))).toBe(1);
  });

  it('never saves in the clear over a file another process encrypted meanwhile', async () => {
    const ws = await clientWithMember();
    await ws.read('acme', () => 1); // opened in the clear in this session
    await new Workspace(ws.dir).setPassphrase('acme', undefined, PASS);
    await expect(ws.write('acme', (db) => db.run("INSERT INTO settings VALUES ('k', 'v')"))).rejects.toMatchObject({
      code: 'client.locked',
    });
    expect(clear(readFileSync(ws.fileFor('acme')))).toBe(false);
  });

  it('deleting a client forgets its key: a new client of that name starts in the clear', async () => {
    const ws = await clientWithMember();
    await ws.setPassphrase('acme', undefined, PASS);
    await ws.delete('acme');
    expect(await ws.create('acme')).toMatchObject({ encrypted: false, locked: false });
  });
});
