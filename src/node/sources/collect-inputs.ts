import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { Readable } from 'node:stream';
import type { InputFile } from '../../core/importers/types';
import type { Skipped } from '../../core/contract/imports';
import { describeSkip, ImportError } from '../../core/errors';
import { checkArchiveSizes } from './archive-limits';
import type yauzl from 'yauzl';
import { StreamedInput, streamInputFile, WHOLE_READ_BYTES, type ByteSource } from './input-file';
import { openEntry, openZipBuffer, openZipFile, readEntryBytes, zipEntries, type OpenZip } from './zip-reader';

/** Record files live in these; photos, videos and audio in an archive are never read. */
const RECORD_EXT = /\.(json|csv|txt|html?|tsv)$/i;

export interface CollectedInputs {
  files: InputFile[];
  skipped: Skipped[];
  /**
   * Closes the archives and lets the files go (their list is emptied): called once the import has read
   * them, before the save, which needs the memory (at 1M an Instagram archive's 111k entries hold ~100 MB).
   */
  close(): Promise<void>;
}

/**
 * Turns what the user handed over (files, folders, ZIPs, uploaded bytes) into InputFiles, streaming
 * every ZIP entry rather than extracting it. Media and other non-record files are listed as skipped.
 */
export async function collectInputs(
  paths: readonly string[],
  uploads: readonly { name: string; bytes: Buffer }[] = [],
): Promise<CollectedInputs> {
  const files: InputFile[] = [];
  const skipped: Skipped[] = [];
  const zips: OpenZip[] = [];
  const addZip = async (label: string, zip: OpenZip) => {
    zips.push(zip);
    const entries = await zipEntries(label, zip);
    if (entries.length === 0) throw new ImportError('import.zip-empty', { file: label });
    checkArchiveSizes(
      label,
      entries.filter((e) => RECORD_EXT.test(e.fileName)),
    );
    for (const entry of entries) {
      const inner = entry.fileName;
      if (inner.endsWith('/')) continue;
      const shown = `${label}/${inner}`;
      if (!RECORD_EXT.test(inner)) {
        skipped.push({ file: shown, why: 'media', reason: describeSkip('media', 'en') });
        continue;
      }
      forgetListingFields(entry);
      const source = entry.uncompressedSize <= WHOLE_READ_BYTES ? new SmallZipEntry(shown, zip, entry) : new ZipEntry(shown, zip, entry);
      files.push(new StreamedInput(shown, inner, entry.uncompressedSize, source));
    }
  };
  try {
    for (const p of paths) {
      let st;
      try {
        st = await stat(p);
      } catch {
        throw new ImportError('import.not-found', { file: p });
      }
      if (st.isDirectory()) {
        for (const f of await walk(p)) {
          const inner = relative(p, f).split('\\').join('/');
          const shown = `${basename(p)}/${inner}`;
          if (/\.zip$/i.test(f)) await addZip(shown, await openZipFile(f));
          else if (!RECORD_EXT.test(f)) skipped.push({ file: shown, why: 'media', reason: describeSkip('media', 'en') });
          else {
            const size = (await stat(f)).size;
            files.push(streamInputFile(shown, inner, size, async () => createReadStream(f), { diskPath: f }));
          }
        }
      } else if (/\.zip$/i.test(p) || (await looksLikeZip(p))) {
        await addZip(basename(p), await openZipFile(p));
      } else {
        files.push(streamInputFile(p, basename(p), st.size, async () => createReadStream(p), { diskPath: p }));
      }
    }
    for (const u of uploads) {
      if (u.bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
        await addZip(u.name, await openZipBuffer(u.name, u.bytes));
      } else {
        files.push(streamInputFile(u.name, u.name, u.bytes.length, async () => Readable.from([u.bytes])));
      }
    }
  } catch (err) {
    for (const z of zips) z.zip.close();
    throw err;
  }
  return {
    files,
    skipped,
    close: async () => {
      for (const z of zips) z.zip.close();
      files.length = 0;
    },
  };
}

/** A ZIP entry's bytes: one small object per entry (an archive can hold 111k files). */
class ZipEntry implements ByteSource {
  constructor(
    protected readonly shown: string,
    protected readonly zip: OpenZip,
    protected readonly entry: yauzl.Entry,
  ) {}

  open(): Promise<Readable> {
    return openEntry(this.shown, this.zip, this.entry);
  }
}

const NO_EXTRA_FIELDS: yauzl.Entry['extraFields'] = [];

/**
 * Lets go of what yauzl keeps of an entry from the listing and never reads again to open it (its name, raw
 * and decoded, its extra fields and comment: three Buffers and a few objects per entry; opening uses the
 * sizes, offsets, method and flags). The entry lives as long as the import, and an Instagram archive of 1M
 * interactions lists 111,679 of them. The name is kept as the file's path.
 */
function forgetListingFields(entry: yauzl.Entry): void {
  const e = entry as unknown as Record<string, unknown>;
  for (const field of ['fileNameRaw', 'extraFieldRaw', 'fileCommentRaw', 'fileComment', 'comment']) e[field] = undefined;
  entry.fileName = '';
  entry.extraFields = NO_EXTRA_FIELDS;
}

/** A small entry is read whole in one call (see zip-reader.ts); a large one is streamed. */
class SmallZipEntry extends ZipEntry {
  whole(): Promise<Buffer> {
    return readEntryBytes(this.shown, this.zip, this.entry);
  }
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile()) out.push(full);
  }
  return out.sort();
}

async function looksLikeZip(path: string): Promise<boolean> {
  const fh = await import('node:fs/promises').then((m) => m.open(path, 'r'));
  try {
    const buf = Buffer.alloc(4);
    await fh.read(buf, 0, 4, 0);
    return buf.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    await fh.close();
  }
}
