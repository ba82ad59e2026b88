import type { Db } from '../../db/db';
import { runImport } from '../../ingest/run-import';
import { memoryFile } from '../memory-file';
import type { InputFile } from '../types';

/**
 * Helpers shared by the Meta importer tests (pure: the tests read fixtures and open databases
 * themselves). Kept out of *.test.ts files so several test files can share them.
 */

/** A file as it sits in an export, shown under an archive name like the Node shell shows ZIP entries. */
export function exportFile(innerPath: string, text: string, archive = 'export.zip'): InputFile {
  return { ...memoryFile(`${archive}/${innerPath}`, text, 997), innerPath };
}

export interface Row {
  kind: string;
  direction: string;
  who: string;
  handle: string;
  target: string | null;
  at: number;
  text: string | null;
  channel: string | null;
  channelKind: string | null;
  contentKey: string | null;
  replyTo: string | null;
  key: string;
  platform: string;
}

export function interactions(db: Db): Row[] {
  return db.all<Row>(
    `SELECT i.kind, i.direction, p.name AS who, a.handle AS handle, t.handle AS target, i.at, i.text, c.name AS channel, c.kind AS channelKind,
            ct.key AS contentKey, i.reply_to_key AS replyTo, i.key, i.platform
       FROM interactions i JOIN people p ON p.id = i.person_id JOIN identities a ON a.id = i.identity_id
       LEFT JOIN identities t ON t.id = i.target_identity_id LEFT JOIN channels c ON c.id = i.channel_id
       LEFT JOIN contents ct ON ct.id = i.content_id
      ORDER BY i.at, i.id`,
  );
}

/** "kind/direction" → count, for compact exact assertions. */
export function tally(rows: readonly Row[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[`${r.kind}/${r.direction}`] = (out[`${r.kind}/${r.direction}`] ?? 0) + 1;
  return out;
}

export function metricsOf(db: Db, contentKey: string): Record<string, number> {
  const rows = db.all<{ metric: string; value: number }>(
    'SELECT m.metric, m.value FROM content_metrics m JOIN contents c ON c.id = m.content_id WHERE c.key = ?',
    [contentKey],
  );
  return Object.fromEntries(rows.map((r) => [r.metric, r.value]));
}

export function brandHandles(db: Db): string[] {
  return db.all<{ h: string }>("SELECT platform || ':' || handle AS h FROM identities WHERE is_brand = 1 ORDER BY h").map((r) => r.h);
}

export function count(db: Db, sql: string, params: (string | number)[] = []): number {
  return Number(db.get<{ n: number }>(sql, params)!.n);
}

/** Imports files into a fresh test database the caller opened, and reads back what was written. */
export async function importInto(db: Db, files: InputFile[], opts: { brands?: string[] } = {}) {
  const outcome = await runImport(db, files, { now: () => 0, brands: opts.brands });
  return { db, outcome, rows: interactions(db), warnings: outcome.sources.flatMap((s) => s.warnings) };
}
