import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientInfo } from '../../core/contract';
import type { Db } from '../../core/db/db';
import { assertReadable } from '../../core/db/db';
import { migrate, NewerSchemaError, SCHEMA_VERSION } from '../../core/db/migrations';
import { CercleError } from '../../core/errors';
import { CLIENT_CREATED_AT, CLIENT_NAME, CLIENT_TIMEZONE, settingsOf } from '../../core/settings/settings';
import { isValidTimeZone } from '../../core/util/time-zone';
import { removeStaleTemps, tempFilesOf, writeFileAtomic } from './atomic-write';
import { openSqlJs } from './sqljs-db';

export const CLIENT_EXT = '.cercle';

export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

interface OpenClient {
  db: Db;
  queue: Promise<unknown>;
}

/**
 * The folder of client files. One SQLite file per client, opened into memory by sql.js, saved
 * atomically after every successful change; a failed change drops the in-memory copy so memory and
 * disk never disagree. Operations on one client run one at a time.
 */
export class Workspace {
  private readonly open = new Map<string, OpenClient>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  fileFor(name: string): string {
    return join(this.dir, `${name}${CLIENT_EXT}`);
  }

  async list(): Promise<ClientInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const out: ClientInfo[] = [];
    for (const f of names.filter((n) => n.endsWith(CLIENT_EXT)).sort((a, b) => a.localeCompare(b))) {
      out.push(await this.info(f.slice(0, -CLIENT_EXT.length)));
    }
    return out;
  }

  async info(name: string): Promise<ClientInfo> {
    const file = this.fileFor(name);
    const st = await stat(file);
    return { name, file, sizeBytes: st.size, modifiedAt: st.mtime.toISOString() };
  }

  async exists(name: string): Promise<boolean> {
    return stat(this.fileFor(name)).then(
      () => true,
      () => false,
    );
  }

  async create(name: string, timezone = machineTimeZone()): Promise<ClientInfo> {
    if (!isValidTimeZone(timezone)) throw new CercleError('time-zone.unknown', { zone: timezone });
    if (await this.exists(name)) throw new CercleError('client.exists', { name, dir: this.dir });
    await mkdir(this.dir, { recursive: true });
    const db = await openSqlJs();
    migrate(db);
    const settings = settingsOf(db);
    settings.set(CLIENT_NAME, name);
    settings.set(CLIENT_TIMEZONE, timezone);
    settings.set(CLIENT_CREATED_AT, new Date(this.now()).toISOString());
    await this.save(name, db);
    this.open.set(name, { db, queue: Promise.resolve() });
    return this.info(name);
  }

  /** Removes the client's file and every temporary file of it (a save in progress, a crashed one). */
  async delete(name: string): Promise<boolean> {
    return this.serial(name, async () => {
      this.drop(name);
      for (const t of await tempFilesOf(this.fileFor(name))) await unlink(t.file).catch(() => undefined);
      try {
        await unlink(this.fileFor(name));
        return true;
      } catch {
        return false;
      }
    });
  }

  /** Runs fn on the client's database, read-only. */
  read<T>(name: string, fn: (db: Db) => T | Promise<T>): Promise<T> {
    return this.serial(name, async () => fn(await this.load(name)));
  }

  /** Runs fn on the client's database and saves atomically if it succeeds; on failure the file is untouched. */
  write<T>(name: string, fn: (db: Db) => T | Promise<T>): Promise<T> {
    return this.serial(name, async () => {
      const db = await this.load(name);
      let out: T;
      try {
        out = await fn(db);
      } catch (err) {
        this.drop(name);
        throw err;
      }
      await this.save(name, db);
      return out;
    });
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.queues.values()]);
    for (const name of [...this.open.keys()]) this.drop(name);
  }

  /**
   * Saves atomically; on failure (a full disk, a read-only folder) the file keeps its old content and
   * the in-memory copy, which holds the change, is dropped so memory and disk never disagree.
   */
  private async save(name: string, db: Db): Promise<void> {
    const file = this.fileFor(name);
    try {
      await writeFileAtomic(file, db.export());
    } catch (err) {
      if (this.open.get(name)?.db === db) this.drop(name);
      else db.close();
      const e = err as NodeJS.ErrnoException;
      throw new CercleError('client.save-failed', { file, detail: e.code ?? e.message }, { cause: err });
    }
  }

  private drop(name: string): void {
    this.open.get(name)?.db.close();
    this.open.delete(name);
  }

  private async load(name: string): Promise<Db> {
    const hit = this.open.get(name);
    if (hit) return hit.db;
    const file = this.fileFor(name);
    // A process killed while saving left its temp file: the client file itself is whole (old or new).
    await removeStaleTemps(file);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      throw new CercleError('client.missing', { name, dir: this.dir });
    }
    let db: Db;
    try {
      db = await openSqlJs(bytes);
      assertReadable(db);
    } catch {
      throw new CercleError('client.not-sqlite', { file });
    }
    try {
      const { from, to } = migrate(db);
      if (from === 0) throw new CercleError('client.no-schema', { file });
      if (from !== to)
        await writeFileAtomic(file, db.export()).catch((err: NodeJS.ErrnoException) => {
          throw new CercleError('client.save-failed', { file, detail: err.code ?? err.message }, { cause: err });
        });
    } catch (err) {
      db.close();
      if (err instanceof NewerSchemaError) throw new CercleError('client.newer-schema', { file, found: err.found, known: SCHEMA_VERSION });
      throw err;
    }
    // Keep at most a couple of clients in memory: a 1M-interaction client weighs hundreds of MB.
    if (this.open.size >= 2) this.drop(this.open.keys().next().value!);
    this.open.set(name, { db, queue: Promise.resolve() });
    return db;
  }

  private serial<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(name) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    this.queues.set(
      name,
      next.catch(() => undefined),
    );
    return next;
  }
}
