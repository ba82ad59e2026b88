import type { Calendar } from './calendar';
import type { TopicSink } from './topic-labels';

export const GEN_FORMATS = ['discord', 'whatsapp', 'instagram', 'telegram', 'linkedin'] as const;
export type GenFormat = (typeof GEN_FORMATS)[number];

/** One file of a generated export, produced as a stream of text chunks (never one giant string). */
export interface GeneratedFile {
  /** Path relative to the output folder, or inside `archive` when set. */
  path: string;
  /** ZIP this file belongs to (files of one archive come one after the other). */
  archive?: string | undefined;
  chunks(): Iterable<string>;
}

/** What the importers should find in one format's files: the ground truth a test or bench compares to. */
export interface FormatCounts {
  /** Records the importer should create, by interaction kind as Cercle names them. */
  interactions: Record<string, number>;
  total: number;
  members: number;
  ambassadors: string[];
  /** Member-written messages per planted theme. */
  themes: Record<string, number>;
  /** Other things worth knowing (messages, brand messages, contents, reactions without reactor…). */
  notes: Record<string, number>;
}

export interface BrandInfo {
  name: string;
  /** Username where platforms want one (Instagram, Discord, Telegram). */
  username: string;
}

export interface GenContext {
  seed: number;
  brand: BrandInfo;
  cal: Calendar;
  /** Size of the pool of people shared by all formats. */
  pool: number;
  /** UTC ms when the exports were made. */
  exportedAt: number;
  /** Receives every member text with its topic (the demo's score, `cercle generate`'s topics.tsv). */
  labels?: TopicSink | undefined;
}

/** One format's generator at a given size: count() replays the model without writing a byte. */
export interface FormatGenerator {
  format: GenFormat;
  files(): Iterable<GeneratedFile>;
  /** Counts of the files files() writes (the same simulation, without text). */
  count(): FormatCounts;
}

export function emptyCounts(): FormatCounts {
  return { interactions: {}, total: 0, members: 0, ambassadors: [], themes: {}, notes: {} };
}

export function addCount(c: FormatCounts, kind: string, n = 1): void {
  if (n === 0) return;
  c.interactions[kind] = (c.interactions[kind] ?? 0) + n;
  c.total += n;
}

export function addNote(c: FormatCounts, key: string, n = 1): void {
  c.notes[key] = (c.notes[key] ?? 0) + n;
}
