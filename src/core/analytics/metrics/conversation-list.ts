import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { ConversationRow, ConversationsPage, IntentSignal } from '../../contract/conversations';
import type { Db, SqlValue } from '../../db/db';
import { parseSearch, type SearchTerm, snippet } from '../model/search-text';
import { conversationsById, groupOf, type StoredConversation, toConversationRow } from './conversation-rows';
import { type Hit, MessageConversations } from './message-conversations';
import { type HitSource, signalHits, textHits } from './message-hits';
import { platformSql, type ResolvedFilter, segmentSql } from './filter';
import { iso } from './query-util';

export interface ConversationSearch {
  q?: string;
  signal?: IntentSignal;
  answered?: boolean;
  page: number;
  pageSize: number;
}

/**
 * Up to this many matching messages, every one is tied to its conversation and the conversations are
 * counted exactly (~3 µs a message at 1M interactions). Beyond, the list is walked from the newest
 * match only as far as the page needs: "every question" on a 1M-message client is 161k messages, 1.4 s
 * to tie them all, ~20 ms for a page.
 */
const EXACT_UP_TO = 20_000;
/** Messages tied to their conversations per statement while walking. */
const BATCH = 400;

/**
 * The conversations screen's list, one page at a time. Without text or signal it reads the conversations
 * table along its time index, newest started first; the period and platforms apply to its start, a member
 * segment to who opened it, `answered` to the responsiveness metric's inbound conversations. With text
 * or a signal it finds the messages (full-text index, signals table), newest first, ties each to its
 * conversation, and lists the conversations by their latest match: the period and platforms apply to the
 * messages; a segment to who sent the signal (as the intent metric counts) or who opened the
 * conversation; `answered`, with a signal, to the signal's answer (the intent metric's), else to the
 * conversation's. The full-text index must be current (updateSearchIndex) when `q` is given.
 */
