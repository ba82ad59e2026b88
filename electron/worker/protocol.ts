import type { CercleEvent } from '../../src/core/contract/desktop-bridge';
import type { DispatchResult } from '../../src/node/service/dispatch';

/** What main hands the worker at start. */
export interface DbWorkerData {
  workspaceDir: string;
}

/** main → worker: one contract call. The worker parses `input` against the contract before use. */
export interface WorkerRequest {
  id: number;
  method: string;
  input: unknown;
}

/** worker → main: the answer to request `id`, or an event nobody asked for (import progress). */
export type WorkerMessage = ({ kind: 'reply'; id: number } & DispatchResult) | ({ kind: 'event' } & CercleEvent);

export function isWorkerRequest(msg: unknown): msg is WorkerRequest {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Record<string, unknown>;
  return typeof m.id === 'number' && typeof m.method === 'string';
}
