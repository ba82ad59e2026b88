import type { Db } from '../../db/db';
import { m007MessageSearch } from '../../db/migrations/007-message-search';
import { INTERACTION_KINDS } from '../../domain/kinds';
import { settingsOf } from '../../settings/settings';
import { IS_ACTIVE } from './context';

/** The highest interaction id the full-text index has seen (every row up to it was considered). */
export const SEARCH_INDEXED_TO = 'search.indexedTo';
/** Ids per INSERT … SELECT: measured on 757k Discord messages, 100k-id chunks took 2.3 s against 2.9 s in one statement. */
const CHUNK = 100_000;

/** The messages conversations are made of (comment, reply, DM, story reply, mention, message): only they can be found in one. */
export const SPOKEN_KINDS = INTERACTION_KINDS.filter((_, k) => IS_ACTIVE[k])
  .map((k) => `'${k}'`)
  .join(', ');

export interface SearchIndexState {
  /** Every message is in the index. */
  current: boolean;
  /** Interaction ids not looked at yet (an upper bound on the messages to add). */
  pending: number;
}

function marks(db: Db): { indexedTo: number; maxId: number } {
  const maxId = Number(db.get<{ m: number | null }>('SELECT MAX(id) AS m FROM interactions')!.m ?? 0);
  return { indexedTo: Number(settingsOf(db).get(SEARCH_INDEXED_TO) ?? 0), maxId };
}

export function searchIndexState(db: Db): SearchIndexState {
  const { indexedTo, maxId } = marks(db);
  // Fewer rows than the mark: some went away, and the whole index is rebuilt.
  return { current: indexedTo === maxId, pending: maxId >= indexedTo ? maxId - indexedTo : maxId };
}

/**
 * Brings the full-text index up to date, inside the caller's transaction: the messages imported since
 * the last search are added (an import only appends rows with higher ids; texts never change). Ids
 * below the mark going missing (rows removed) would leave stale entries, so the index is then rebuilt.
 * `now` is a clock for the measured time (the core reads none of its own).
 */
export function updateSearchIndex(db: Db, now: () => number = () => 0): { added: number; rebuilt: boolean; ms: number } {
  const t0 = now();
  const { indexedTo: mark, maxId } = marks(db);
  let indexedTo = mark;
  let rebuilt = false;
  if (maxId < indexedTo) {
    db.exec('DROP TABLE message_search');
    db.exec(m007MessageSearch.sql);
    indexedTo = 0;
    rebuilt = true;
  }
  let added = 0;
  for (let lo = indexedTo; lo < maxId; lo += CHUNK) {
    db.run(
      `INSERT INTO message_search (docid, text) SELECT id, text FROM interactions
       WHERE id > ? AND id <= ? AND text IS NOT NULL AND text <> '' AND kind IN (${SPOKEN_KINDS})`,
      [lo, Math.min(lo + CHUNK, maxId)],
    );
    added += db.changes();
  }
  // One segment answers a query in a few milliseconds where many small ones take several times that
  // (0.35 s to merge 757k messages' segments).
  if (added > 0) db.run("INSERT INTO message_search (message_search) VALUES ('optimize')");
  settingsOf(db).set(SEARCH_INDEXED_TO, String(maxId));
  return { added, rebuilt, ms: Math.round(now() - t0) };
}
