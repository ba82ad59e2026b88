import type { Db } from '../db/db';

/**
 * Folds interactions with id > `afterId` into the summary aggregates. Imports only ever append rows
 * (de-duplication keeps the oldest), so the rows above the previous max id are exactly the new ones;
 * a range scan on the rowid reads nothing else.
 */
export function addToAggregates(db: Db, afterId: number): void {
  db.run(
    `INSERT INTO activity_daily (day, week, month, platform, kind, direction, with_text, n)
     SELECT day, week, month, platform, kind, direction, text IS NOT NULL, COUNT(*) FROM interactions WHERE id > ?
     GROUP BY day, platform, kind, direction, text IS NOT NULL
     ON CONFLICT (day, platform, kind, direction, with_text) DO UPDATE SET n = n + excluded.n`,
    [afterId],
  );
  db.run(
    `INSERT INTO person_activity (person_id, n, first_at, last_at)
     SELECT person_id, COUNT(*), MIN(at), MAX(at) FROM interactions WHERE id > ? GROUP BY person_id
     ON CONFLICT (person_id) DO UPDATE SET n = n + excluded.n, first_at = MIN(first_at, excluded.first_at), last_at = MAX(last_at, excluded.last_at)`,
    [afterId],
  );
}

/** Full rebuild, after changes that move existing rows (merges, brand or time-zone changes). */
export function rebuildAggregates(db: Db): void {
  db.exec('DELETE FROM activity_daily; DELETE FROM person_activity;');
  addToAggregates(db, 0);
}

export function maxInteractionId(db: Db): number {
  return Number(db.get<{ m: number | null }>('SELECT MAX(id) AS m FROM interactions')?.m ?? 0);
}
