import { Worker } from 'node:worker_threads';
import { CercleError, fromReason } from '../../core/errors';
import type { ParseJob, ParseOffload, SinkOp } from '../../core/ingest/offload';
import type { ParseWorkerData, ParseWorkerMessage } from './parse-worker';

/**
 * A ParseOffload over worker threads: one thread per offloaded file, started by `start` (the shells
 * know where the worker's code lives: TypeScript source under tsx for the CLI, a built file in Electron).
 */
export function workerOffload(start: (data: ParseWorkerData) => Worker): ParseOffload {
  return {
    parse: (job: ParseJob, onOps: (ops: SinkOp[]) => void, onRead?: (chars: number) => void) =>
      new Promise((resolve, reject) => {
        const ack = new SharedArrayBuffer(4);
        const acked = new Int32Array(ack);
        const worker = start({ kind: 'cercle-parse', job, ack });
        let settled = false;
        const fail = (err: unknown) => {
          if (settled) return;
          settled = true;
          void worker.terminate();
          reject(err);
        };
        worker.on('message', (m: ParseWorkerMessage) => {
          if (settled) return;
          if (m.type === 'ops') {
            onRead?.(m.read);
            try {
              onOps(m.ops as SinkOp[]);
            } catch (err) {
              fail(err); // a bad record, or the user cancelled: the parsing thread is stopped
              return;
            }
            Atomics.add(acked, 0, 1);
            Atomics.notify(acked, 0);
          } else if (m.type === 'done') {
            settled = true;
            void worker.terminate();
            resolve({ hash: m.hash });
          } else {
            fail(m.reason ? fromReason(m.reason) : Object.assign(new Error(m.message), { stack: m.stack }));
          }
        });
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new CercleError('shell.parse-thread-exited', { code })));
      }),
  };
}

/**
 * The CLI's offload. Bundled (out/cli/cercle.mjs, see bin/build-cli.mjs), the worker is the bundle beside
 * it; from the sources, the worker runs the TypeScript source through tsx, as the CLI itself does.
 */
export function sourceWorkerOffload(): ParseOffload {
  if (import.meta.url.endsWith('.mjs')) {
    const bundled = new URL('./parse-worker.mjs', import.meta.url);
    return workerOffload((workerData) => new Worker(bundled, { workerData }));
  }
  const script = new URL('./parse-worker.ts', import.meta.url).href;
  // Node 20 does not carry `--import tsx` into worker threads: the worker registers tsx itself, as
  // bin/cercle.mjs does, then loads the TypeScript source.
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nregister();\nawait import(${JSON.stringify(script)});\n`;
  const url = new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
  return workerOffload((workerData) => new Worker(url, { workerData }));
}
