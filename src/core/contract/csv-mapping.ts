import { z } from 'zod';
import { CHANNEL_KINDS, INTERACTION_KINDS, PLATFORMS } from '../domain/kinds';
import { isValidTimeZone } from '../util/time-zone';

/** A column by its header name (case and spacing ignored) or by its 0-based position. */
const ColumnRef = z.union([z.string().min(1), z.number().int().min(0)]);
export type ColumnRef = z.infer<typeof ColumnRef>;

/**
 * How to read a CSV exported by another tool: which column holds what. Shells load it from
 * `--mapping file.json` and pass it to genericCsvImporter(mapping).
 */
export const GenericCsvMapping = z.object({
  /** Platform the rows come from; identities are matched per platform. */
  platform: z.enum(PLATFORMS).default('generic'),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  columns: z.object({
    id: ColumnRef.optional(),
    author: ColumnRef,
    authorId: ColumnRef.optional(),
    timestamp: ColumnRef,
    text: ColumnRef.optional(),
    kind: ColumnRef.optional(),
    thread: ColumnRef.optional(),
    channel: ColumnRef.optional(),
    replyTo: ColumnRef.optional(),
    content: ColumnRef.optional(),
    /** inbound/outbound, or a brand flag (true/false, yes/no, 1/0). */
    direction: ColumnRef.optional(),
  }),
  /** The kind of every row when there is no kind column. */
  kind: z.enum(INTERACTION_KINDS).default('message'),
  /** Values of the kind column mapped to kinds, e.g. {"Direct message": "dm"}; case-insensitive. */
  kindValues: z.record(z.string(), z.enum(INTERACTION_KINDS)).default({}),
  /** Values of the direction column that mean "written by the brand", added to the built-in ones. */
  outboundValues: z.array(z.string()).default([]),
  channelKind: z.enum(CHANNEL_KINDS).default('group'),
  /** A luxon format for timestamps that are neither ISO nor epoch, read in `timezone`. */
  timestampFormat: z.string().min(1).optional(),
  /** Time zone of wall-clock timestamps; defaults to the client's. */
  timezone: z.string().refine(isValidTimeZone, 'unknown time zone').optional(),
});
export type GenericCsvMapping = z.infer<typeof GenericCsvMapping>;
export type GenericCsvMappingInput = z.input<typeof GenericCsvMapping>;
