import type { Handlers } from '../../../core/contract';
import { statsSummary } from '../../../core/stats/summary';
import type { Workspace } from '../../store/workspace';

/** The summary screen's numbers, read from the aggregates kept by each import. */
export function statsHandlers(ws: Workspace): Pick<Handlers, 'stats.summary'> {
  return {
    'stats.summary': async ({ client, files }) => ws.read(client, (db) => statsSummary(db, { files: files === true })),
  };
}
