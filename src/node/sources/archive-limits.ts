import type yauzl from 'yauzl';
import { ImportError } from '../../core/errors';

const MB = 1024 * 1024;

/**
 * Bounds on what an archive may expand to, checked on the sizes its central directory declares,
 * before a byte is inflated. The declared sizes are then binding: yauzl stops any entry that inflates
 * past its declared size (validateEntrySizes), so a lying header fails instead of filling memory or disk.
 * Real exports compress 3–20× (JSON, CSV, text); deflate tops out near 1032×, which only runs of one
 * byte reach: a large entry past MAX_RATIO is a bomb, not an export.
 */
export const ARCHIVE_LIMITS = {
  /** The whole of one archive's record files, uncompressed (a 1M-interaction Instagram export is ~1.5 GB). */
  maxTotalBytes: 8 * 1024 * MB,
  /** An entry expanding more than this many times… */
  maxRatio: 200,
  /** …and larger than this when uncompressed (small files of repeated bytes compress that well too). */
  ratioFloorBytes: 32 * MB,
};

/** Throws an ImportError naming the archive (or the entry) when its declared sizes are those of a bomb. */
export function checkArchiveSizes(label: string, entries: readonly yauzl.Entry[]): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > ARCHIVE_LIMITS.ratioFloorBytes && ratio > ARCHIVE_LIMITS.maxRatio)
      throw new ImportError('import.zip-bomb', {
        file: `${label}/${e.fileName}`,
        ratio: Math.round(ratio),
        mb: Math.round(e.uncompressedSize / MB),
      });
  }
  if (total > ARCHIVE_LIMITS.maxTotalBytes)
    throw new ImportError('import.zip-too-large', { file: label, mb: Math.round(total / MB), limitMb: ARCHIVE_LIMITS.maxTotalBytes / MB });
}

/**
 * Formats read whole (JSON parsed at once, small CSVs) hold the file as one string: V8 refuses strings
 * past ~512 MB (2^29 characters), with an error no user could act on. Past this size such a file is refused by name.
 */
export const MAX_WHOLE_TEXT_BYTES = 500 * MB;
