import type { MethodName } from '../../src/core/contract';
import { type CallResult, failure, isCallResult } from '../../src/core/contract/call-result';
import {
  channelFor,
  EVENT_CHANNEL,
  OPEN_IMPORT_CHANNEL,
  type CercleEvent,
  type DesktopApi,
  type DesktopBridge,
  type ImportPickKind,
} from '../../src/core/contract/desktop-bridge';

/** The few ipcRenderer abilities the bridge needs, so it can be built and tested without Electron. */
export interface IpcLike {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Main answers every call with the dispatch result, passed on as it is: an Error thrown here would reach
 * the page with its message only (contextBridge drops other fields), and the page needs the reason's code
 * and parameters to say it in the user's language. The renderer turns failures into errors.
 */
async function checked(p: Promise<unknown>): Promise<CallResult> {
  const r = await p;
  return isCallResult(r) ? r : failure('internal', 'shell.bad-answer');
}

/** The one desktop-only call that is not a contract method: its failure is an Error with the one line. */
async function unwrap(p: Promise<unknown>): Promise<unknown> {
  const r = await checked(p);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/**
 * Builds `window.cercle`: one function per contract method, each bound to its own channel (never a
 * generic send), an event subscription that hands the page the payload only (never Electron's event
 * object), and the two desktop-only abilities.
 */
export function buildBridge<F>(methods: readonly MethodName[], ipc: IpcLike, pathForFile: (file: F) => string): DesktopBridge<F> {
  const api: Record<string, (input: unknown) => Promise<CallResult>> = {};
  for (const m of methods) {
    const channel = channelFor(m);
    api[m] = (input: unknown) => checked(ipc.invoke(channel, input ?? {}));
  }
  return {
    ...(api as DesktopApi),
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
