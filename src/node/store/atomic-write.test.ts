import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeStaleTemps, writeFileAtomic } from './atomic-write';
import { Workspace } from './workspace';

/** A full disk, simulated at the module boundary: writes into temp files fail with ENOSPC while set. */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (...args: Parameters<typeof fs.open>) => {
    const fh = await fs.open(...args);
    if (!disk.full || !String(args[0]).endsWith('.tmp')) return fh;
    return new Proxy(fh, {
      get(target, key) {
        if (key === 'writeFile' || key === 'write')
          return async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          };
        const v = Reflect.get(target, key) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  };
  return { ...fs, open, default: { ...fs, open } };
});

const tempDir = () => mkdtempSync(join(tmpdir(), 'cercle-atomic-'));
afterEach(() => {
  disk.full = false;
});

describe('atomic saves', () => {
  it('a full disk: a clear error, the old file kept, no temp file left', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.cercle');
    writeFileSync(file, 'old');
    disk.full = true;
    await expect(writeFileAtomic(file, Buffer.from('new'))).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.cercle']);
  });

  it('a full disk during an import: the client keeps its content and the next call sees the state on disk', async () => {
    const ws = new Workspace(tempDir(), () => 0);
    await ws.create('acme', 'UTC');
    const before = readFileSync(ws.fileFor('acme'));
    disk.full = true;
    await expect(ws.write('acme', (db) => db.run("INSERT INTO settings (key, value) VALUES ('x', 'y')"))).rejects.toThrow(
      /acme\.cercle: could not be saved \(ENOSPC\); the file keeps its previous content/,
    );
    disk.full = false;
    expect(readFileSync(ws.fileFor('acme')).equals(before)).toBe(true);
    // The in-memory copy holding the unsaved change was dropped: memory and disk agree.
    expect(await ws.read('acme', (db) => db.get("SELECT value FROM settings WHERE key = 'x'"))).toBeUndefined();
    expect(readdirSync(ws.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('removes the temp files of dead writers only, never one a live process is writing', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.cercle');
    writeFileSync(file, 'x');
    const dead = join(dir, '.a.cercle.2147483646.abcdef.tmp');
    const old = join(dir, '.a.cercle.0123456789ab.tmp');
    const live = join(dir, `.a.cercle.${process.ppid}.abcdef.tmp`);
    const other = join(dir, '.b.cercle.2147483646.abcdef.tmp');
    for (const f of [dead, old, live, other]) writeFileSync(f, 'partial');
    expect(await removeStaleTemps(file)).toBe(2);
    expect([dead, old, live, other].map((f) => existsSync(f))).toEqual([false, false, true, true]);
  });

  it('deleting a client removes its file and every temp file of it, and no other client’s', async () => {
    const ws = new Workspace(tempDir(), () => 0);
    await ws.create('acme', 'UTC');
    await ws.create('acme2', 'UTC');
    const temps = ['.acme.cercle.2147483646.abcdef.tmp', `.acme.cercle.${process.pid}.123456.tmp`, '.acme.cercle.0123456789ab.tmp'];
    for (const t of temps) writeFileSync(join(ws.dir, t), 'partial');
    writeFileSync(join(ws.dir, '.acme2.cercle.2147483646.abcdef.tmp'), 'partial');
    expect(await ws.delete('acme')).toBe(true);
    expect(readdirSync(ws.dir).sort()).toEqual(['.acme2.cercle.2147483646.abcdef.tmp', 'acme2.cercle']);
    expect((await ws.list()).map((c) => c.name)).toEqual(['acme2']);
  });
});
