import type { Db } from './db';
import { transaction } from './db';
import { m001Initial } from './migrations/001-initial';
import { m002Analytics } from './migrations/002-analytics';
import { m003SummaryAggregates } from './migrations/003-summary-aggregates';
import { m004LeanInteractionIndexes } from './migrations/004-lean-interaction-indexes';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered, append-only. Never edit a migration that has shipped: add the next one. */
export const MIGRATIONS: readonly Migration[] = [m001Initial, m002Analytics, m003SummaryAggregates, m004LeanInteractionIndexes].sort((a, b) => a.version - b.version);

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(`was written by a newer Cercle (schema ${found}, this version knows up to ${SCHEMA_VERSION}); update Cercle to open it`);
  }
}

export function schemaVersion(db: Db): number {
  const row = db.get<{ user_version: number }>('PRAGMA user_version');
  return Number(row?.user_version ?? 0);
}

/** Applies every pending migration in one transaction, tracked by PRAGMA user_version (as Signal does). */
export function migrate(db: Db): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > SCHEMA_VERSION) throw new NewerSchemaError(from);
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  transaction(db, () => {
    for (const m of pending) db.exec(m.sql);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  });
  return { from, to: SCHEMA_VERSION };
}
