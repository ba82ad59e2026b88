import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { ClientInfo } from '../../src/core/contract';
import { resolveWorkspaceDir } from '../../src/node/store/app-paths';
import type { DbWorkerData } from '../worker/protocol';
import { DbWorkerClient } from '../worker/worker-client';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { hardenApp, hardenSession } from './security';
import type { AppUrlPolicy } from './url-policy';
import { createMainWindow } from './windows';

const here = dirname(fileURLToPath(import.meta.url));
const paths = { preload: join(here, '../preload/index.cjs'), indexHtml: join(here, '../renderer/index.html') };
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const policy: AppUrlPolicy = {
  indexFileUrl: pathToFileURL(paths.indexHtml).href,
  ...(devUrl ? { devOrigin: new URL(devUrl).origin } : {}),
};
const DEMO = 'demo';

app.enableSandbox();
hardenApp(policy);
if (!app.requestSingleInstanceLock()) app.quit();

const workerData: DbWorkerData = { workspaceDir: resolveWorkspaceDir(undefined) };
const worker = new DbWorkerClient(() => new Worker(join(here, 'db-worker.js'), { workerData }));

/** The app opens on the demo client; it is generated the first time (a few seconds at most). */
async function demoRoute(): Promise<string> {
  try {
    const clients = await worker.value<ClientInfo[]>('clients.list', {});
    if (!clients.some((c) => c.name === DEMO)) await worker.value('clients.createDemo', { name: DEMO });
    return `/client/${DEMO}`;
  } catch (err) {
    console.error('could not prepare the demo client:', err);
    return '/';
  }
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, policy);
  installMenu(!!devUrl);
  registerIpc(worker, policy);
  createMainWindow(paths, policy, await demoRoute());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(paths, policy, '/');
  });
}

app.on('second-instance', () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => void worker.close());

app
  .whenReady()
  .then(start)
  .catch((err: unknown) => {
    dialog.showErrorBox('Cercle could not start', err instanceof Error ? err.message.split('\n')[0]! : String(err));
    app.quit();
  });
