import { close, fstat, open, read } from 'node:fs';
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { ImportError } from '../../core/errors';

/**
 * ZIP archives through yauzl, read the way export archives need: an Instagram export of 1M interactions
 * is 111k small JSON files. yauzl reads the central directory with two file reads per entry, and each
 * entry with two more plus a read stream and an inflate stream; with the file heads read for detection
 * and the files read again for their import, that was four streams and ~six reads per 2 KB file. Here
 * the reads go through blocks of the archive kept in memory (the directory and the entries are read in
 * file order, so a block serves hundreds of them), and a small entry is inflated in one call.
 */
export interface OpenZip {
  zip: yauzl.ZipFile;
  /** `length` bytes of the archive from `position`. */
  range(position: number, length: number): Promise<Buffer>;
}

/** The block size, and how many blocks are kept (most recently used): 8 MB per open archive. */
const BLOCK = 1024 * 1024;
const KEEP = 8;

/**
 * yauzl's random-access reader over a file descriptor, with the last few blocks read kept. Large ranges
 * (a big entry's stream, a range past a block's size) go to the file directly.
 */
class BlockReader extends yauzl.RandomAccessReader {
  private readonly blocks = new Map<number, Promise<Buffer>>();

  constructor(
    private readonly fd: number,
    private readonly size: number,
  ) {
    super();
  }

  private block(i: number): Promise<Buffer> {
    const kept = this.blocks.get(i);
    if (kept) {
      this.blocks.delete(i);
      this.blocks.set(i, kept);
      return kept;
    }
    const p = readExactly(this.fd, i * BLOCK, Math.min(BLOCK, this.size - i * BLOCK));
    // a failed read is not kept (nor does it drop a later read of the same block)
    p.catch(() => this.blocks.get(i) === p && this.blocks.delete(i));
    this.blocks.set(i, p);
    if (this.blocks.size > KEEP) this.blocks.delete(this.blocks.keys().next().value!);
    return p;
  }

  async range(position: number, length: number): Promise<Buffer> {
    checkInside(position, length, this.size);
    if (length > BLOCK) return readExactly(this.fd, position, length);
    const first = Math.floor(position / BLOCK);
    const last = Math.floor((position + Math.max(0, length - 1)) / BLOCK);
    if (first === last) {
      const b = await this.block(first);
      const start = position - first * BLOCK;
      return b.subarray(start, start + length);
    }
    const out = Buffer.allocUnsafe(length);
    let written = 0;
    for (let i = first; i <= last; i++) {
      const b = await this.block(i);
      const from = i === first ? position - first * BLOCK : 0;
      written += b.copy(out, written, from, Math.min(b.length, from + length - written));
    }
    return out;
  }

  // yauzl's callback also takes the count of bytes read (its types omit it); range() reads them all or fails.
  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    this.range(position, length).then(
      (b) => {
        b.copy(buffer, offset);
        callback(null, length);
      },
      (err: Error) => callback(err),
    );
  }

  // Not fs.createReadStream: destroying one (a head read stops its stream early) closes the shared descriptor.
  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeStream(this.fd, start, end);
  }

  override close(callback: (err: Error | null) => void): void {
    this.blocks.clear();
    close(this.fd, (err) => callback(err ?? null));
  }
}

/** Bytes [start, end) of a descriptor it does not own, read with positioned reads. */
class RangeStream extends Readable {
  constructor(
    private readonly fd: number,
    private position: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: 256 * 1024 });
  }

  override _read(size: number): void {
    const n = Math.min(size, this.end - this.position);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafe(n);
    read(this.fd, buf, 0, n, this.position, (err, got) => {
      if (err) return this.destroy(err);
      if (got === 0) return this.destroy(new Error(`unexpected end of the archive at byte ${this.position}`));
      this.position += got;
      this.push(got < n ? buf.subarray(0, got) : buf);
    });
  }
}

function checkInside(position: number, length: number, size: number): void {
  if (position < 0 || position + length > size) throw new Error(`read past the end of the archive (${position} + ${length} > ${size})`);
}

