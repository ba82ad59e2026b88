import { beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../src/core/contract';
import { channelFor, EVENT_CHANNEL, OPEN_IMPORT_CHANNEL } from '../../src/core/contract/desktop-bridge';
import type { DbWorkerClient } from '../worker/worker-client';
import type { AppUrlPolicy } from './url-policy';

/**
 * Electron cannot start here, so its main-process API is replaced by recorders: these tests check what
 * main asks of Electron (handlers, window options, guards), not Electron itself.
 */
const fake = vi.hoisted(() => {
  type Handler = (event: unknown, input: unknown) => unknown;
  const handlers = new Map<string, Handler>();
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: {
    options: Record<string, unknown>;
    loaded: unknown[];
    webContents: { send: (...a: unknown[]) => void; sent: unknown[][] };
  }[] = [];
  const ourContents = new Set<unknown>();
  class BrowserWindow {
    static fromWebContents = (wc: unknown) => (ourContents.has(wc) ? { isDestroyed: () => false } : null);
    static getAllWindows = () => windows.map((w) => ({ isDestroyed: () => false, webContents: w.webContents }));
    webContents = { sent: [] as unknown[][], send: (...a: unknown[]) => void this.webContents.sent.push(a) };
    loaded: unknown[] = [];
    constructor(public options: Record<string, unknown>) {
      windows.push(this);
      ourContents.add(this.webContents);
    }
    once() {}
    loadFile(...a: unknown[]) {
      this.loaded.push(['file', ...a]);
      return Promise.resolve();
    }
    loadURL(...a: unknown[]) {
      this.loaded.push(['url', ...a]);
      return Promise.resolve();
    }
  }
  return {
    handlers,
    appListeners,
    windows,
    ourContents,
    electron: {
      ipcMain: { handle: (channel: string, h: Handler) => void handlers.set(channel, h) },
      app: { on: (name: string, l: (...args: unknown[]) => void) => void appListeners.set(name, l) },
      BrowserWindow,
      dialog: { showOpenDialog: vi.fn() },
      nativeTheme: { shouldUseDarkColors: false },
    },
  };
});
vi.mock('electron', () => fake.electron);

const { registerIpc } = await import('./ipc');
const { hardenApp, hardenSession } = await import('./security');
const { createMainWindow } = await import('./windows');

const policy: AppUrlPolicy = { indexFileUrl: 'file:///app/out/renderer/index.html' };
const mainFrame = (url: string) => ({ url, parent: null });

function fakeWorker() {
  const calls: [string, unknown][] = [];
  let relay: ((e: unknown) => void) | undefined;
  const worker = {
    call: async (method: string, input: unknown) => {
      calls.push([method, input]);
      return { ok: true, value: 'from worker' };
    },
    onEvent: (l: (e: unknown) => void) => {
      relay = l;
      return () => undefined;
    },
  } as unknown as DbWorkerClient;
  return { worker, calls, emit: (e: unknown) => relay?.(e) };
}

describe('main-process IPC', () => {
  beforeEach(() => {
    fake.handlers.clear();
    fake.windows.length = 0;
  });

  it('registers one channel per contract method plus the dialog, and nothing else', () => {
    registerIpc(fakeWorker().worker, policy);
    expect([...fake.handlers.keys()].sort()).toEqual([...METHOD_NAMES.map(channelFor), OPEN_IMPORT_CHANNEL].sort());
  });

  it('forwards a call from our window to the worker, its input parsed by the contract', async () => {
    const { worker, calls } = fakeWorker();
    registerIpc(worker, policy);
    const win = new fake.electron.BrowserWindow({});
    const event = { sender: win.webContents, senderFrame: mainFrame('file:///app/out/renderer/index.html#/client/demo') };
    expect(await fake.handlers.get('cercle:stats.summary')!(event, { client: 'demo' })).toEqual({ ok: true, value: 'from worker' });
    expect(calls).toEqual([['stats.summary', { client: 'demo' }]]);
  });

  it('refuses an input the contract does not describe, on every method, before the worker sees it', async () => {
    const { worker, calls } = fakeWorker();
    registerIpc(worker, policy);
    const win = new fake.electron.BrowserWindow({});
    const event = { sender: win.webContents, senderFrame: mainFrame('file:///app/out/renderer/index.html') };
    const bad = await fake.handlers.get('cercle:imports.start')!(event, { client: 42, paths: 'not a list' });
    expect(bad).toMatchObject({
      ok: false,
      code: 'bad-request',
      reason: { code: 'request.invalid-input', params: { method: 'imports.start' } },
    });
    // Every method refuses something: a string where an object is expected.
    for (const method of METHOD_NAMES) {
      const res = (await fake.handlers.get(channelFor(method))!(event, 'hostile')) as { ok: boolean; reason: { code: string } };
      expect(res.ok, method).toBe(false);
      expect(res.reason.code).toBe('request.invalid-input');
    }
    expect(calls).toEqual([]);
  });

  it('refuses a sub-frame, a foreign page, another web contents, or a missing frame', async () => {
    const { worker, calls } = fakeWorker();
    registerIpc(worker, policy);
    const win = new fake.electron.BrowserWindow({});
    const h = fake.handlers.get('cercle:clients.list')!;
    const refused = {
      ok: false,
      code: 'bad-request',
      error: 'refused: this request did not come from the Cercle window',
      reason: { code: 'request.refused', params: {} },
    };
    expect(await h({ sender: win.webContents, senderFrame: { url: 'file:///app/out/renderer/index.html', parent: {} } }, {})).toEqual(
      refused,
    );
    expect(await h({ sender: win.webContents, senderFrame: mainFrame('https://example.com/') }, {})).toEqual(refused);
    expect(await h({ sender: { other: true }, senderFrame: mainFrame('file:///app/out/renderer/index.html') }, {})).toEqual(refused);
    expect(await h({ sender: win.webContents, senderFrame: null }, {})).toEqual(refused);
    expect(calls).toEqual([]);
  });

  it('parses the dialog input and answers with the chosen paths', async () => {
    registerIpc(fakeWorker().worker, policy);
    const win = new fake.electron.BrowserWindow({});
    const event = { sender: win.webContents, senderFrame: mainFrame('file:///app/out/renderer/index.html') };
    fake.electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/u/export.zip'] });
    const h = fake.handlers.get(OPEN_IMPORT_CHANNEL)!;
    expect(await h(event, { kind: 'files' })).toEqual({ ok: true, value: ['/home/u/export.zip'] });
    expect(await h(event, { kind: 'anything' })).toMatchObject({
      ok: false,
      code: 'bad-request',
      error: 'open import dialog: kind must be "files" or "folder"',
      reason: { code: 'shell.dialog-kind' },
    });
    fake.electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await h(event, { kind: 'folder' })).toEqual({ ok: true, value: [] });
  });

  it('relays worker progress events to the windows', () => {
    const { worker, emit } = fakeWorker();
    registerIpc(worker, policy);
    const win = new fake.electron.BrowserWindow({});
    const e = { event: 'imports.progress', data: { client: 'a', file: 'f', filesDone: 1, filesTotal: 2, records: 9 } };
    const themes = { event: 'themes.progress', data: { client: 'a', step: 'embed', fraction: 0.4, automatic: false } };
    emit(e);
    emit(themes);
    expect(win.webContents.sent).toEqual([
      [EVENT_CHANNEL, e],
      [EVENT_CHANNEL, themes],
    ]);
  });
});

