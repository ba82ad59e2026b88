import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { InputFile } from '../../core/importers/types';
import { ImportError } from '../../core/errors';
import { MAX_WHOLE_TEXT_BYTES } from './archive-limits';
import { decodeChunks, decodeHead, decodeWhole } from './text-decoding';

const HEAD_BYTES = 64 * 1024;
/** Files up to this size may be read in one piece (a ZIP entry inflated in one call) instead of streamed. */
export const WHOLE_READ_BYTES = 1024 * 1024;

/** Where a file's bytes come from: a stream that can be opened again, and for small files the bytes in one piece. */
export interface ByteSource {
  open(): Promise<Readable>;
  whole?(): Promise<Buffer>;
}

export interface StreamInputOptions {
  /** The file on disk, when it is one (the parse worker reopens it there). */
  diskPath?: string;
}

/**
 * An InputFile over any re-openable byte stream (a disk file, a ZIP entry, a buffer). The SHA-256 is
 * computed as a side effect of the first complete read, so a streamed import hashes in the same pass.
 * Its bytes become text here, for every importer alike: UTF-8, or UTF-16 announced by a BOM (text-decoding.ts).
 * A class, not an object of closures: an Instagram archive of 1M interactions is 111k files, and seven
 * closures per file held ~1.4 KB each through the whole import (~150 MB).
 */
export class StreamedInput implements InputFile {
  private digest: string | undefined;
  readonly diskPath?: string;

  constructor(
    readonly path: string,
    readonly innerPath: string,
    readonly size: number,
    private readonly source: ByteSource,
    diskPath?: string,
  ) {
    if (diskPath !== undefined) this.diskPath = diskPath;
  }

  private async *bytes(): AsyncGenerator<Buffer> {
    if (this.source.whole) {
      const all = await this.source.whole();
      this.digest ??= createHash('sha256').update(all).digest('hex');
      yield all;
      return;
    }
    const stream = await this.source.open();
    const hash = this.digest ? undefined : createHash('sha256');
    let complete = false;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash?.update(chunk);
        yield chunk;
      }
      complete = true;
    } catch (err) {
      // A truncated or corrupt file (or ZIP entry) surfaces here: name the file, in one line.
      if (err instanceof ImportError) throw err;
      throw new ImportError('import.read-cut-short', { file: this.path, detail: (err as Error).message });
    } finally {
      if (!complete) stream.destroy();
      else if (hash) this.digest = hash.digest('hex');
    }
  }

  async head(): Promise<string> {
    if (this.source.whole) return decodeHead((await this.source.whole()).subarray(0, HEAD_BYTES));
    const parts: Buffer[] = [];
    let n = 0;
    const stream = await this.source.open();
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        parts.push(chunk);
        n += chunk.length;
        if (n >= HEAD_BYTES) break;
      }
    } finally {
      stream.destroy();
    }
    // Cut on a whole character so a multi-byte one is never split into garbage.
    return decodeHead(Buffer.concat(parts).subarray(0, HEAD_BYTES));
  }

  async text(): Promise<string> {
    const parts: Buffer[] = [];
    let n = 0;
    for await (const chunk of this.bytes()) {
      n += chunk.length;
      if (n > MAX_WHOLE_TEXT_BYTES)
        throw new ImportError('import.too-large-whole', { file: this.path, limitMb: MAX_WHOLE_TEXT_BYTES / 2 ** 20 });
      parts.push(chunk);
    }
    return decodeWhole(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
  }

  chunks(): AsyncIterable<string> {
    return decodeChunks(this.bytes());
  }

  async hash(): Promise<string> {
    if (!this.digest) for await (const _ of this.bytes()) void _;
    return this.digest!;
  }
}

/** An InputFile over a stream opener (disk files, uploads, tests). */
export function streamInputFile(
  path: string,
  innerPath: string,
  size: number,
  open: () => Promise<Readable>,
  { diskPath }: StreamInputOptions = {},
): InputFile {
  return new StreamedInput(path, innerPath, size, { open }, diskPath);
}
