import { CercleError } from '../../errors';
import { GenericCsvMapping } from '../../contract/csv-mapping';
import type { InteractionKind } from '../../domain/kinds';

export { GenericCsvMapping, type ColumnRef, type GenericCsvMappingInput } from '../../contract/csv-mapping';

/** Parses a mapping (e.g. the JSON of `--mapping file.json`), with a one-line message on error. */
export function parseGenericCsvMapping(value: unknown): GenericCsvMapping {
  const r = GenericCsvMapping.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  // zod says "Invalid input" for a missing column (a name-or-position union): say what is wrong.
  let at: unknown = value;
  for (const k of issue.path)
    at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined;
  const problem = at === undefined ? 'is missing' : issue.message;
  throw new CercleError('import.mapping-invalid', { path: issue.path.join('.') || '(root)', problem });
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
  direct_message: 'dm',
  'private message': 'dm',
  pm: 'dm',
  'story reply': 'story_reply',
  story_reply: 'story_reply',
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
