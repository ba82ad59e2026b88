import type { DesktopBridge } from '../../core/contract/desktop-bridge';
import type { Backend } from './backend';
import { createHttpBackend } from './http-backend';
import { apiStrings } from './strings';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in a browser. */
    cercle?: DesktopBridge<File>;
  }
}

/** The desktop preload's bridge if there is one, else the HTTP bridge named by the page URL's token. */
export function createBackend(loc: Location = window.location): Backend {
  const bridge = window.cercle;
  if (bridge) {
    const { onEvent, shell, ...api } = bridge;
    return { api, onEvent, desktop: shell };
  }
  const token = new URLSearchParams(loc.search).get('token');
  if (!token) throw new Error(apiStrings.noBackend);
  return createHttpBackend(token, loc.origin);
}
