import { sourceWorkerOffload } from '../node/ingest/worker-offload';
import { createHandlers } from '../node/service/handlers';
import { dispatch } from '../node/service/dispatch';
import { resolveWorkspaceDir } from '../node/store/app-paths';
import { Workspace } from '../node/store/workspace';
import type { MethodName, MethodInput, MethodOutput } from '../core/contract';

export class CliError extends Error {}

/** The CLI calls the same handlers as the app, through the same input/output validation. */
export function cliService(workspaceFlag: string | undefined, onProgress?: (line: string) => void) {
  const ws = new Workspace(resolveWorkspaceDir(workspaceFlag));
  const handlers = createHandlers(ws, {
    onImportProgress: (p) => onProgress?.(`${p.filesDone}/${p.filesTotal} files, ${p.records} records (${p.file})`),
    // Large single-file exports are parsed on a second thread while this one writes.
    offload: sourceWorkerOffload(),
  });
  return {
    ws,
    handlers,
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const res = await dispatch(handlers, method, input, (err) => {
        if (process.env.CERCLE_DEBUG) console.error(err);
      });
      if (!res.ok) throw new CliError(res.error);
      return res.value as MethodOutput<M>;
    },
  };
}
