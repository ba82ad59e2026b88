import { isDerivedFresh } from '../../../core/analytics/derived/refresh-derived';
import type { Db } from '../../../core/db/db';
import type { Workspace } from '../../store/workspace';
import { rebuildDerivedInWrite } from '../../../core/analytics/rebuild';

/**
 * Reads a client through the analytics' derived tables: a client changed since they were built (an
 * import, a merge, a setting) has them rebuilt once first, as every metrics.* method does.
 */
export function freshReader(ws: Workspace): <T>(client: string, fn: (db: Db) => T) => Promise<T> {
  return async (client, fn) => {
    if (!(await ws.read(client, (db) => isDerivedFresh(db)))) await ws.write(client, (db) => rebuildDerivedInWrite(db));
    return ws.read(client, fn);
  };
}
