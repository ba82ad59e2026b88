import { isDerivedFresh, type RefreshReport } from '../../../core/analytics/derived/refresh-derived';
import type { Db } from '../../../core/db/db';
import type { Workspace } from '../../store/workspace';
import { rebuildDerivedInWrite } from '../../../core/analytics/rebuild';

/**
 * Brings a client's analytics tables up to date: refreshed or rebuilt (and saved) when an import, a merge
 * or a setting changed the client since they were built; the report, or undefined when they were fresh.
 * `onPhase` hears the path taken and its duration (`analytics incremental refresh`, or `analytics full
 * rebuild (not incremental: <why>)`), then each phase's under it (`analytics incremental read`): CERCLE_PROFILE.
 */
export async function ensureDerivedFresh(
  ws: Workspace,
  client: string,
  onPhase?: (name: string, ms: number) => void,
): Promise<RefreshReport | undefined> {
  if (await ws.read(client, (db) => isDerivedFresh(db))) return undefined;
  const report = await ws.write(client, (db) => rebuildDerivedInWrite(db, onPhase && (() => performance.now())));
  reportRefresh(onPhase, report, report.fallback);
  return report;
}

/**
 * Tells `onPhase` the path the analytics tables took, then its phases: an incremental refresh (a report,
 * no fallback), a full rebuild (a report and why the refresh could not be incremental), or none (no
 * report: an import's own write leaves them stale for metrics.prepare rather than rebuild them).
 */
export function reportRefresh(
  onPhase: ((name: string, ms: number) => void) | undefined,
  report: RefreshReport | undefined,
  fallback: string | undefined,
): void {
  if (!onPhase) return;
  if (!report) return onPhase(`analytics left stale (not incremental: ${fallback})`, 0);
  const path = fallback === undefined ? 'incremental' : 'full';
  onPhase(path === 'incremental' ? 'analytics incremental refresh' : `analytics full rebuild (not incremental: ${fallback})`, report.ms);
  for (const [name, ms] of Object.entries(report.phases)) onPhase(`analytics ${path} ${name}`, ms);
}

/**
 * Reads a client through the analytics' derived tables: a client changed since they were built (an
 * import, a merge, a setting) has them rebuilt once first, as every metrics.* method does.
 */
export function freshReader(ws: Workspace): <T>(client: string, fn: (db: Db) => T) => Promise<T> {
  return async (client, fn) => {
    await ensureDerivedFresh(ws, client);
    return ws.read(client, fn);
  };
}
