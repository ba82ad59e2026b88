import { type Api, METHOD_NAMES } from '../../core/contract';
import type { CallResult } from '../../core/contract/call-result';
import type { DesktopBridge } from '../../core/contract/desktop-bridge';
import { unwrapCall } from './call-error';
import type { Backend } from './backend';
import { createHttpBackend } from './http-backend';
import type { TFunction } from 'i18next';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in a browser. */
    cercle?: DesktopBridge<File>;
  }
}

/** The desktop preload's bridge if there is one, else the HTTP bridge named by the page URL's token. */
export function createBackend(loc: Location, t: TFunction): Backend {
  const bridge = window.cercle;
  if (bridge) {
    const { onEvent, shell, ...calls } = bridge;
    const api: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const m of METHOD_NAMES) api[m] = (input) => (calls[m] as (i: unknown) => Promise<CallResult>)(input).then(unwrapCall);
    return { api: api as Api, onEvent, desktop: shell };
  }
  const token = new URLSearchParams(loc.search).get('token');
  if (!token) throw new Error(t('api.noBackend'));
  return createHttpBackend(token, loc.origin, t);
}
