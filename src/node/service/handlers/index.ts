import type { Handlers } from '../../../core/contract';
import type { Workspace } from '../../store/workspace';
import { clientsHandlers } from './clients';
import { contentsHandlers } from './contents';
import type { ServiceOptions } from './context';
import { encryptionHandlers } from './encryption';
import { conversationsHandlers } from './conversations';
import { identitiesHandlers } from './identities';
import { importsHandlers } from './imports';
import { membersHandlers } from './members';
import { metricsHandlers } from './metrics';
import { overviewHandlers } from './overview';
import { recurrenceHandlers } from './recurrence';
import { reportsHandlers } from './reports';
import { responsivenessHandlers } from './responsiveness';
import { rhythmHandlers } from './rhythm';
import { settingsHandlers } from './settings';
import { statsHandlers } from './stats';
import { themesHandlers } from './themes';
import { ThemeJobs } from '../../themes/theme-jobs';

export type { ServiceOptions } from './context';

/**
 * The one implementation of the contract, one file per slice of it. Every shell (Electron worker,
 * HTTP bridge, CLI) serves these same handlers; inputs arrive already parsed by the contract's schemas.
 */
export function createHandlers(ws: Workspace, opts: ServiceOptions = {}): Handlers {
  const now = opts.now ?? Date.now;
  // Themes runs are asked for (themes.compute) and started by imports that bring texts: one set of jobs for both.
  const themeJobs = new ThemeJobs(ws, { now, onProgress: opts.onThemesProgress, pause: opts.themesPause, logError: opts.logError });
  return {
    ...clientsHandlers(ws, now),
    ...importsHandlers(ws, now, opts, themeJobs),
    ...statsHandlers(ws),
    ...metricsHandlers(ws, opts.onImportPhase),
    ...overviewHandlers(ws),
    ...contentsHandlers(ws),
    ...identitiesHandlers(ws),
    ...membersHandlers(ws),
    ...settingsHandlers(ws),
    ...recurrenceHandlers(ws),
    ...responsivenessHandlers(ws),
    ...rhythmHandlers(ws),
    ...conversationsHandlers(ws),
    ...themesHandlers(ws, now, themeJobs),
    ...reportsHandlers(ws, now, opts),
    ...encryptionHandlers(ws),
  };
}
