import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ZipWriter } from '../generate/zip-writer';
import { collectInputs } from './collect-inputs';
import { openEntry, openZipBuffer, openZipFile, readEntryBytes, zipEntries, type OpenZip } from './zip-reader';

const dir = mkdtempSync(join(tmpdir(), 'cercle-zip-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text that deflate cannot shrink to nothing (so entries span several 1 MB blocks of the archive). */
function noisy(chars: number, seed: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < chars; i += 8) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(x.toString(36).padStart(8, '0').slice(0, 8));
  }
  return out.join('').slice(0, chars);
}

const CONTENTS: Record<string, string> = {
  'a/tiny.json': '{"a":1}',
  'a/medium.json': JSON.stringify({ text: noisy(300_000, 1) }),
  'b/large.json': JSON.stringify({ text: noisy(2_500_000, 2) }), // over the whole-read size: streamed
  'b/empty.txt': '',
  'c/accents.csv': 'nom,texte\nÉlodie,"Très belle senteur 🌸"\n',
};

async function writeArchive(): Promise<string> {
  const path = join(dir, 'archive.zip');
  const w = await ZipWriter.create(path);
  for (const [name, text] of Object.entries(CONTENTS)) await w.addFile(name, [text]);
  await w.close();
  return path;
}

async function streamed(open: OpenZip, label: string, entry: Parameters<typeof readEntryBytes>[2]): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of await openEntry(label, open, entry)) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** One stored (uncompressed) entry, the way some tools write small files; built by hand. */
function storedZip(name: string, data: Buffer): Buffer {
  const n = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(n.length, 28);
  const cdOffset = 30 + n.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}

describe('ZIP entries read through the block reader', () => {
  it('gives every entry the same bytes whole and streamed, equal to what was written', async () => {
    const open = await openZipFile(await writeArchive());
    try {
      const entries = await zipEntries('archive.zip', open);
      expect(entries.map((e) => e.fileName)).toEqual(Object.keys(CONTENTS));
      for (const e of entries) {
        const want = Buffer.from(CONTENTS[e.fileName]!, 'utf8');
        expect((await readEntryBytes(e.fileName, open, e)).equals(want)).toBe(true);
        expect((await streamed(open, e.fileName, e)).equals(want)).toBe(true);
      }
    } finally {
      open.zip.close();
    }
  });

  it('serves any range of the archive as the file holds it, across blocks and after older blocks are dropped', async () => {
    const path = await writeArchive();
    const bytes = readFileSync(path);
    const open = await openZipFile(path);
    try {
      let x = 7;
      for (let i = 0; i < 300; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        const position = x % bytes.length;
        const length = Math.min(bytes.length - position, [1, 46, 5000, 1_500_000][i % 4]!);
        expect((await open.range(position, length)).equals(bytes.subarray(position, position + length))).toBe(true);
      }
      await expect(open.range(bytes.length - 10, 11)).rejects.toThrow(/past the end of the archive/);
    } finally {
      open.zip.close();
    }
  });

  it('reads a stored entry from an uploaded buffer', async () => {
    const data = Buffer.from('label\ttext\nx\tbonjour\n', 'utf8');
    const open = await openZipBuffer('upload.zip', storedZip('data.tsv', data));
    const [entry] = await zipEntries('upload.zip', open);
    expect(entry!.compressionMethod).toBe(0);
    expect((await readEntryBytes('upload.zip/data.tsv', open, entry!)).equals(data)).toBe(true);
  });

  it('refuses an entry that inflates past its declared size, naming it', async () => {
    const archive = readFileSync(await writeArchive());
    // Shrink the declared size of a/medium.json in the central directory (yauzl reads the sizes there).
    const name = Buffer.from('a/medium.json');
    const at = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), archive.lastIndexOf(name));
    expect(archive.subarray(at + 46, at + 46 + name.length).equals(name)).toBe(true);
    archive.writeUInt32LE(1000, at + 24);
    const open = await openZipBuffer('lying.zip', archive);
    const entry = (await zipEntries('lying.zip', open)).find((e) => e.fileName === 'a/medium.json')!;
    await expect(readEntryBytes('lying.zip/a/medium.json', open, entry)).rejects.toThrow(
      /lying\.zip\/a\/medium\.json: cannot be read from the archive/,
    );
  });
});

describe('collectInputs over an archive', () => {
  it('reads a streamed entry again after its head stopped a first stream (the descriptor stays open)', async () => {
    const inputs = await collectInputs([await writeArchive()]);
    try {
      const large = inputs.files.find((f) => f.innerPath === 'b/large.json')!;
      expect(await large.head()).toBe(CONTENTS['b/large.json']!.slice(0, 64 * 1024));
      expect(await large.text()).toBe(CONTENTS['b/large.json']);
      const accents = inputs.files.find((f) => f.innerPath === 'c/accents.csv')!;
      expect(await accents.head()).toBe(CONTENTS['c/accents.csv']);
      expect(await accents.text()).toBe(CONTENTS['c/accents.csv']);
      expect(await accents.hash()).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await inputs.close();
    }
  });
});
