import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { ConversationThread, IntentSignal, ThreadMessage } from '../../contract/conversations';
import type { Db, SqlValue } from '../../db/db';
import { clientTimezone } from '../../settings/settings';
import { SPOKEN_KINDS } from '../derived/message-search';
import { SIGNALS, textClassifier } from '../model/intent-rules';
import { highlight, parseSearch } from '../model/search-text';
import { conversationsById, groupOf, type StoredConversation, toConversationRow } from './conversation-rows';
import { iso } from './query-util';

/** A conversation longer than this is shown around its first match (or from its start). */
export const THREAD_LIMIT = 300;
/** Messages of the channel shown before and after it. */
const CONTEXT = 3;
/** Messages shown before the first match when a long conversation is cut. */
const LEAD = 20;
/** Without a neighbouring conversation to bound it (a reply chain in a channel), the channel is looked at this far around it. */
const DAY_MS = 86_400_000;

interface MessageRow {
  id: number;
  at: number;
  platform: string;
  kind: string;
  direction: string;
  text: string | null;
  author: string | null;
}

const MESSAGE_COLUMNS = 'i.id, i.at, i.platform, i.kind, i.direction, i.text, p.name AS author';

/**
 * One conversation's messages in order, with who wrote them (the brand's marked), the intent signals
 * in each (the client's rules, as the signals table holds them) and the words searched for marked;
 * then the channel's messages just before and after it. The full-text index must be current when `q`
 * is given.
 */
export function readConversation(
  db: Db,
  s: AnalyticsSettings,
  id: number,
  opts: { q?: string; signal?: IntentSignal } = {},
): ConversationThread {
  const out: ConversationThread = {
    timezone: clientTimezone(db),
    conversation: null,
    messages: [],
    skippedBefore: 0,
    skippedAfter: 0,
    before: [],
    after: [],
  };
  const c = conversationsById(db, [id])[0];
  if (!c) return out;
  const parsed = opts.q?.trim() ? parseSearch(opts.q) : null;
  const g = groupOf(c);
  const span = `i.at >= ? AND i.at <= ? AND ${g.sql}`;
  const spanParams = [c.first_at, c.last_at, ...g.params];
  const classify = signalsOf(s);
  const searching = Boolean(parsed?.match) || opts.signal !== undefined;
  const isMatch = (m: MessageRow, signals: IntentSignal[], texts: Set<number>) =>
    searching && (!parsed?.match || texts.has(Number(m.id))) && (!opts.signal || signals.includes(opts.signal));

  // A long conversation is cut around its first match, so the message the list showed is on screen.
  let offset = 0;
  if (c.messages > THREAD_LIMIT && (parsed?.match || opts.signal)) {
    const first = firstMatch(db, span, spanParams, parsed?.match ?? null, opts.signal ? (m) => classify(m).includes(opts.signal!) : null);
    if (first) {
      const before = Number(
        db.get<{ n: number }>(
          `SELECT COUNT(*) AS n FROM interactions i INDEXED BY interactions_at WHERE ${span} AND (i.at < ? OR (i.at = ? AND i.id < ?))`,
          [...spanParams, first.at, first.at, first.id],
        )!.n,
      );
      offset = Math.max(0, Math.min(before - LEAD, c.messages - THREAD_LIMIT));
    }
  }
  const rows = messages(db, `${span} ORDER BY i.at, i.id LIMIT ? OFFSET ?`, [...spanParams, THREAD_LIMIT, offset]);
  const texts = parsed?.match ? matchingIds(db, parsed.match, rows) : new Set<number>();
  const terms = parsed?.terms ?? [];
  const toMessage = (m: MessageRow, withMatch: boolean): ThreadMessage => {
    const signals = classify(m);
    return {
      id: Number(m.id),
      at: iso(m.at),
      platform: m.platform,
      kind: m.kind,
      author: m.author ?? '',
      brand: m.direction === 'outbound',
      text: m.text ? highlight(m.text, terms) : [],
      signals,
      match: withMatch && isMatch(m, signals, texts),
    };
  };
  out.messages = rows.map((m) => toMessage(m, true));
  out.skippedBefore = offset;
  out.skippedAfter = Math.max(0, c.messages - offset - rows.length);
  const matches = out.messages.filter((m) => m.match).length;
  out.conversation = toConversationRow(c, s, { matches, lastMatchAt: null, snippet: [], snippetId: null, snippetAuthor: null });
  const around = neighbours(db, c);
  out.before = around.before.map((m) => toMessage(m, false));
  out.after = around.after.map((m) => toMessage(m, false));
  return out;
}

