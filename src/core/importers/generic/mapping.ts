import { z } from 'zod';
import { CHANNEL_KINDS, INTERACTION_KINDS, PLATFORMS, type InteractionKind } from '../../domain/kinds';
import { isValidTimeZone } from '../../util/time-zone';

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

/** Parses a mapping (e.g. the JSON of `--mapping file.json`), with a one-line message on error. */
export function parseGenericCsvMapping(value: unknown): GenericCsvMapping {
  const r = GenericCsvMapping.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  // zod says "Invalid input" for a missing column (a name-or-position union): say what is wrong.
  let at: unknown = value;
  for (const k of issue.path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined;
  const problem = at === undefined ? 'is missing' : issue.message;
  throw new Error(`invalid column mapping: ${issue.path.join('.') || '(root)'}: ${problem}`);
}

/**
 * The "Cercle generic CSV": a header made of these canonical names (or their aliases) is read without
 * a mapping. Aliases are only accepted next to the two canonical required names, so that an arbitrary
 * "Date,From,Content" file is not mistaken for one.
 */
export const CANONICAL_COLUMNS = {
  id: ['id', 'message_id', 'interaction_id'],
  platform: ['platform', 'network'],
  kind: ['kind', 'type', 'interaction'],
  author: ['author', 'author_name', 'user', 'username', 'sender'],
  authorId: ['author_id', 'user_id', 'sender_id', 'author_handle', 'handle'],
  timestamp: ['timestamp', 'date', 'datetime', 'time', 'created_at', 'at'],
  text: ['text', 'message', 'body', 'content'],
  thread: ['thread', 'thread_id', 'conversation', 'conversation_id'],
  channel: ['channel', 'channel_name', 'group'],
  replyTo: ['reply_to', 'parent', 'parent_id', 'in_reply_to'],
  direction: ['direction', 'is_brand', 'from_brand'],
  content: ['content_id', 'content_key', 'post_id'],
} as const;
export type CanonicalColumn = keyof typeof CANONICAL_COLUMNS;

/** Kind words other tools use, mapped to Cercle kinds. */
export const KIND_ALIASES: Record<string, InteractionKind> = {
  'direct message': 'dm',
  'direct_message': 'dm',
  'private message': 'dm',
  pm: 'dm',
  'story reply': 'story_reply',
  'story_reply': 'story_reply',
  'poll vote': 'poll_vote',
  vote: 'poll_vote',
  favorite: 'save',
  favourite: 'save',
  bookmark: 'save',
  repost: 'share',
  retweet: 'share',
  follower: 'follow',
  subscribe: 'follow',
  subscription: 'follow',
  unsubscribe: 'unfollow',
  answer: 'reply',
  response: 'reply',
  post: 'comment',
  chat: 'message',
};

export const OUTBOUND_WORDS = ['outbound', 'out', 'brand', 'sent', 'true', 'yes', 'y', '1', 'oui'];
export const INBOUND_WORDS = ['inbound', 'in', 'member', 'received', 'false', 'no', 'n', '0', 'non'];
