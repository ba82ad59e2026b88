import type { Coverage } from '../domain/coverage';
import type { Platform } from '../domain/kinds';
import type { ChannelRecord, ContentMetricRecord, ContentRecord, IdentityRef, InteractionRecord } from '../domain/records';

/**
 * A file as importers see it: a path (inside an archive or on disk) and its text, whole or streamed.
 * The Node shell builds these from disk files, folders and ZIP entries; tests build them from strings.
 */
export interface InputFile {
  /** Path as shown to the user, e.g. `export.zip/your_instagram_activity/comments/post_comments_1.json`. */
  readonly path: string;
  /** Path inside its archive or folder (forward slashes), used for layout hints. */
  readonly innerPath: string;
  readonly size: number;
  /** Set when the file is a plain file on disk (not a ZIP entry or an upload): another thread may then read it itself. */
  readonly diskPath?: string;
  /**
   * The first bytes decoded (up to 64 KiB), for detection. Text is UTF-8, or UTF-16 when the file
   * starts with a UTF-16 byte order mark: the shell that reads the bytes decodes them (Node: input-file.ts).
   */
  head(): Promise<string>;
  /** The whole text. Importers of formats that can be huge use chunks() instead. */
  text(): Promise<string>;
  /** The text in decoded chunks, for streaming parsers. */
  chunks(): AsyncIterable<string>;
  /** SHA-256 of the bytes, hex. */
  hash(): Promise<string>;
}

export interface DetectInput {
  path: string;
  innerPath: string;
  name: string;
  head: string;
}

/** What an importer writes to. Records are de-duplicated by their natural keys downstream. */
export interface ImportSink {
  interaction(rec: InteractionRecord): void;
  content(rec: ContentRecord): void;
  contentMetric(rec: ContentMetricRecord): void;
  channel(rec: ChannelRecord): void;
  identity(ref: IdentityRef): void;
  /** The archive owner or another identity known to be the brand's. */
  declareBrand(ref: IdentityRef): void;
  isBrand(ref: IdentityRef): boolean;
  warn(message: string): void;
  /** Throws if the user cancelled; call it between records of long files. */
  checkpoint(): void;
}

export interface ImportContext {
  readonly timezone: string;
  /** Every file of this import, for importers that need a sibling (an archive's owner profile). */
  readonly files: readonly InputFile[];
}

/**
 * Why a file that goes by one of an importer's file names was not recognised by its content: the
 * columns (or keys) its layout needs that the file lacks, and what the file has instead, both as
 * written in files (not translated).
 */
export interface LayoutRefusal {
  missing: readonly string[];
  found: readonly string[];
}

export interface Importer {
  /** Stable id of the format, stored with each source, e.g. `whatsapp.txt`. */
  readonly format: string;
  readonly platform: Platform;
  readonly label: string;
  readonly coverage: Coverage;
  /** Confidence 0..1 that the file is of this format, from its path and first bytes. 0 = not mine. */
  detect(file: DetectInput): number;
  /**
   * Asked of a file no importer took: when its name is one this format's files go by (LinkedIn's
   * messages.csv), why its layout was not understood; else undefined. A file the user expects to be
   * read is then a warning, not a quiet "skipped". Optional: formats without telling names leave it out.
   */
  refusal?(file: DetectInput): LayoutRefusal | undefined;
  import(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void>;
}
