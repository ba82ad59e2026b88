/**
 * Which URLs count as "our app": the built index.html on disk, or the Vite dev server in development.
 * Pure, so the rule that guards IPC and navigation is unit-tested without Electron.
 */
export interface AppUrlPolicy {
  /** file:// URL of out/renderer/index.html. */
  indexFileUrl: string;
  /** Origin of the dev server (ELECTRON_RENDERER_URL), only when running `electron-vite dev`. */
  devOrigin?: string;
}

export function isAppUrl(url: string, policy: AppUrlPolicy): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:') {
    const index = new URL(policy.indexFileUrl);
    return u.pathname === index.pathname && u.host === index.host;
  }
  return (
    policy.devOrigin !== undefined && (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === new URL(policy.devOrigin).origin
  );
}

/** The network may be reached only by the dev server's own requests (HMR); devtools schemes stay local. */
export function isAllowedRequest(url: string, policy: AppUrlPolicy): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (['file:', 'devtools:', 'data:', 'blob:', 'chrome-extension:'].includes(u.protocol)) return true;
  if (!policy.devOrigin) return false;
  const dev = new URL(policy.devOrigin);
  return u.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol);
}

/** What an IPC sender looks like to the check: its frame's URL and whether it is a main frame. */
export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
  /** True when the sending web contents belongs to a window we opened. */
  isOurWindow: boolean;
}

export function isTrustedSender(frame: SenderFrame | null | undefined, policy: AppUrlPolicy): boolean {
  return !!frame && frame.isOurWindow && frame.isMainFrame && isAppUrl(frame.url, policy);
}
