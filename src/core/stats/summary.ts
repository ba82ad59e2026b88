import type { CoverageEntry, SourceSummary, StatsSummary } from '../contract';
import type { Db } from '../db/db';
import { coverageReader } from './coverages';
import type { Platform } from '../domain/kinds';
import { CLIENT_NAME, clientTimezone, settingsOf } from '../settings/settings';
import { asWeekKey, weekToIso } from '../util/time-keys';

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString());

export function listSources(db: Db): SourceSummary[] {
  return db
    .all<{ file: string; format: string; platform: Platform; records: number; added: number; imported_at: number; warnings: string }>(
      'SELECT file, format, platform, records, added, imported_at, warnings FROM sources ORDER BY id',
    )
    .map((s) => ({
      file: s.file,
      format: s.format,
      platform: s.platform,
      records: Number(s.records),
      added: Number(s.added),
      importedAt: new Date(Number(s.imported_at)).toISOString(),
      warnings: JSON.parse(s.warnings) as string[],
    }));
}

export function listCoverage(db: Db): CoverageEntry[] {
  const coverage = coverageReader(db);
  return db
    .all<{ file: string; format: string; platform: Platform; coverage_id: number | null }>(
      'SELECT file, format, platform, coverage_id FROM sources ORDER BY id',
    )
    .map((s) => ({ source: s.file, format: s.format, platform: s.platform, ...coverage(s.coverage_id) }));
}

function countBy(db: Db, column: 'platform' | 'kind' | 'direction'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of db.all<{ k: string; n: number }>(
    `SELECT ${column} AS k, SUM(n) AS n FROM activity_daily GROUP BY ${column} ORDER BY n DESC, k`,
  ))
    out[r.k] = Number(r.n);
  return out;
}

/**
 * The client at a glance: what the app's frame and `cercle stats` show. Reads the aggregates (aggregates.ts).
 * The files imported and their coverage only with `files` (an archive can hold 111k files: 2.9 s of a 1M
 * Instagram client's first view went to listing them twice).
 */
export function statsSummary(db: Db, { files = false }: { files?: boolean } = {}): StatsSummary {
  const totals = db.get<{ members: number; interactions: number; messages: number; first: number | null; last: number | null }>(
    `SELECT (SELECT COUNT(*) FROM people WHERE is_brand = 0) AS members,
            (SELECT COALESCE(SUM(n), 0) FROM activity_daily) AS interactions,
            (SELECT COALESCE(SUM(n), 0) FROM activity_daily WHERE with_text = 1) AS messages,
            (SELECT MIN(at) FROM interactions) AS first,
            (SELECT MAX(at) FROM interactions) AS last`,
  )!;
  const weekly = db
    .all<{ week: number; inbound: number; outbound: number }>(
      `SELECT week, SUM(CASE WHEN direction = 'inbound' THEN n ELSE 0 END) AS inbound, SUM(CASE WHEN direction = 'outbound' THEN n ELSE 0 END) AS outbound
       FROM activity_daily GROUP BY week ORDER BY week`,
    )
    .map((r) => ({ week: weekToIso(asWeekKey(Number(r.week))), inbound: Number(r.inbound), outbound: Number(r.outbound) }));
  const top = db.all<{ id: number; name: string; n: number }>(
    `SELECT p.id AS id, p.name AS name, a.n AS n FROM person_activity a JOIN people p ON p.id = a.person_id
     WHERE p.is_brand = 0 ORDER BY a.n DESC, p.name LIMIT 10`,
  );
  const topMembers = top.map((r) => ({
    name: r.name,
    platforms: db
      .all<{ platform: string }>('SELECT DISTINCT platform FROM identities WHERE person_id = ? ORDER BY platform', [r.id])
      .map((x) => x.platform),
    interactions: Number(r.n),
  }));
  return {
    client: settingsOf(db).get(CLIENT_NAME) ?? '',
    timezone: clientTimezone(db),
    members: Number(totals.members),
    interactions: Number(totals.interactions),
    messages: Number(totals.messages),
    byPlatform: countBy(db, 'platform'),
    byKind: countBy(db, 'kind'),
    byDirection: countBy(db, 'direction'),
    firstAt: iso(totals.first),
    lastAt: iso(totals.last),
    ...(files ? { sources: listSources(db), coverage: listCoverage(db) } : {}),
    weekly,
    topMembers,
  };
}

/** Every stored interaction, the brand's included. */
export function interactionCount(db: Db): number {
  return Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions')!.n);
}
