import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientInfo } from '../../core/contract';
import type { Db } from '../../core/db/db';
import { assertReadable } from '../../core/db/db';
import { migrate, NewerSchemaError, SCHEMA_VERSION } from '../../core/db/migrations';
import { CercleError } from '../../core/errors';
import { CLIENT_CREATED_AT, CLIENT_NAME, CLIENT_TIMEZONE, settingsOf } from '../../core/settings/settings';
import { isValidTimeZone } from '../../core/util/time-zone';
import { removeStaleTemps, tempFilesOf, writeFileAtomic } from './atomic-write';
import { readClientFile } from './read-client-file';
import {
  type ClientKey,
  decryptClient,
  deriveKey,
  deriveKeyFor,
  encryptClient,
  fileIsEncrypted,
  isEncrypted,
  MIN_PASSPHRASE,
  sameKey,
} from './client-cipher';
import { openSqlJs } from './sqljs-db';

export const CLIENT_EXT = '.cercle';

export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export interface WorkspaceOptions {
  /**
   * The passphrase to open any encrypted client with when none was unlocked in this session: the
   * CLI's (CERCLE_PASSPHRASE or --passphrase-file). The app leaves it out and unlocks client by client.
   */
  passphrase?: string;
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
  /** Clients with an operation running now (see serial()). */
  private readonly busy = new Set<string>();
  /** Encrypted clients' keys, in memory only and for this session (never the passphrase itself). */
  private readonly keys = new Map<string, ClientKey>();

  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
    private readonly options: WorkspaceOptions = {},
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
    const encrypted = await fileIsEncrypted(file);
    const locked = encrypted && !this.keys.has(name) && this.options.passphrase === undefined;
    return { name, file, sizeBytes: st.size, modifiedAt: st.mtime.toISOString(), encrypted, locked };
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
    this.forgetKey(name);
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
      this.forgetKey(name);
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

  /**
   * Runs fn on the client's database and saves atomically if it succeeds; on failure the file is untouched
   * and the in-memory copy dropped, unless `untouched(err)` says fn failed before changing anything (a
   * cancelled themes run): then the copy stays, and the next call does not read the file again.
   */
  write<T>(name: string, fn: (db: Db) => T | Promise<T>, opts: { untouched?: (err: unknown) => boolean } = {}): Promise<T> {
    return this.serial(name, async () => {
      const db = await this.load(name);
      let out: T;
      try {
        out = await fn(db);
      } catch (err) {
        if (!opts.untouched?.(err)) this.drop(name);
        throw err;
      }
      await this.save(name, db);
      return out;
    });
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.queues.values()]);
    for (const name of [...this.open.keys()]) this.drop(name);
    for (const name of [...this.keys.keys()]) this.forgetKey(name);
  }

  /**
   * Unlocks an encrypted client for this session: its key is derived from the passphrase and checked
   * by opening the file (a wrong passphrase fails GCM's authentication). A plain client needs nothing.
   */
  unlock(name: string, passphrase: string): Promise<ClientInfo> {
    return this.serial(name, async () => {
      const { file, bytes } = await this.readClient(name);
      if (isEncrypted(bytes)) {
        const key = await deriveKeyFor(passphrase, bytes, file);
        const plain = decryptClient(bytes, key, name, file);
        this.drop(name);
        this.forgetKey(name);
        this.keys.set(name, key);
        await this.openBytes(name, file, plain);
      }
      return this.info(name);
    });
  }

  /**
   * Locks an encrypted client again: its database leaves memory and its key is wiped, so opening it asks for
   * the passphrase (a consultant stepping away from the machine). Waits for the client's running work.
   */
  lock(name: string): Promise<ClientInfo> {
    return this.serial(name, async () => {
      this.drop(name);
      this.forgetKey(name);
      return this.info(name);
    });
  }

  /**
   * Sets, changes (next: a passphrase) or removes (next: null) a client's passphrase, re-saving its file
   * encrypted or plain in one atomic save. An encrypted client's current passphrase is asked for, even
   * when it is unlocked: a machine left open must not let anyone change it. A new passphrase gets a new salt.
   */
  setPassphrase(name: string, current: string | undefined, next: string | null): Promise<ClientInfo> {
    return this.serial(name, async () => {
      if (next !== null && [...next].length < MIN_PASSPHRASE) throw new CercleError('client.passphrase-short', { min: MIN_PASSPHRASE });
      const { file, bytes } = await this.readClient(name);
      const before = this.keys.get(name);
      if (isEncrypted(bytes)) {
        if (current === undefined) throw new CercleError('client.current-passphrase', { name });
        const given = await deriveKeyFor(current, bytes, file);
        if (before && sameKey(before, given)) {
          // Unlocked: the database in memory is the file's content.
          given.key.fill(0);
        } else {
          const plain = decryptClient(bytes, given, name, file);
          this.drop(name);
          this.keys.set(name, given);
          await this.openBytes(name, file, plain);
        }
      }
      const db = await this.load(name);
      const unlockedKey = this.keys.get(name);
      const nextKey = next === null ? undefined : await deriveKey(next);
      if (nextKey) this.keys.set(name, nextKey);
      else this.keys.delete(name);
      try {
        await this.save(name, db, next === null);
      } catch (err) {
        // The file keeps its old content, so the session keeps the key that opens it.
        if (unlockedKey) this.keys.set(name, unlockedKey);
        else this.keys.delete(name);
        throw err;
      }
      unlockedKey?.key.fill(0);
      return this.info(name);
    });
  }

  /**
   * Saves atomically; on failure (a full disk, a read-only folder) the file keeps its old content and
   * the in-memory copy, which holds the change, is dropped so memory and disk never disagree.
   */
  private async save(name: string, db: Db, decrypting = false): Promise<void> {
    const file = this.fileFor(name);
    try {
      await this.persist(name, file, db.export(), decrypting);
    } catch (err) {
      if (this.open.get(name)?.db === db) this.drop(name);
      else db.close();
      if (err instanceof CercleError) throw err;
      const e = err as NodeJS.ErrnoException;
      throw new CercleError('client.save-failed', { file, detail: e.code ?? e.message }, { cause: err });
    }
  }

  /**
   * Writes the database's bytes: sealed when the client has a key, so neither the file nor its temp
   * file ever holds them in the clear. Without a key, a file another process encrypted meanwhile is
   * never overwritten in the clear.
   */
  private async persist(name: string, file: string, plain: Uint8Array, decrypting = false): Promise<void> {
    const key = this.keys.get(name);
    if (!key && !decrypting && (await fileIsEncrypted(file))) throw new CercleError('client.locked', { name });
    await writeFileAtomic(file, key ? encryptClient(plain, key) : plain);
  }

  private forgetKey(name: string): void {
    this.keys.get(name)?.key.fill(0);
    this.keys.delete(name);
  }

  private drop(name: string): void {
    this.open.get(name)?.db.close();
    this.open.delete(name);
  }

  private async load(name: string): Promise<Db> {
    const hit = this.open.get(name);
    if (hit) return hit.db;
    const { file, bytes } = await this.readClient(name);
    if (!isEncrypted(bytes)) return this.openBytes(name, file, bytes);
    let key = this.keys.get(name);
    if (!key) {
      if (this.options.passphrase === undefined) throw new CercleError('client.locked', { name });
      key = await deriveKeyFor(this.options.passphrase, bytes, file);
      const plain = decryptClient(bytes, key, name, file);
      this.keys.set(name, key);
      return this.openBytes(name, file, plain);
    }
    return this.openBytes(name, file, decryptClient(bytes, key, name, file));
  }

  private async readClient(name: string): Promise<{ file: string; bytes: Buffer }> {
    const file = this.fileFor(name);
    // A process killed while saving left its temp file: the client file itself is whole (old or new).
    await removeStaleTemps(file);
    const bytes = await readClientFile(file);
    if (!bytes) throw new CercleError('client.missing', { name, dir: this.dir });
    return { file, bytes };
  }

  /** Opens the database's (plain) bytes, migrates it and keeps it in memory. */
  private async openBytes(name: string, file: string, bytes: Uint8Array): Promise<Db> {
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
        await this.persist(name, file, db.export()).catch((err: NodeJS.ErrnoException) => {
          if (err instanceof CercleError) throw err;
          throw new CercleError('client.save-failed', { file, detail: err.code ?? err.message }, { cause: err });
        });
    } catch (err) {
      db.close();
      if (err instanceof NewerSchemaError) throw new CercleError('client.newer-schema', { file, found: err.found, known: SCHEMA_VERSION });
      throw err;
    }
    // Keep at most a couple of clients in memory: a 1M-interaction client weighs hundreds of MB. A client
    // whose work is under way (a themes run giving the thread back between its steps) is never the one
    // dropped: its database would be closed under it.
    if (this.open.size >= 2) {
      const idle = [...this.open.keys()].find((n) => n !== name && !this.busy.has(n));
      if (idle !== undefined) this.drop(idle);
    }
    this.open.set(name, { db, queue: Promise.resolve() });
    return db;
  }

  private serial<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(name) ?? Promise.resolve();
    // One operation at a time per client, so a name is in `busy` exactly while one of its operations runs.
    const run = async (): Promise<T> => {
      this.busy.add(name);
      try {
        return await fn();
      } finally {
        this.busy.delete(name);
      }
    };
    const next = prev.then(run, run);
    this.queues.set(
      name,
      next.catch(() => undefined),
    );
    return next;
  }
}
