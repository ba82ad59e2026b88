import type { Api, MethodName } from '../../src/core/contract';
import { channelFor, EVENT_CHANNEL, OPEN_IMPORT_CHANNEL, type CercleEvent, type DesktopBridge, type ImportPickKind } from '../../src/core/contract/desktop-bridge';

/** The few ipcRenderer abilities the bridge needs, so it can be built and tested without Electron. */
export interface IpcLike {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

type Wire = { ok: true; value: unknown } | { ok: false; error: string };

/** Main answers every call with the dispatch result; a failure becomes an Error carrying the one line. */
async function unwrap(p: Promise<unknown>): Promise<unknown> {
  const r = (await p) as Wire;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error('the desktop shell gave an answer of an unknown shape');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/**
 * Builds `window.cercle`: one function per contract method, each bound to its own channel (never a
 * generic send), an event subscription that hands the page the payload only (never Electron's event
 * object), and the two desktop-only abilities.
 */
export function buildBridge<F>(methods: readonly MethodName[], ipc: IpcLike, pathForFile: (file: F) => string): DesktopBridge<F> {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const m of methods) {
    const channel = channelFor(m);
    api[m] = (input: unknown) => unwrap(ipc.invoke(channel, input ?? {}));
  }
  return {
    ...(api as Api),
    onEvent: (listener: (e: CercleEvent) => void) => ipc.on(EVENT_CHANNEL, (payload) => listener(payload as CercleEvent)),
    shell: {
      openImportDialog: (kind: ImportPickKind) => unwrap(ipc.invoke(OPEN_IMPORT_CHANNEL, { kind })) as Promise<string[]>,
      pathForFile: (file: F) => {
        try {
          return pathForFile(file);
        } catch {
          return '';
        }
      },
    },
  };
}
