import type { InputFile } from '../importers/types';
import { ImportError } from '../errors';

/** Files below this size are read whole by head() (it reads up to 64 KiB), so reading them never stops a stream half-way. */
const WHOLE_HEAD = 64 * 1024;
/** Files up to this size are read ahead of their import, at most AHEAD_FILES of them at once. */
const AHEAD_BYTES = 1024 * 1024;
const AHEAD_FILES = 8;
const IN_FLIGHT = 8;

/**
 * The first bytes of every file. An export archive holds thousands of small files, and opening ZIP
 * entries one after the other left an import mostly waiting (Instagram, 11k files: 7.7 s idle of 22 s),
 * so small files are read several at a time. Larger files are read one by one afterwards: their head
 * stops the stream early, and yauzl's reader fails when a stream is stopped while another stream's
 * read is queued behind it.
 */
export async function readHeads(files: readonly InputFile[]): Promise<string[]> {
  const heads = new Array<string>(files.length);
  const read = async (k: number) => {
    try {
      heads[k] = await files[k]!.head();
    } catch (err) {
      throw new ImportError('import.unreadable', { file: files[k]!.path, detail: (err as Error).message });
    }
  };
  const small = [...files.keys()].filter((k) => files[k]!.size < WHOLE_HEAD);
  await pool(small, IN_FLIGHT, read);
  for (const k of files.keys()) if (files[k]!.size >= WHOLE_HEAD) await read(k);
  return heads;
}

async function pool(items: readonly number[], width: number, fn: (k: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (next < items.length && !failed) {
      try {
        await fn(items[next++]!);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  // allSettled first: every read has ended before the caller may close the archive.
  const results = await Promise.allSettled(Array.from({ length: Math.min(width, items.length) }, lane));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}

/**
 * Reads small files ahead of the sequential import: while one file is parsed and written, the next
 * few are already being read, so the import does not wait on each ZIP entry in turn. The returned
 * files serve text()/chunks() from memory once read; hash() is the underlying file's (computed by
 * the same read). `settle()` waits for reads still in flight, so the archive can be closed safely.
 */
export class ReadAhead {
  private readonly texts = new Map<number, Promise<string>>();
  private next = 0;

  constructor(private readonly files: readonly InputFile[]) {}

  /** File k, with the following small files started. */
  take(k: number): InputFile {
    while (this.next < this.files.length && this.next <= k + AHEAD_FILES) {
      const j = this.next++;
      const f = this.files[j]!;
      if (j > k && f.size <= AHEAD_BYTES) {
        const p = f.text();
        p.catch(() => undefined); // surfaces when the file is imported
        this.texts.set(j, p);
      }
    }
    const file = this.files[k]!;
    const ahead = this.texts.get(k);
    if (!ahead) return file;
    this.texts.delete(k);
    return {
      path: file.path,
      innerPath: file.innerPath,
      size: file.size,
      head: () => file.head(),
      text: () => ahead,
      async *chunks() {
        yield await ahead;
      },
      hash: () => ahead.then(() => file.hash()),
    };
  }

  async settle(): Promise<void> {
    await Promise.allSettled(this.texts.values());
    this.texts.clear();
  }
}
