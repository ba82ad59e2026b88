import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { workerOffload } from '../../src/node/ingest/worker-offload';
import { dispatch, type DispatchHooks } from '../../src/node/service/dispatch';
import { fileErrorLog } from '../../src/node/service/error-log';
import { createHandlers } from '../../src/node/service/handlers';
import { Workspace } from '../../src/node/store/workspace';
import { isWorkerRequest, type DbWorkerData, type WorkerMessage } from './protocol';

/**
 * The database thread of the desktop app: it owns the Workspace (every open sql.js database) and the
 * contract handlers, so imports and queries never block Electron's main thread and its windows.
 */
const port = parentPort;
if (!port) throw new Error('db-worker must run as a worker thread');
const data = workerData as DbWorkerData;
if (typeof data?.workspaceDir !== 'string') throw new Error('db-worker needs workerData.workspaceDir');

const SLOW_CALL_MS = 1000;
const post = (msg: WorkerMessage) => port.postMessage(msg);
const ws = new Workspace(data.workspaceDir);
const logToFile = fileErrorLog(join(data.workspaceDir, 'logs', 'cercle.log'));
const log = (method: string, err: unknown): void => {
  console.error(`[db-worker] ${method}:`, err);
  logToFile(method, err);
};
const handlers = createHandlers(ws, {
  onImportProgress: (p) => post({ kind: 'event', event: 'imports.progress', data: p }),
  // A themes run reports each step and its end; it gives this thread back at each step, so the
  // window's themes.cancel (or another client's call) is handled while it runs.
  onThemesProgress: (p) => post({ kind: 'event', event: 'themes.progress', data: p }),
  // the themes run an import starts has no caller to answer: its bugs are logged here
  logError: log,
  // Large single-file exports are parsed on one more thread, built next to this one (electron.vite.config.ts).
  offload: workerOffload((data) => new Worker(join(dirname(fileURLToPath(import.meta.url)), 'parse-worker.js'), { workerData: data })),
});

const hooks: DispatchHooks = {
  log,
  // Calls slower than a screen can wait for are worth seeing in the app's console.
  onTiming: (method, ms) => {
    if (ms >= SLOW_CALL_MS) console.warn(`[db-worker] ${method} took ${Math.round(ms)} ms`);
  },
};

port.on('message', (msg: unknown) => {
  if (!isWorkerRequest(msg)) return;
  void dispatch(handlers, msg.method, msg.input, hooks).then((result) => post({ kind: 'reply', id: msg.id, ...result }));
});

port.on('close', () => void ws.closeAll());
