import { z } from 'zod';
import { PLATFORMS } from '../domain/kinds';

export const ClientName = z
  .string()
  .trim()
  .min(1, 'client name is empty')
  .max(80, 'client name is longer than 80 characters')
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s), 'client name has a character not allowed in a file name');

export const ClientInfo = z.object({
  name: z.string(),
  file: z.string(),
  sizeBytes: z.number(),
  modifiedAt: z.string(),
  /** Saved encrypted with a passphrase (encryption at rest). */
  encrypted: z.boolean(),
  /** Encrypted and not unlocked in this session: opening it needs its passphrase. */
  locked: z.boolean(),
});
export type ClientInfo = z.infer<typeof ClientInfo>;

export const Platform = z.enum(PLATFORMS);

export const SourceSummary = z.object({
  file: z.string(),
  format: z.string(),
  platform: Platform,
  records: z.number(),
  added: z.number(),
  importedAt: z.string(),
  warnings: z.array(z.string()),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const CoverageEntry = z.object({
  source: z.string(),
  format: z.string(),
  platform: Platform,
  shows: z.array(z.string()),
  lacks: z.array(z.string()),
});
export type CoverageEntry = z.infer<typeof CoverageEntry>;
