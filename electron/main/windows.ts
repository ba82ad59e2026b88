import { BrowserWindow, nativeTheme } from 'electron';
import { palettes } from '../../src/core/charts/palette';
import type { AppUrlPolicy } from './url-policy';

export interface WindowPaths {
  preload: string;
  indexHtml: string;
}

/**
 * The app window. `route` is the renderer's hash route (e.g. `/client/demo`), so main can open the
 * window directly on a client.
 */
export function createMainWindow(paths: WindowPaths, policy: AppUrlPolicy, route: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1320,
    height: 880,
    minWidth: 980,
    minHeight: 640,
    show: false,
    title: 'Cercle',
    // The page's own background, so the window does not flash another colour before the first paint.
    backgroundColor: palettes[nativeTheme.shouldUseDarkColors ? 'dark' : 'light'].bg,
    autoHideMenuBar: true,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (policy.devOrigin) void win.loadURL(`${policy.devOrigin}#${route}`);
  else void win.loadFile(paths.indexHtml, { hash: route });
  return win;
}
