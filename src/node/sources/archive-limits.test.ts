import { Readable } from 'node:stream';
import type yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_LIMITS, checkArchiveSizes, MAX_WHOLE_TEXT_BYTES } from './archive-limits';
import { streamInputFile } from './input-file';

const entry = (fileName: string, uncompressedSize: number, compressedSize: number) =>
  ({ fileName, uncompressedSize, compressedSize }) as yauzl.Entry;
const GB = 2 ** 30;

describe('archive limits (checked on the declared sizes, before inflating)', () => {
  it('accepts a real export: large, compressed a few times', () => {
    expect(() => checkArchiveSizes('ig.zip', [entry('a.json', 1.5 * GB, 0.2 * GB), entry('b.json', 10, 1)])).not.toThrow();
  });

  it('refuses an entry expanding past the ratio, naming it', () => {
    expect(() => checkArchiveSizes('x.zip', [entry('chat.txt', 4 * GB, 4 * 2 ** 20)])).toThrow(
      /x\.zip\/chat\.txt: would expand 1024 times .*ZIP bomb/,
    );
  });

  it('lets a small file of repeated bytes be (below the floor)', () => {
    expect(() => checkArchiveSizes('x.zip', [entry('zeros.csv', ARCHIVE_LIMITS.ratioFloorBytes, 1000)])).not.toThrow();
  });

  it('refuses an archive whose files add up past the total, even at honest ratios', () => {
    const many = Array.from({ length: 9 }, (_, i) => entry(`part${i}.json`, GB, GB / 10));
    expect(() => checkArchiveSizes('big.zip', many)).toThrow(/big\.zip: would be 9216 MB uncompressed, over the 8192 MB/);
  });
});

describe('a file read whole is bounded', () => {
  it(`refuses past ${MAX_WHOLE_TEXT_BYTES / 2 ** 20} MB with an error naming it, not V8's string limit`, async () => {
    const mb = Buffer.alloc(2 ** 20, 0x61);
    // The same megabyte over and over: the test holds 1 MB, the reader counts 501.
    const chunks = function* () {
      for (let i = 0; i <= MAX_WHOLE_TEXT_BYTES / 2 ** 20; i++) yield mb;
    };
    const file = streamInputFile('huge.json', 'huge.json', MAX_WHOLE_TEXT_BYTES + 2 ** 20, async () => Readable.from(chunks()));
    await expect(file.text()).rejects.toThrow(/huge\.json: is over 500 MB/);
  });
});
