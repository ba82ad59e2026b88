import type { Handlers } from '../../../core/contract';
import type { Workspace } from '../../store/workspace';
import { clientsHandlers } from './clients';
import type { ServiceOptions } from './context';
import { identitiesHandlers } from './identities';
import { importsHandlers } from './imports';
import { metricsHandlers } from './metrics';
import { settingsHandlers } from './settings';
import { statsHandlers } from './stats';
import { themesHandlers } from './themes';

export type { ServiceOptions } from './context';

/**
 * The one implementation of the contract, one file per slice of it. Every shell (Electron worker,
 * HTTP bridge, CLI) serves these same handlers; inputs arrive already parsed by the contract's schemas.
 */
export function createHandlers(ws: Workspace, opts: ServiceOptions = {}): Handlers {
  const now = opts.now ?? Date.now;
  return {
    ...clientsHandlers(ws, now),
    ...importsHandlers(ws, now, opts),
    ...statsHandlers(ws),
    ...metricsHandlers(ws),
    ...identitiesHandlers(ws),
    ...settingsHandlers(ws),
    ...themesHandlers(ws, now, opts),
  };
}