function readExactly(fd: number, position: number, length: number): Promise<Buffer> {
  const out = Buffer.allocUnsafe(length);
  return new Promise((resolve, reject) => {
    const step = (done: number) => {
      if (done === length) return resolve(out);
      read(fd, out, done, length - done, position + done, (err, n) => {
        if (err) return reject(err);
        if (n === 0) return reject(new Error(`unexpected end of the archive at byte ${position + done}`));
        step(done + n);
      });
    };
    step(0);
  });
}

const zipOptions = { lazyEntries: true, autoClose: false, decodeStrings: true } as const;

export async function openZipFile(path: string): Promise<OpenZip> {
  const unreadable = (err: unknown) =>
    new ImportError('import.zip-unreadable', { file: path, detail: (err as Error)?.message ?? 'unknown error' });
  const fd = await new Promise<number>((resolve, reject) => open(path, 'r', (err, fd) => (err ? reject(unreadable(err)) : resolve(fd))));
  try {
    const size = await new Promise<number>((resolve, reject) => fstat(fd, (err, st) => (err ? reject(unreadable(err)) : resolve(st.size))));
    const reader = new BlockReader(fd, size);
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromRandomAccessReader(reader, size, zipOptions, (err, zip) => (err || !zip ? reject(unreadable(err)) : resolve(zip))),
    );
    return { zip, range: (position, length) => reader.range(position, length) };
  } catch (err) {
    close(fd, () => undefined);
    throw err;
  }
}

export async function openZipBuffer(label: string, buf: Buffer): Promise<OpenZip> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buf, zipOptions, (err, zip) =>
      err || !zip
        ? reject(new ImportError('import.zip-unreadable', { file: label, detail: err?.message ?? 'unknown error' }))
        : resolve(zip),
    ),
  );
  return {
    zip,
    range: async (position, length) => {
      checkInside(position, length, buf.length);
      return buf.subarray(position, position + length);
    },
  };
}

/**
 * An archive error after its directory was read (closing it): the listing has resolved, a read that
 * fails rejects on its own, and an 'error' with no listener would stop the process.
 */
const lateError = (): void => undefined;

/** Every entry of the central directory, in its order. */
export function zipEntries(label: string, { zip }: OpenZip): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    const onEntry = (e: yauzl.Entry) => {
      entries.push(e);
      zip.readEntry();
    };
    // The listeners go once the directory is read: kept on the archive, they held the whole entry list
    // (111k entries at 1M Instagram interactions) for as long as the archive stayed open.
    const done = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
      zip.on('error', lateError);
    };
    const onEnd = () => {
      done();
      resolve(entries);
    };
    const onError = (err: Error) => {
      done();
      reject(new ImportError('import.zip-damaged', { file: label, detail: err.message }));
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** An entry as a stream (large entries), inflated by yauzl, which checks the size it declares. */
export function openEntry(shown: string, { zip }: OpenZip, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream)
        return reject(new ImportError('import.zip-entry-unreadable', { file: shown, detail: err?.message ?? 'unknown error' }));
      resolve(stream);
    }),
  );
}

const STORED = 0;
const DEFLATED = 8;

/**
 * A small entry's bytes in one piece: its compressed bytes read at once and inflated in one call. The
 * same checks as yauzl's stream: no encryption, stored or deflated only, and exactly the declared size
 * (inflating stops one byte past it, so a lying header cannot fill memory).
 */
export async function readEntryBytes(shown: string, open: OpenZip, entry: yauzl.Entry): Promise<Buffer> {
  const fail = (detail: string) => new ImportError('import.zip-entry-unreadable', { file: shown, detail });
  if (entry.isEncrypted()) throw fail('entry is encrypted');
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED)
    throw fail(`unsupported compression method ${entry.compressionMethod}`);
  let bytes: Buffer;
  try {
    const { fileDataStart } = await open.zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const raw = await open.range(fileDataStart, entry.compressedSize);
    bytes = entry.compressionMethod === DEFLATED ? inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 }) : raw;
  } catch (err) {
    throw fail((err as Error).message);
  }
  if (bytes.length !== entry.uncompressedSize)
    throw fail(`expected ${entry.uncompressedSize} bytes, got ${bytes.length}${bytes.length > entry.uncompressedSize ? ' or more' : ''}`);
  return bytes;
}
