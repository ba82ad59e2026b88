import { sourceWorkerOffload } from '../node/ingest/worker-offload';
import { createHandlers } from '../node/service/handlers';
import { localChromePrinter } from '../node/reports/print-pdf';
import { dispatch } from '../node/service/dispatch';
import { resolveWorkspaceDir } from '../node/store/app-paths';
import { Workspace } from '../node/store/workspace';
import type { ImportProgress, MethodName, MethodInput, MethodOutput } from '../core/contract';
import type { ThemesProgress } from '../core/contract/themes';
import { CercleError, fromReason } from '../core/errors';
import { cliHooks, errorLogPath, importPhaseProfile } from './hooks';

/** A bug met while serving a command: its first line, and where its stack was logged. */
export class InternalCliError extends Error {
  constructor(
    readonly detail: string,
    readonly logPath: string,
  ) {
    super(detail);
  }
}

/** The passphrases of this run (cli/passphrase.ts), set by main() before the command runs. */
let passphrases: { passphrase?: string; newPassphrase?: string } = {};

export function setCliPassphrases(p: { passphrase?: string; newPassphrase?: string }): void {
  passphrases = p;
}

export function cliPassphrases(): { passphrase?: string; newPassphrase?: string } {
  return passphrases;
}

/** The CLI calls the same handlers as the app, through the same input/output validation. */
export function cliService(
  workspaceFlag: string | undefined,
  onProgress?: (p: ImportProgress) => void,
  onThemesProgress?: (p: ThemesProgress) => void,
) {
  const ws = new Workspace(resolveWorkspaceDir(workspaceFlag), Date.now, { passphrase: passphrases.passphrase });
  const hooks = cliHooks(ws.dir);
  const handlers = createHandlers(ws, {
    onImportProgress: onProgress,
    onThemesProgress,
    // the themes run an import starts: its bugs go to the same log as the calls'
    logError: hooks.log,
    onImportPhase: importPhaseProfile(),
    printPdf: localChromePrinter(),
    // Large single-file exports are parsed on a second thread while this one writes.
    offload: sourceWorkerOffload(),
  });
  return {
    ws,
    handlers,
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const res = await dispatch(handlers, method, input, hooks);
      if (res.ok) return res.value as MethodOutput<M>;
      if (res.code === 'internal') throw new InternalCliError(res.error, errorLogPath(ws.dir));
      throw fromReason(res.reason);
    },
  };
}

export { CercleError };
