import { z } from 'zod';
import { method } from './define';
import { GenericCsvMapping } from './csv-mapping';
import { ClientName, SourceSummary } from './schemas';

/** A file handed over by content, for shells that have no file path (the browser harness). */
export const Upload = z.object({ name: z.string().min(1), base64: z.string() });

export const ImportInput = z.object({
  client: ClientName,
  paths: z.array(z.string().min(1)).default([]),
  uploads: z.array(Upload).default([]),
  brands: z.array(z.string().min(1)).default([]),
  timezone: z.string().optional(),
  /** A column mapping for CSV exports of other tools: the files are then read with it alone. */
  mapping: GenericCsvMapping.optional(),
});
export type ImportInput = z.infer<typeof ImportInput>;

/** Why a file was left out of an import (the shells say it in the user's language). */
export const SkipReason = z.enum(['empty', 'json', 'html', 'binary', 'media', 'unknown']);
export type SkipReason = z.infer<typeof SkipReason>;
export const Skipped = z.object({ file: z.string(), why: SkipReason, reason: z.string() });
export type Skipped = z.infer<typeof Skipped>;

/**
 * Something about the import the user must see, on a file (plain English, like a source's warnings):
 * today, a file named like an export's record file (LinkedIn's messages.csv) that was skipped because
 * its layout was not understood, so that its records do not vanish quietly.
 */
export const ImportWarning = z.object({ file: z.string(), warning: z.string() });
export type ImportWarning = z.infer<typeof ImportWarning>;

export const ImportResult = z.object({
  client: z.string(),
  sources: z.array(SourceSummary),
  skipped: z.array(Skipped),
  /** Added after the first release: a result without it (an older service) reads as no warnings. */
  warnings: z.array(ImportWarning).default([]),
  added: z.object({ interactions: z.number(), members: z.number(), contents: z.number() }),
  /**
   * The client had themes and the import brought texts of their kinds: a themes run with the stored
   * settings is queued on the client after the import (themes.progress reports it; the consultant's edits
   * are replayed). Later calls on the client wait for it, so they read the new themes.
   */
  themesRerun: z.boolean().default(false),
});
export type ImportResult = z.infer<typeof ImportResult>;

/**
 * How many files, skipped files and warnings of a result the app's import screen and `cercle import` list,
 * each saying how many more there are: an Instagram archive of 1M interactions is 111k files.
 */
export const RESULT_LISTED = 200;

export const ImportProgress = z.object({
  client: z.string(),
  file: z.string(),
  filesDone: z.number(),
  filesTotal: z.number(),
  records: z.number(),
  /** Bytes of the files done plus the part read of the current one, of every planned file's bytes (for a rate and a time left). */
  bytesDone: z.number(),
  bytesTotal: z.number(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const importsContract = {
  'imports.start': method(ImportInput, ImportResult),
  /** Cancels the running import of a client; it rolls back as if it never started. */
  'imports.cancel': method(z.object({ client: ClientName }), z.object({ cancelled: z.boolean() })),
};
