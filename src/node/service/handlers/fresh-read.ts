import { isDerivedFresh, type RefreshReport } from '../../../core/analytics/derived/refresh-derived';
import type { Db } from '../../../core/db/db';
import type { Workspace } from '../../store/workspace';
import { rebuildDerivedInWrite } from '../../../core/analytics/rebuild';

/**
 * Brings a client's analytics tables up to date: rebuilt (and saved) when an import, a merge or a setting
 * changed the client since they were built; the rebuild's report, or undefined when they were fresh.
 */
export async function ensureDerivedFresh(ws: Workspace, client: string): Promise<RefreshReport | undefined> {
  if (await ws.read(client, (db) => isDerivedFresh(db))) return undefined;
  return ws.write(client, (db) => rebuildDerivedInWrite(db));
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
