import { z } from 'zod';
import { method } from './define';
import { MetricsFilter } from './metrics';
import { ClientName } from './schemas';

/** The conversations slice: the messages behind the numbers, found by text, intent signal or answer, and read in order. */

export const IntentSignal = z.enum(['question', 'purchase', 'complaint', 'praise']);
export type IntentSignal = z.infer<typeof IntentSignal>;

/** A text with the words the search matched marked, as the screen draws it. */
export const TextParts = z.array(z.object({ text: z.string(), hit: z.boolean() }));
export type TextParts = z.infer<typeof TextParts>;

/** Where a conversation happened: a channel (group, DM, server channel), a post, a reply thread inside them. */
export const ConversationPlace = z.object({
  channel: z.string().nullable(),
  /** The channel's kind as stored (dm, group, channel…), null without a channel. */
  channelKind: z.string().nullable(),
  /** The post commented on: its title or the start of its text. */
  post: z.string().nullable(),
  /** A native thread (a reply chain, a comment thread) rather than a run of messages cut by silence. */
  thread: z.boolean(),
});
export type ConversationPlace = z.infer<typeof ConversationPlace>;

export const ConversationRow = z.object({
  id: z.number(),
  platform: z.string(),
  place: ConversationPlace,
  /** Who opened it; null when the brand did. */
  starter: z.string().nullable(),
  firstAt: z.string(),
  lastAt: z.string(),
  messages: z.number(),
  members: z.number(),
  /** A member opened it and it expects the brand's answer (the responsiveness scope: addressed to the brand, or every one). */
  awaited: z.boolean(),
  /**
   * With a signal: every matching message had a brand message after it in the conversation (the intent
   * metric's answer). Otherwise: the brand answered the member who opened it. Null when the brand opened it.
   */
  answered: z.boolean().nullable(),
  /** Minutes to the brand's first answer (conversation), when answered. */
  responseMinutes: z.number().nullable(),
  /** Messages of the conversation matching the text or the signal (0 when neither is asked). */
  matches: z.number(),
  /** When its latest matching message was written (null when nothing is searched for). */
  lastMatchAt: z.string().nullable(),
  snippet: TextParts,
  /** The message the snippet comes from (the latest match, else the first message with text) and its author. */
  snippetId: z.number().nullable(),
  snippetAuthor: z.string().nullable(),
});
export type ConversationRow = z.infer<typeof ConversationRow>;

export const ConversationsQuery = z.object({
  client: ClientName,
  filter: MetricsFilter.default({}),
  /** Words, "phrases", -excluded, a OR b; accents and case do not matter. */
  q: z.string().max(200).optional(),
  signal: IntentSignal.optional(),
  /** Conversations the brand answered (true) or not (false); with a signal, the signal's messages. */
  answered: z.boolean().optional(),
  page: z.number().int().min(0).max(1_000_000).default(0),
  pageSize: z.number().int().min(1).max(100).default(20),
});

export const ConversationsPage = z.object({
  timezone: z.string(),
  /** Conversations found; null when they were too many to count on the way (tens of thousands of matching messages). */
  total: z.number().nullable(),
  /** Messages matching the text or signal, in those conversations (null when neither is asked, or not counted). */
  matchingMessages: z.number().nullable(),
  page: z.number(),
  pageSize: z.number(),
  /** A next page exists. */
  hasMore: z.boolean(),
  /** Found by their messages (text, signal): ordered by their latest matching message; else by their start. */
  byMatch: z.boolean(),
  rows: z.array(ConversationRow),
  /** The text search could not be read as words (only punctuation, or only excluded words): no text filter applied. */
  ignoredQuery: z.boolean(),
});
export type ConversationsPage = z.infer<typeof ConversationsPage>;

export const ThreadMessage = z.object({
  id: z.number(),
  at: z.string(),
  platform: z.string(),
  kind: z.string(),
  author: z.string(),
  /** Written by the brand (outbound). */
  brand: z.boolean(),
  text: TextParts,
  /** Intent signals found in it. */
  signals: z.array(IntentSignal),
  /** It matches the text searched for or the signal asked. */
  match: z.boolean(),
});
export type ThreadMessage = z.infer<typeof ThreadMessage>;

export const ConversationThread = z.object({
  timezone: z.string(),
  /** Null when no conversation has this id any more (the analytics were rebuilt since the link was made). */
  conversation: ConversationRow.nullable(),
  messages: z.array(ThreadMessage),
  /** Messages of the conversation left out around the ones shown (a very long one is shown around its first match). */
  skippedBefore: z.number(),
  skippedAfter: z.number(),
  /** The channel's messages just before and just after it. */
  before: z.array(ThreadMessage),
  after: z.array(ThreadMessage),
});
export type ConversationThread = z.infer<typeof ConversationThread>;

export const SearchIndexStatus = z.object({ ready: z.boolean(), pending: z.number() });

export const conversationsContract = {
  'conversations.search': method(ConversationsQuery, ConversationsPage),
  'conversations.read': method(
    z.object({ client: ClientName, id: z.number().int(), q: z.string().max(200).optional(), signal: IntentSignal.optional() }),
    ConversationThread,
  ),
  // Whether the first text search will build the full-text index first (it takes seconds on a large client).
  'conversations.searchIndex': method(z.object({ client: ClientName }), SearchIndexStatus),
};
