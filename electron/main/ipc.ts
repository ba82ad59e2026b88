import { BrowserWindow, dialog, ipcMain } from 'electron';
import { z } from 'zod';
import { METHOD_NAMES } from '../../src/core/contract';
import { failure } from '../../src/core/contract/call-result';
import { channelFor, EVENT_CHANNEL, OPEN_IMPORT_CHANNEL } from '../../src/core/contract/desktop-bridge';
import type { DbWorkerClient } from '../worker/worker-client';
import { reportPdfCall } from './report-pdf-call';
import { senderIsTrusted } from './security';
import type { AppUrlPolicy } from './url-policy';

const REFUSED = failure('bad-request', 'request.refused');

const OpenImportInput = z.object({ kind: z.enum(['files', 'folder']) });

/**
 * One handler per contract method, each forwarding to the database worker, which parses the input
 * against the contract (dispatch) before any handler runs; `reports.pdf` is rendered by the worker and
 * printed here. Plus the one main-only call: the dialog.
 */
export function registerIpc(worker: DbWorkerClient, policy: AppUrlPolicy): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelFor(method), (event, input: unknown) => {
      if (!senderIsTrusted(event, policy)) return REFUSED;
      // Printing needs a window, which only main has: the worker renders, main prints.
      if (method === 'reports.pdf')
        return reportPdfCall(
          (i) => worker.call('reports.render', i),
          input,
          (options) => new BrowserWindow(options),
        );
      return worker.call(method, input);
    });
  }

  ipcMain.handle(OPEN_IMPORT_CHANNEL, async (event, input: unknown) => {
    if (!senderIsTrusted(event, policy)) return REFUSED;
    const parsed = OpenImportInput.safeParse(input);
    if (!parsed.success) return failure('bad-request', 'shell.dialog-kind');
    const win = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions =
      parsed.data.kind === 'folder'
        ? { title: 'Choose an unzipped export folder', properties: ['openDirectory'] }
        : {
            title: 'Choose export files',
            properties: ['openFile', 'multiSelections'],
            filters: [
              { name: 'Exports (ZIP, JSON, CSV, TXT, HTML)', extensions: ['zip', 'json', 'csv', 'txt', 'html', 'htm', 'tsv'] },
              { name: 'All files', extensions: ['*'] },
            ],
          };
    const res = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return { ok: true, value: res.canceled ? [] : res.filePaths };
  });

  worker.onEvent((e) => {
    for (const win of BrowserWindow.getAllWindows()) if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, e);
  });
}
