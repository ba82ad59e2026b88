import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import type { Rows } from './read-rows';

const KEY = 'precision.minutePlatforms';

/**
 * The platforms whose every timestamp falls on a whole minute (WhatsApp, Telegram's `date`): there a
 * silence read as 30 minutes may have lasted 29 or 31, which the metrics' definitions say.
 */
export function writeTimestampPrecision(db: Db, rows: Rows): void {
  const seen = new Uint8Array(PLATFORMS.length);
  const finer = new Uint8Array(PLATFORMS.length);
  for (let r = 0; r < rows.n; r++) {
    const p = rows.platform[r]!;
    seen[p] = 1;
    if (rows.at[r]! % 60_000 !== 0) finer[p] = 1;
  }
  const minute = PLATFORMS.filter((_, p) => seen[p] && !finer[p]);
  db.run('INSERT OR REPLACE INTO metric_cache (key, value) VALUES (?, ?)', [KEY, JSON.stringify(minute)]);
}

export function minutePrecisionPlatforms(db: Db): string[] {
  const raw = db.get<{ value: string }>('SELECT value FROM metric_cache WHERE key = ?', [KEY])?.value;
  return raw ? (JSON.parse(raw) as string[]) : [];
}
