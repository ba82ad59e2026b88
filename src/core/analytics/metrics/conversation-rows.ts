import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { ConversationRow, TextParts } from '../../contract/conversations';
import type { Db, SqlValue } from '../../db/db';
import { SPOKEN_KINDS } from '../derived/message-search';
import { iso } from './query-util';

/**
 * A stored conversation as the conversations screen reads it, and the SQL that ties messages to it.
 * build-conversations.ts groups messages by native thread (platform + thread key), else channel,
 * else post, else author, and cuts each group by silence; the conversations table keeps the first
 * message's keys and the time span. So a message belongs to its group's latest conversation started at
 * or before it, and a conversation's messages are its group's messages within its span: both read
 * along the interactions' time index and the conversations' group indexes (derived/schema.ts), with
 * no table of a million message-to-conversation links to build and store.
 */
export interface StoredConversation {
  id: number;
  platform: string;
  channel_id: number | null;
  content_id: number | null;
  thread_key: string | null;
  native: number;
  first_at: number;
  last_at: number;
  messages: number;
  members: number;
  starter_id: number | null;
  addressed: number;
  response_ms: number | null;
  channel: string | null;
  channel_kind: string | null;
  post: string | null;
  starter: string | null;
}

const COLUMNS = `c.id, c.platform, c.channel_id, c.content_id, c.thread_key, c.native, c.first_at, c.last_at, c.messages, c.members,
  c.starter_id, c.addressed, c.response_ms, ch.name AS channel, ch.kind AS channel_kind,
  coalesce(nullif(ct.title, ''), substr(ct.text, 1, 80)) AS post, p.name AS starter`;

/** Conversations by id, with their channel, post and opener's names, in no particular order. */
export function conversationsById(db: Db, ids: readonly number[]): StoredConversation[] {
  if (ids.length === 0) return [];
  return db.all<StoredConversation>(
    `SELECT ${COLUMNS} FROM conversations c LEFT JOIN channels ch ON ch.id = c.channel_id LEFT JOIN contents ct ON ct.id = c.content_id
     LEFT JOIN people p ON p.id = c.starter_id WHERE c.id IN (${ids.map(() => '?').join(',')})`,
    [...ids],
  );
}

/** The messages of a conversation's group (its thread, channel, post or author), as a test on `interactions` (alias i). */
export function groupOf(c: Pick<StoredConversation, 'platform' | 'channel_id' | 'content_id' | 'thread_key' | 'starter_id'>): {
  sql: string;
  params: SqlValue[];
} {
  const spoken = ` AND i.kind IN (${SPOKEN_KINDS})`;
  if (c.thread_key !== null) return { sql: `i.platform = ? AND i.thread_key = ?${spoken}`, params: [c.platform, c.thread_key] };
  if (c.channel_id !== null) return { sql: `i.channel_id = ? AND i.thread_key IS NULL${spoken}`, params: [c.channel_id] };
  if (c.content_id !== null)
    return { sql: `i.content_id = ? AND i.channel_id IS NULL AND i.thread_key IS NULL${spoken}`, params: [c.content_id] };
  // A run of one author's messages with no thread, channel or post (the brand's replies in an Instagram
  // comments export): the brand's are told apart by their direction, a member's by the person.
  const base = `i.platform = ? AND i.channel_id IS NULL AND i.content_id IS NULL AND i.thread_key IS NULL${spoken}`;
  return c.starter_id === null
    ? { sql: `${base} AND i.direction = 'outbound'`, params: [c.platform] }
    : { sql: `${base} AND i.person_id = ?`, params: [c.platform, c.starter_id] };
}

/**
 * The id of the conversation holding message `i` (an interactions row in the outer query): the latest
 * conversation of its group started at or before it. One index seek each, along the group indexes.
 */
export const CONVERSATION_OF_MESSAGE = `CASE
  WHEN i.thread_key IS NOT NULL THEN (SELECT c.id FROM conversations c INDEXED BY conversations_thread
    WHERE c.thread_key IS NOT NULL AND c.platform = i.platform AND c.thread_key = i.thread_key AND c.first_at <= i.at ORDER BY c.first_at DESC LIMIT 1)
  WHEN i.channel_id IS NOT NULL THEN (SELECT c.id FROM conversations c INDEXED BY conversations_channel
    WHERE c.channel_id IS NOT NULL AND c.thread_key IS NULL AND c.channel_id = i.channel_id AND c.first_at <= i.at ORDER BY c.first_at DESC LIMIT 1)
  WHEN i.content_id IS NOT NULL THEN (SELECT c.id FROM conversations c INDEXED BY conversations_content
    WHERE c.content_id IS NOT NULL AND c.channel_id IS NULL AND c.thread_key IS NULL AND c.content_id = i.content_id AND c.first_at <= i.at
    ORDER BY c.first_at DESC LIMIT 1)
  ELSE (SELECT c.id FROM conversations c INDEXED BY conversations_author
    WHERE c.thread_key IS NULL AND c.channel_id IS NULL AND c.content_id IS NULL AND c.platform = i.platform
      AND c.starter_id IS (CASE WHEN i.direction = 'outbound' THEN NULL ELSE i.person_id END) AND c.first_at <= i.at
    ORDER BY c.first_at DESC LIMIT 1)
END`;

/** In the responsiveness scope: opened by a member and, by default, addressed to the brand. */
export function isAwaited(c: Pick<StoredConversation, 'starter_id' | 'addressed'>, s: AnalyticsSettings): boolean {
  return c.starter_id !== null && (s.responseScope === 'all' || c.addressed === 1);
}

export interface RowExtras {
  matches: number;
  lastMatchAt: string | null;
  snippet: TextParts;
  snippetId: number | null;
  snippetAuthor: string | null;
}

export function toConversationRow(c: StoredConversation, s: AnalyticsSettings, extras: RowExtras): ConversationRow {
  return {
    id: c.id,
    platform: c.platform,
    place: {
      channel: c.channel,
      channelKind: c.channel_kind,
      post: c.post,
      // A reply chain or comment thread, not a DM inbox nor a chat whose every message carries its key.
      thread: c.thread_key !== null && c.native === 1 && c.channel_kind !== 'dm',
    },
    starter: c.starter_id === null ? null : (c.starter ?? ''),
    firstAt: iso(c.first_at),
    lastAt: iso(c.last_at),
    messages: c.messages,
    members: c.members,
    awaited: isAwaited(c, s),
    answered: c.starter_id === null ? null : c.response_ms !== null,
    responseMinutes: c.response_ms === null ? null : Math.round(c.response_ms / 60_000),
    matches: extras.matches,
    lastMatchAt: extras.lastMatchAt,
    snippet: extras.snippet,
    snippetId: extras.snippetId,
    snippetAuthor: extras.snippetAuthor,
  };
}
