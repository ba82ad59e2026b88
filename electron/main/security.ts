import { app, BrowserWindow, type IpcMainInvokeEvent, type Session } from 'electron';
import { devCsp } from './csp';
import { isAllowedRequest, isAppUrl, isTrustedSender, type AppUrlPolicy } from './url-policy';

/**
 * Electron's security checklist, applied once for the whole app: every web contents (ours or any
 * that might appear) may not open windows, navigate away, attach webviews; the session refuses all
 * permissions and every network request.
 */
export function hardenApp(policy: AppUrlPolicy): void {
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, policy)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, policy)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

export function hardenSession(ses: Session, policy: AppUrlPolicy): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, policy) }));
  if (policy.devOrigin) {
    const csp = devCsp(new URL(policy.devOrigin).origin);
    ses.webRequest.onHeadersReceived((details, callback) =>
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } }),
    );
  }
}

/** IPC is answered only for the main frame of one of our windows, showing our own page. */
export function senderIsTrusted(event: IpcMainInvokeEvent, policy: AppUrlPolicy): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  const win = BrowserWindow.fromWebContents(event.sender);
  return isTrustedSender({ url: frame.url, isMainFrame: frame.parent === null, isOurWindow: win !== null && !win.isDestroyed() }, policy);
}
