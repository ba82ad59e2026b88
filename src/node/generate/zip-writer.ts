import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** zlib.crc32 (Node ≥ 20.15) when present, a table otherwise. */
function crc32(buf: Buffer, prev: number): number {
  const native = (zlib as { crc32?: (data: Buffer, value?: number) => number }).crc32;
  if (native) return native(buf, prev);
  let c = ~prev;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

interface Entry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

const U32 = 0xffffffff;
const SMALL = 256 * 1024;

/** Reads chunks until `limit` characters or the end; `done` says whether the end was reached. */
function takeUpTo(it: Iterator<string>, limit: number): { text: string; done: boolean } {
  const parts: string[] = [];
  let n = 0;
  while (n < limit) {
    const r = it.next();
    if (r.done) return { text: parts.join(''), done: true };
    parts.push(r.value);
    n += r.value.length;
  }
  return { text: parts.join(''), done: false };
}

function* prepend(head: string, it: Iterator<string>): Generator<string> {
  yield head;
  for (let r = it.next(); !r.done; r = it.next()) yield r.value;
}

/** Text chunks regrouped into buffers of about 1 MiB: fewer, larger writes. */
export async function* batched(chunks: Iterable<string>, onBuffer?: (b: Buffer) => void): AsyncGenerator<Buffer> {
  let parts: string[] = [];
  let n = 0;
  for (const c of chunks) {
    parts.push(c);
    n += c.length;
    if (n >= 1 << 20) {
      const b = Buffer.from(parts.join(''), 'utf8');
      onBuffer?.(b);
      yield b;
      parts = [];
      n = 0;
    }
  }
  if (n > 0) {
    const b = Buffer.from(parts.join(''), 'utf8');
    onBuffer?.(b);
    yield b;
  }
}

/**
 * A streaming ZIP writer (yauzl only reads): each entry is deflated as it is generated, with its CRC
 * and sizes in a data descriptor after the data, so no entry is ever held whole in memory. Archives
 * with more than 65,535 entries get the ZIP64 end records. Entries and archive offsets stay below
 * 4 GiB (Cercle's generated archives are far smaller); beyond, it refuses rather than write a bad file.
 */
export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  /** Small writes are gathered and flushed by the MiB: an archive can hold 100,000 tiny threads. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly dosTime: number;
  private readonly dosDate: number;

  private constructor(
    private readonly fh: FileHandle,
    when: Date,
  ) {
    this.dosTime = (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2);
    this.dosDate = ((when.getFullYear() - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate();
  }

  static async create(path: string, when = new Date()): Promise<ZipWriter> {
    return new ZipWriter(await open(path, 'w'), when);
  }

  private async write(b: Buffer): Promise<void> {
    this.pending.push(b);
    this.pendingBytes += b.length;
    this.offset += b.length;
    if (this.pendingBytes >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const b = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.fh.write(b);
  }

  async addFile(path: string, chunks: Iterable<string>): Promise<{ size: number; compressed: number }> {
    const name = Buffer.from(path, 'utf8');
    const offset = this.offset;
    if (offset >= U32) throw new Error(`ZIP archive over 4 GiB before entry ${path}`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // data descriptor follows; names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(this.dosTime, 10);
    local.writeUInt16LE(this.dosDate, 12);
    local.writeUInt16LE(name.length, 26);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const it = chunks[Symbol.iterator]();
    const first = takeUpTo(it, SMALL);
    if (first.done) {
      // Small entries (most of an Instagram archive): one synchronous deflate, one write.
      const data = Buffer.from(first.text, 'utf8');
      const packed = zlib.deflateRawSync(data, { level: 6 });
      crc = crc32(data, 0);
      size = data.length;
      compressed = packed.length;
      await this.write(Buffer.concat([local, name, packed]));
    } else {
      await this.write(Buffer.concat([local, name]));
      const rest: Iterable<string> = { [Symbol.iterator]: () => prepend(first.text, it) };
      await pipeline(
        Readable.from(
          batched(rest, (b) => {
            crc = crc32(b, crc);
            size += b.length;
          }),
        ),
        zlib.createDeflateRaw({ level: 6 }),
        async (source: AsyncIterable<Buffer>) => {
          for await (const out of source) {
            await this.write(out);
            compressed += out.length;
          }
        },
      );
    }
    if (size >= U32 || compressed >= U32) throw new Error(`ZIP entry ${path} is over 4 GiB`);
    const desc = Buffer.alloc(16);
    desc.writeUInt32LE(0x08074b50, 0);
    desc.writeUInt32LE(crc >>> 0, 4);
    desc.writeUInt32LE(compressed, 8);
    desc.writeUInt32LE(size, 12);
    await this.write(desc);
    this.entries.push({ name, crc: crc >>> 0, compressed, size, offset });
    return { size, compressed };
  }

  async close(): Promise<void> {
    const cdStart = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(0x031e, 4); // made by: Unix, spec 3.0
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0808, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(this.dosTime, 12);
      h.writeUInt16LE(this.dosDate, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE((0o100644 << 16) >>> 0, 38);
      h.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([h, e.name]));
    }
    const cdSize = this.offset - cdStart;
    const n = this.entries.length;
    if (n > 0xffff || cdStart >= U32) {
      const z64 = Buffer.alloc(56);
      z64.writeUInt32LE(0x06064b50, 0);
      z64.writeBigUInt64LE(44n, 4);
      z64.writeUInt16LE(45, 12);
      z64.writeUInt16LE(45, 14);
      z64.writeBigUInt64LE(BigInt(n), 24);
      z64.writeBigUInt64LE(BigInt(n), 32);
      z64.writeBigUInt64LE(BigInt(cdSize), 40);
      z64.writeBigUInt64LE(BigInt(cdStart), 48);
      const loc = Buffer.alloc(20);
      loc.writeUInt32LE(0x07064b50, 0);
      loc.writeBigUInt64LE(BigInt(this.offset), 8);
      loc.writeUInt32LE(1, 16);
      await this.write(Buffer.concat([z64, loc]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(n, 0xffff), 8);
    end.writeUInt16LE(Math.min(n, 0xffff), 10);
    end.writeUInt32LE(Math.min(cdSize, U32), 12);
    end.writeUInt32LE(Math.min(cdStart, U32), 16);
    await this.write(end);
    await this.flush();
    await this.fh.close();
  }

  /** Closes the file without finishing the archive (after an error). */
  async abort(): Promise<void> {
    await this.fh.close().catch(() => undefined);
  }
}