describe('window and app hardening', () => {
  it('opens the window sandboxed and isolated, on the route asked for', () => {
    createMainWindow({ preload: '/app/out/preload/index.cjs', indexHtml: '/app/out/renderer/index.html' }, policy, '/client/demo');
    const w = fake.windows.at(-1)!;
    expect(w.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(w.loaded).toEqual([['file', '/app/out/renderer/index.html', { hash: '/client/demo' }]]);
    // Light system: the light page's background, from the palette, behind the first paint.
    expect(w.options.backgroundColor).toBe('#f5f6f8');
  });

  it('denies new windows, foreign navigation and webviews on every web contents', () => {
    hardenApp(policy);
    const listeners = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      setWindowOpenHandler: (h: () => unknown) => void (openHandler = h),
      on: (n: string, l: never) => void listeners.set(n, l),
    };
    fake.appListeners.get('web-contents-created')!({}, contents);
    expect(openHandler!()).toEqual({ action: 'deny' });
    const nav = (name: string, url?: string) => {
      let prevented = false;
      listeners.get(name)!({ preventDefault: () => void (prevented = true) }, url);
      return prevented;
    };
    expect(nav('will-navigate', 'https://example.com/')).toBe(true);
    expect(nav('will-navigate', 'file:///app/out/renderer/index.html#/')).toBe(false);
    expect(nav('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(nav('will-attach-webview')).toBe(true);
  });

  it('refuses every permission and every network request of the session', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const ses = {
      setPermissionRequestHandler: (h: typeof request) => void (request = h),
      setPermissionCheckHandler: (h: typeof check) => void (check = h),
      setDevicePermissionHandler: () => undefined,
      webRequest: { onBeforeRequest: (h: typeof before) => void (before = h), onHeadersReceived: vi.fn() },
    };
    hardenSession(ses as never, policy);
    let granted: boolean | undefined;
    request!(null, 'media', (ok) => void (granted = ok));
    expect(granted).toBe(false);
    expect(check!()).toBe(false);
    const cancel = (url: string) => {
      let r: boolean | undefined;
      before!({ url }, (res) => void (r = res.cancel));
      return r;
    };
    expect(cancel('https://fonts.example/x.css')).toBe(true);
    expect(cancel('file:///app/out/renderer/assets/index.js')).toBe(false);
    expect(ses.webRequest.onHeadersReceived).not.toHaveBeenCalled();
  });
});
