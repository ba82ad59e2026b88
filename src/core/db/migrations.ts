import type { Db } from './db';
import { transaction } from './db';
import { m001Initial } from './migrations/001-initial';
import { m002Analytics } from './migrations/002-analytics';
import { m003SummaryAggregates } from './migrations/003-summary-aggregates';
import { m004LeanInteractionIndexes } from './migrations/004-lean-interaction-indexes';
import { m005ThreadRoots } from './migrations/005-thread-roots';
import { m006ChannelRequests } from './migrations/006-channel-requests';
import { m007MessageSearch } from './migrations/007-message-search';
import { m008Themes } from './migrations/008-themes';
import { m009ThemeEdits } from './migrations/009-theme-edits';
import { m010ThemeLabelsByLanguage } from './migrations/010-theme-labels-by-language';
import { m011ThemeFacts } from './migrations/011-theme-facts';
import { m012SourceCoverages } from './migrations/012-source-coverages';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The history of the client file's schema, in order. Each migration is frozen once shipped: a change
 * of schema is the next migration, never an edit. Derived tables are not history (see 002).
 */
export const MIGRATIONS: readonly Migration[] = checkedHistory([
  m001Initial,
  m002Analytics,
  m003SummaryAggregates,
  m004LeanInteractionIndexes,
  m005ThreadRoots,
  m006ChannelRequests,
  m007MessageSearch,
  m008Themes,
  m009ThemeEdits,
  m010ThemeLabelsByLanguage,
  m011ThemeFacts,
  m012SourceCoverages,
]);

/**
 * Versions must start at 1 and go up by exactly one: a duplicate, a gap or a wrong order is a
 * programming error caught the moment the module loads (and by its test), never sorted away.
 */
export function checkedHistory(list: readonly Migration[]): readonly Migration[] {
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration "${m.name}" has version ${m.version} at position ${i + 1}: versions must be 1, 2, 3… in order, each once`);
  });
  return list;
}

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
export function migrate(db: Db, history: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const to = history[history.length - 1]!.version;
  const from = schemaVersion(db);
  if (from > to) throw new NewerSchemaError(from);
  const pending = history.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  transaction(db, () => {
    for (const m of pending) {
      db.exec(m.sql);
      // Each step records its own version, so a failure names the step that broke.
      db.exec(`PRAGMA user_version = ${m.version}`);
    }
  });
  return { from, to };
}
