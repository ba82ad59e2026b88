import type { Db } from '../../core/db/db';
import { migrate } from '../../core/db/migrations';
import { CLIENT_NAME, CLIENT_TIMEZONE, settingsOf } from '../../core/settings/settings';
import { openSqlJs } from './sqljs-db';

/** A migrated in-memory client database: real SQL for tests, no file. */
export async function memoryClientDb(opts: { timezone?: string; name?: string } = {}): Promise<Db> {
  const db = await openSqlJs();
  migrate(db);
  settingsOf(db).set(CLIENT_TIMEZONE, opts.timezone ?? 'UTC');
  settingsOf(db).set(CLIENT_NAME, opts.name ?? 'test');
  return db;
}
