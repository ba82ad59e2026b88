/**
 * The parsing thread of an offloaded import (core/ingest/offload.ts): runs one importer over one file
 * on disk and posts what it records, in batches, to the thread that writes. It never touches a
 * database. Flow control: at most MAX_UNACKED batches wait at the writer, so a fast parser cannot
 * fill memory with records the writer has not taken yet.
 */
import { createReadStream } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { IMPORTERS } from '../../core/importers/registry';
import { CercleError, type ErrorReason } from '../../core/errors';
import { type ParseJob, recordingSink } from '../../core/ingest/offload';
import { countReads } from '../../core/ingest/read-progress';
import { streamInputFile } from '../sources/input-file';

export interface ParseWorkerData {
  kind: 'cercle-parse';
  job: ParseJob;
  /** Int32 counter of batches the writer has replayed. */
  ack: SharedArrayBuffer;
}

export type ParseWorkerMessage =
  | { type: 'ops'; ops: unknown[]; read: number }
  | { type: 'done'; hash: string }
  | { type: 'error'; reason?: ErrorReason; message: string; stack?: string };

const MAX_UNACKED = 8;

async function run(data: ParseWorkerData): Promise<void> {
  const port = parentPort!;
  const { job } = data;
  const ack = new Int32Array(data.ack);
  const post = (m: ParseWorkerMessage) => port.postMessage(m);
  try {
    const importer = IMPORTERS.find((i) => i.format === job.format);
    if (!importer) throw new Error(`no importer for ${job.format}`);
    let read = 0;
    const file = countReads(
      streamInputFile(job.path, job.innerPath, job.size, async () => createReadStream(job.diskPath)),
      (chars) => (read = chars),
    );
    let sent = 0;
    const sink = recordingSink(job.brands, (ops) => {
      post({ type: 'ops', ops, read });
      sent++;
      for (let done = Atomics.load(ack, 0); sent - done > MAX_UNACKED; done = Atomics.load(ack, 0)) Atomics.wait(ack, 0, done, 250);
    });
    await importer.import(file, sink, { timezone: job.timezone, files: [file] });
    sink.flush();
    post({ type: 'done', hash: await file.hash() });
  } catch (err) {
    // A CercleError crosses as its code and parameters; anything else as its message and stack.
    if (err instanceof CercleError) post({ type: 'error', reason: err.toReason(), message: err.message });
    else
      post({
        type: 'error',
        message: err instanceof Error ? err.message : String(err),
        stack: err instanceof Error ? err.stack : undefined,
      });
  }
}

if (!isMainThread && (workerData as ParseWorkerData | undefined)?.kind === 'cercle-parse') void run(workerData as ParseWorkerData);
