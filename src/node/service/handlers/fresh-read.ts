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
  if (onPhase) {
    const path = report.fallback === undefined ? 'incremental' : 'full';
    onPhase(
      path === 'incremental' ? 'analytics incremental refresh' : `analytics full rebuild (not incremental: ${report.fallback})`,
      report.ms,
    );
    for (const [name, ms] of Object.entries(report.phases)) onPhase(`analytics ${path} ${name}`, ms);
  }
  return report;
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