function messages(db: Db, where: string, params: SqlValue[]): MessageRow[] {
  return db.all<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM interactions i INDEXED BY interactions_at JOIN people p ON p.id = i.person_id WHERE ${where}`,
    params,
  );
}

/** The intent signals of a message as refreshDerived finds them: the members' messages only, their first 2,000 characters. */
function signalsOf(s: AnalyticsSettings): (m: MessageRow) => IntentSignal[] {
  const classifier = textClassifier(s.intentRules, s.thanksRules);
  return (m) => {
    if (m.direction === 'outbound' || !m.text) return [];
    const bits = classifier.classify(m.text.slice(0, 2000));
    return SIGNALS.filter((_, i) => bits & (1 << i));
  };
}

function matchingIds(db: Db, match: string, rows: readonly MessageRow[]): Set<number> {
  if (rows.length === 0) return new Set();
  const found = db.all<{ docid: number }>(
    `SELECT docid FROM message_search WHERE message_search MATCH ? AND docid IN (${rows.map(() => '?').join(',')})`,
    [match, ...rows.map((r) => r.id)],
  );
  return new Set(found.map((r) => Number(r.docid)));
}

/** The first message of the span matching the text (full-text index) or carrying the signal. */
function firstMatch(
  db: Db,
  span: string,
  params: SqlValue[],
  match: string | null,
  signal: ((m: MessageRow) => boolean) | null,
): { id: number; at: number } | undefined {
  const text = match === null ? '' : ' AND i.id IN (SELECT docid FROM message_search WHERE message_search MATCH ?)';
  const rows = messages(db, `${span}${text} ORDER BY i.at, i.id`, [...params, ...(match === null ? [] : [match])]);
  const first = signal ? rows.find(signal) : rows[0];
  return first && { id: Number(first.id), at: Number(first.at) };
}

type Neighbour = Pick<StoredConversation, 'id' | 'first_at' | 'last_at'>;

/**
 * The channel's messages just before and after the conversation. A reply chain inside a channel is
 * shown among the channel's messages of the day around it. Any other conversation between its group's
 * previous and next ones (the same chat, DM, thread, post or author): the messages before are read
 * back from the previous conversation's end, so a DM's last exchange months earlier is found without
 * walking every message in between.
 */
function neighbours(db: Db, c: StoredConversation): { before: MessageRow[]; after: MessageRow[] } {
  const inChannel = c.channel_id !== null && c.thread_key !== null && c.native === 1 && c.channel_kind !== 'dm';
  const place =
    c.channel_id !== null ? { sql: `i.channel_id = ? AND i.kind IN (${SPOKEN_KINDS})`, params: [c.channel_id] as SqlValue[] } : groupOf(c);
  const probe = inChannel ? null : groupProbe(c);
  const pick = (cmp: '<' | '>', order: 'ASC' | 'DESC', at: number): Neighbour | undefined =>
    probe === null
      ? undefined
      : db.get<Neighbour>(
          `SELECT id, first_at, last_at FROM conversations INDEXED BY ${probe.index} WHERE ${probe.where} AND first_at ${cmp} ? AND id <> ?
           ORDER BY first_at ${order} LIMIT 1`,
          [...probe.params, at, c.id],
        );
  const prev = pick('<', 'DESC', c.first_at);
  const next = pick('>', 'ASC', c.last_at);
  const before = messages(db, `i.at >= ? AND i.at <= ? AND ${place.sql} ORDER BY i.at DESC, i.id DESC LIMIT ?`, [
    prev ? prev.first_at : c.first_at - DAY_MS,
    Math.min(prev ? prev.last_at : Infinity, c.first_at - 1),
    ...place.params,
    CONTEXT,
  ]).reverse();
  const after = messages(db, `i.at >= ? AND i.at <= ? AND ${place.sql} ORDER BY i.at, i.id LIMIT ?`, [
    Math.max(next ? next.first_at : -Infinity, c.last_at + 1),
    next ? next.last_at : c.last_at + DAY_MS,
    ...place.params,
    CONTEXT,
  ]);
  return { before, after };
}

/** The index and test that list the conversations of a conversation's own group by start time. */
function groupProbe(c: StoredConversation): { index: string; where: string; params: SqlValue[] } {
  if (c.thread_key !== null)
    return {
      index: 'conversations_thread',
      where: 'thread_key IS NOT NULL AND platform = ? AND thread_key = ?',
      params: [c.platform, c.thread_key],
    };
  if (c.channel_id !== null)
    return {
      index: 'conversations_channel',
      where: 'channel_id IS NOT NULL AND thread_key IS NULL AND channel_id = ?',
      params: [c.channel_id],
    };
  if (c.content_id !== null)
    return {
      index: 'conversations_content',
      where: 'content_id IS NOT NULL AND channel_id IS NULL AND thread_key IS NULL AND content_id = ?',
      params: [c.content_id],
    };
  return {
    index: 'conversations_author',
    where: 'thread_key IS NULL AND channel_id IS NULL AND content_id IS NULL AND platform = ? AND starter_id IS ?',
    params: [c.platform, c.starter_id],
  };
}
