import { BrowserWindow, dialog, ipcMain } from 'electron';
import { z } from 'zod';
import { contract, METHOD_NAMES, type MethodName } from '../../src/core/contract';
import { failure } from '../../src/core/contract/call-result';
import { channelFor, EVENT_CHANNEL, OPEN_IMPORT_CHANNEL } from '../../src/core/contract/desktop-bridge';
import type { DbWorkerClient } from '../worker/worker-client';
import { reportPdfCall } from './report-pdf-call';
import { senderIsTrusted } from './security';
import type { AppUrlPolicy } from './url-policy';

const REFUSED = failure('bad-request', 'request.refused');

const OpenImportInput = z.object({ kind: z.enum(['files', 'folder']) });

/**
 * A call's input checked here against the contract's schema, before it crosses to the worker: a page
 * that was tampered with cannot hand the worker anything the contract does not describe. (The worker's
 * dispatch parses it again, as it does for every shell.)
 */
function parseInput(method: MethodName, input: unknown): { ok: true; data: unknown } | { ok: false; refusal: ReturnType<typeof failure> } {
  const parsed = contract[method].input.safeParse(input ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    refusal: failure('bad-request', 'request.invalid-input', {
      method,
      path: issue ? issue.path.join('.') || '(root)' : '',
      detail: issue?.message ?? '',
    }),
  };
}

/**
 * One handler per contract method: the sender checked, the input parsed with the contract's schema,
 * then forwarded to the database worker; `reports.pdf` is rendered by the worker and printed here.
 * Plus the one main-only call: the dialog.
 */
export function registerIpc(worker: DbWorkerClient, policy: AppUrlPolicy): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelFor(method), (event, input: unknown) => {
      if (!senderIsTrusted(event, policy)) return REFUSED;
      const parsed = parseInput(method, input);
      if (!parsed.ok) return parsed.refusal;
      // Printing needs a window, which only main has: the worker renders, main prints.
      if (method === 'reports.pdf')
        return reportPdfCall(
          (i) => worker.call('reports.render', i),
          parsed.data,
          (options) => new BrowserWindow(options),
        );
      return worker.call(method, parsed.data);
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
