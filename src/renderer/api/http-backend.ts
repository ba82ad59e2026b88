import { METHOD_NAMES, type Api } from '../../core/contract';
import { EVENT_NAMES, type CercleEvent } from '../../core/contract/desktop-bridge';
import type { CallResult } from '../../core/contract/call-result';
import type { Backend } from './backend';
import { unwrapCall } from './call-error';
import type { TFunction } from 'i18next';

/**
 * The contract over the loopback bridge of `cercle serve`: POST /api/<method> with the bearer token,
 * and server-sent events for progress (imports, themes runs). Used by the browser harness and the end-to-end tests.
 */
export function createHttpBackend(token: string, origin: string, t: TFunction): Backend {
  const call = async (method: string, input: unknown): Promise<unknown> => {
    let res: Response;
    try {
      res = await fetch(`${origin}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new Error(t('api.unreachable', { origin }));
    }
    if (res.status === 401) throw new Error(t('api.badToken'));
    let body: CallResult;
    try {
      body = (await res.json()) as CallResult;
    } catch {
      throw new Error(t('api.notJson', { method, status: res.status }));
    }
    return unwrapCall(body);
  };

  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const m of METHOD_NAMES) api[m] = (input) => call(m, input);

  const listeners = new Set<(e: CercleEvent) => void>();
  let source: EventSource | undefined;
  const relay = (event: CercleEvent['event']) => (msg: MessageEvent<string>) => {
    const e = { event, data: JSON.parse(msg.data) as unknown } as CercleEvent;
    for (const l of listeners) l(e);
  };

  return {
    api: api as Api,
    onEvent(listener) {
      listeners.add(listener);
      // One stream for all subscribers, opened on first need and closed when the last one leaves.
      if (!source) {
        source = new EventSource(`${origin}/api/events?token=${encodeURIComponent(token)}`);
        for (const name of EVENT_NAMES) source.addEventListener(name, relay(name));
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = undefined;
        }
      };
    },
    desktop: null,
  };
}