export function searchConversations(
  db: Db,
  f: ResolvedFilter,
  s: AnalyticsSettings,
  input: ConversationSearch,
  limits: { exactUpTo: number; batch: number } = { exactUpTo: EXACT_UP_TO, batch: BATCH },
): ConversationsPage {
  const parsed = input.q?.trim() ? parseSearch(input.q) : null;
  const match = parsed?.match ?? null;
  const byMatch = match !== null || input.signal !== undefined;
  const out: ConversationsPage = {
    timezone: f.tz,
    total: 0,
    matchingMessages: null,
    page: input.page,
    pageSize: input.pageSize,
    hasMore: false,
    byMatch,
    rows: [],
    ignoredQuery: parsed !== null && match === null,
  };
  if (!f.hasData) return out;
  const offset = input.page * input.pageSize;
  if (!byMatch) {
    const where = conversationWhere(f, s, input.answered);
    out.total = Number(
      db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM conversations c INDEXED BY ${input.answered === undefined ? 'conversations_platform' : 'conversations_response'}
         WHERE c.day BETWEEN ? AND ?${where.sql}`,
        [f.fromDay, f.toDay, ...where.params],
      )!.n,
    );
    out.hasMore = offset + input.pageSize < out.total;
    const ids = db
      .all<{ id: number }>(
        `SELECT c.id FROM conversations c INDEXED BY conversations_recent WHERE c.first_at >= ? AND c.first_at < ?${where.sql}
         ORDER BY c.first_at DESC, c.id DESC LIMIT ? OFFSET ?`,
        [f.fromAt, f.toAt, ...where.params, input.pageSize, offset],
      )
      .map((r) => Number(r.id));
    const stored = byId(db, ids);
    const first = new Map(ids.map((id) => [id, firstTextMessage(db, stored.get(id))]));
    const texts = messageTexts(
      db,
      [...first.values()].filter((x): x is number => x !== null),
    );
    for (const id of ids) {
      const c = stored.get(id);
      if (c) out.rows.push(row(c, s, first.get(id) ?? null, texts, [], 0, null));
    }
    return out;
  }

  const hits = input.signal ? signalHits(db, f, input.signal, input.answered, match) : textHits(db, f, match!);
  const mapper = new MessageConversations(db);
  // Text search: who opened the conversation and whether it was answered are the conversation's own.
  const convWhere = input.signal ? { sql: '', params: [] } : conversationWhere({ ...f, platforms: null }, s, input.answered);
  const allowed = new Map<number, boolean>();
  const admit = (ids: number[]) => {
    const fresh = ids.filter((id) => !allowed.has(id));
    for (const id of fresh) allowed.set(id, convWhere.sql === '');
    if (fresh.length === 0 || convWhere.sql === '') return;
    const ok = db.all<{ id: number }>(
      `SELECT c.id FROM conversations c WHERE c.id IN (${fresh.map(() => '?').join(',')})${convWhere.sql}`,
      [...fresh, ...convWhere.params],
    );
    for (const r of ok) allowed.set(Number(r.id), true);
  };
  const exhaustive = hits.count <= limits.exactUpTo;
  const need = offset + input.pageSize + 1;
  const order: number[] = [];
  const seen = new Set<number>();
  let counted = 0;
  let walked = 0;
  while (walked < hits.count && (exhaustive || order.length < need)) {
    const batch = hits.slice(walked, exhaustive ? hits.count : limits.batch);
    if (batch.length === 0) break;
    walked += batch.length;
    const cids = mapper.tie(batch.map((h) => h.iid));
    admit([...new Set(cids.filter((x): x is number => x !== null))]);
    for (const cid of cids) {
      if (cid === null || !allowed.get(cid)) continue;
      counted++;
      if (!seen.has(cid)) {
        seen.add(cid);
        order.push(cid);
      }
    }
  }
  const done = walked >= hits.count;
  out.total = done ? order.length : null;
  out.matchingMessages = done ? counted : convWhere.sql === '' ? hits.count : null;
  out.hasMore = order.length > offset + input.pageSize;
  const ids = order.slice(offset, offset + input.pageSize);
  const stored = byId(db, ids);
  // A page's conversations: their matches in full, also those older than where the walk stopped.
  const stats = new Map(ids.map((id) => [id, matchesIn(stored.get(id), hits, mapper)]));
  const texts = messageTexts(
    db,
    [...stats.values()].map((x) => x.latest?.iid ?? -1),
  );
  const terms = parsed?.terms ?? [];
  for (const id of ids) {
    const c = stored.get(id);
    const st = stats.get(id)!;
    if (!c) continue;
    const r = row(c, s, st.latest?.iid ?? null, texts, terms, st.count, st.latest ? iso(st.latest.at) : null);
    out.rows.push(input.signal ? { ...r, answered: st.allAnswered } : r);
  }
  return out;
}

/** Conversation-level tests: platforms, who opened it (segment), whether the brand answered it. */
function conversationWhere(f: ResolvedFilter, s: AnalyticsSettings, answered: boolean | undefined): { sql: string; params: SqlValue[] } {
  const plat = platformSql(f, 'c.platform');
  let sql = plat.sql;
  if (f.segment !== 'all') sql += ` AND c.starter_id IS NOT NULL${segmentSql(f.segment, 'c.starter_tier', 'c.starter_ladder')}`;
  if (answered !== undefined) {
    // The responsiveness metric's inbound conversations, answered or not, so the counts agree.
    sql += ` AND c.starter_id IS NOT NULL${s.responseScope === 'addressed' ? ' AND c.addressed = 1' : ''} AND c.response_ms IS ${answered ? 'NOT ' : ''}NULL`;
  }
  return { sql, params: plat.params };
}

/** A page conversation's matches: the hits within its span that belong to it (newest first). */
function matchesIn(
  c: StoredConversation | undefined,
  hits: HitSource,
  mapper: MessageConversations,
): { count: number; allAnswered: boolean; latest: Hit | undefined } {
  if (!c) return { count: 0, allAnswered: false, latest: undefined };
  const span = hits.within(c.first_at, c.last_at);
  const cids = mapper.tie(span.map((h) => h.iid));
  const own = span.filter((_, k) => cids[k] === c.id);
  return { count: own.length, allAnswered: own.every((h) => h.answered), latest: own[0] };
}

function row(
  c: StoredConversation,
  s: AnalyticsSettings,
  snippetId: number | null,
  texts: Map<number, { text: string; author: string }>,
  terms: readonly SearchTerm[],
  matches: number,
  lastMatchAt: string | null,
): ConversationRow {
  const text = snippetId === null ? undefined : texts.get(snippetId);
  return toConversationRow(c, s, {
    matches,
    lastMatchAt,
    snippet: text ? snippet(text.text, terms) : [],
    snippetId: text ? snippetId : null,
    snippetAuthor: text?.author ?? null,
  });
}

function byId(db: Db, ids: readonly number[]): Map<number, StoredConversation> {
  return new Map(conversationsById(db, ids).map((c) => [Number(c.id), c]));
}

/** The conversation's first message with text: what a row shows when nothing was searched for. */
function firstTextMessage(db: Db, c: StoredConversation | undefined): number | null {
  if (!c) return null;
  const g = groupOf(c);
  const r = db.get<{ id: number }>(
    `SELECT i.id FROM interactions i INDEXED BY interactions_at WHERE i.at >= ? AND i.at <= ? AND ${g.sql} AND i.text IS NOT NULL AND i.text <> ''
     ORDER BY i.at, i.id LIMIT 1`,
    [c.first_at, c.last_at, ...g.params],
  );
  return r ? Number(r.id) : null;
}

function messageTexts(db: Db, ids: readonly number[]): Map<number, { text: string; author: string }> {
  if (ids.length === 0) return new Map();
  const rows = db.all<{ id: number; text: string | null; author: string | null }>(
    `SELECT i.id, i.text, p.name AS author FROM interactions i JOIN people p ON p.id = i.person_id WHERE i.id IN (${ids.map(() => '?').join(',')})`,
    [...ids],
  );
  return new Map(rows.filter((r) => r.text).map((r) => [Number(r.id), { text: r.text!, author: r.author ?? '' }]));
}
