import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/**
 * A temp file's name says whose it is: `.<file>.<pid>.<random>.tmp`, beside the file it will replace.
 * A process killed mid-save leaves one behind; the pid tells a later process it is stale.
 */
const tempName = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

/** The temp files of a target, with the pid that wrote each (0 for the older names without one). */
export async function tempFilesOf(path: string): Promise<{ file: string; pid: number }[]> {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))
    .map((n) => {
      const m = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(n.slice(prefix.length));
      return { file: join(dirname(path), n), pid: m ? Number(m[1]) : 0 };
    });
}

function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what crashed saves of this file left behind: temp files whose writer is no longer running.
 * A save in progress in another process (the app and the CLI on one workspace) is left alone.
 */
export async function removeStaleTemps(path: string): Promise<number> {
  let removed = 0;
  for (const t of await tempFilesOf(path)) {
    if (t.pid === process.pid || isAlive(t.pid)) continue;
    await unlink(t.file).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * temp file in the same folder, fsync, rename over the target, fsync the folder. A failed write (a full
 * disk) removes the temp file and leaves the target as it was.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const tmp = tempName(path);
  const fh = await open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  // The rename is durable only once the directory entry is on disk (not supported on Windows: ignored).
  try {
    const dir = await open(dirname(path), 'r');
    await dir.sync().catch(() => undefined);
    await dir.close();
  } catch {
    /* directories cannot be opened for sync on every platform */
  }
}
