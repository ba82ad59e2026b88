import type { Worker } from 'node:worker_threads';
import type { CercleEvent } from '../../src/core/contract/desktop-bridge';
import { failure } from '../../src/core/contract/call-result';
import { fromReason } from '../../src/core/errors';
import type { DispatchResult } from '../../src/node/service/dispatch';
import type { WorkerMessage, WorkerRequest } from './protocol';

type Pending = (r: DispatchResult) => void;

/**
 * Main's handle on the database worker: calls resolve to the worker's one-line result (never reject),
 * so IPC handlers can pass them straight to the window. If the worker dies, its pending calls fail with
 * one line and the next call starts a fresh worker (the files on disk are always in a saved state).
 */
export class DbWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(e: CercleEvent) => void>();

  constructor(private readonly spawn: () => Worker) {}

  call(method: string, input: unknown): Promise<DispatchResult> {
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise<DispatchResult>((resolve) => {
      this.pending.set(id, resolve);
      const req: WorkerRequest = { id, method, input };
      try {
        worker.postMessage(req);
      } catch (err) {
        this.pending.delete(id);
        resolve(failure('bad-request', 'request.unsendable', { method, detail: (err as Error).message }));
      }
    });
  }

  /** For main's own calls (e.g. making the demo client at start): the value, or an Error with the one line. */
  async value<T>(method: string, input: unknown): Promise<T> {
    const r = await this.call(method, input);
    if (!r.ok) throw fromReason(r.reason);
    return r.value as T;
  }

  onEvent(listener: (e: CercleEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
    this.failAll(failure('internal', 'shell.worker-stopped'));
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = this.spawn();
    w.on('message', (msg: WorkerMessage) => this.receive(msg));
    w.on('error', (err) => this.lost(w, failure('internal', 'shell.worker-failed', { detail: err.message.split('\n')[0]! })));
    w.on('exit', (code) => this.lost(w, failure('internal', 'shell.worker-exited', { code })));
    this.worker = w;
    return w;
  }

  private receive(msg: WorkerMessage): void {
    if (msg.kind === 'event') {
      const { kind: _kind, ...event } = msg;
      for (const l of this.listeners) l(event);
      return;
    }
    const done = this.pending.get(msg.id);
    if (!done) return;
    this.pending.delete(msg.id);
    const { kind: _kind, id: _id, ...result } = msg;
    done(result);
  }

  private lost(w: Worker, why: DispatchResult): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    this.failAll(why);
  }

  private failAll(why: DispatchResult): void {
    for (const done of this.pending.values()) done(why);
    this.pending.clear();
  }
}
