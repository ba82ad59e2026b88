import { deflateRawSync } from 'node:zlib';
import * as zlib from 'node:zlib';

/** One entry of a hand-made archive: what it holds, and what its headers claim (a bomb lies or tells the truth). */
export interface CraftedEntry {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** Overrides the uncompressed size written in both headers (a lying entry). */
  claimedSize?: number;
  /** Stores this many bytes of already-deflated data instead of deflating `data` (with claimedSize). */
  raw?: Buffer;
}

const crc32 = (b: Buffer): number => (zlib as unknown as { crc32: (d: Buffer) => number }).crc32(b);

/**
 * A ZIP built byte by byte, so tests can write what no archiver would: names with `../` or a leading
 * `/`, entries whose headers lie about their size, many small entries. No ZIP64: under 65,535 entries.
 */
export function craftZip(entries: readonly CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.raw ?? (e.deflate ? deflateRawSync(e.data) : e.data);
    const method = e.raw || e.deflate ? 8 : 0;
    const size = e.claimedSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
