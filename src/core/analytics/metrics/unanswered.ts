import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { Unanswered, UnansweredConversation } from '../../contract/responsiveness';
import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { platformSql, type ResolvedFilter, segmentSql } from './filter';
import { iso } from './query-util';

/** The first message is shown up to this many characters. */
export const TEXT_CHARS = 200;

interface Row {
  id: number;
  platform: string;
  starter_id: number;
  starter_first: number;
  first_at: number;
  messages: number;
  channel_id: number | null;
  content_id: number | null;
  thread_key: string | null;
  name: string | null;
}

/**
 * The inbound conversations the brand never answered, oldest first: the same conversations as
 * metrics.responsiveness counts (opened by a member in the range, addressed to the brand unless the
 * scope is 'all', in the platforms and segment of the filter), without a first response. "Unanswered
 * for" runs to the end of the data. Counted along the response index (response_min IS NULL for each
 * platform and first-time flag); only the listed rows are read whole, with their first message found
 * along interactions(person_id, at).
 */
export function unansweredConversations(db: Db, f: ResolvedFilter, s: AnalyticsSettings, limit = 500): Unanswered {
  const out: Unanswered = {
    total: 0,
    asOf: null,
    timezone: f.tz,
    windowHours: s.responseWindowHours,
    scope: s.responseScope,
    conversations: [],
  };
  if (!f.hasData) return out;
  // Every platform and both flags named, so the index's leading columns are equalities, then response_min IS NULL.
  const platforms = f.platforms ?? PLATFORMS;
  const plat = platformSql({ ...f, platforms: [...platforms] });
  const where = `starter_id IS NOT NULL${plat.sql} AND starter_first IN (0, 1) AND response_min IS NULL AND day BETWEEN ? AND ?${
    s.responseScope === 'addressed' ? ' AND addressed = 1' : ''
  }${segmentSql(f.segment, 'starter_tier', 'starter_ladder')}`;
  const params = [...plat.params, f.fromDay, f.toDay];
  out.total = Number(
    db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM conversations INDEXED BY conversations_response WHERE ${where}`, params)!.n,
  );
  const last = db.get<{ at: number }>('SELECT at FROM interactions ORDER BY at DESC LIMIT 1');
  if (!last) return out;
  const end = Number(last.at);
  out.asOf = iso(end);
  if (out.total === 0) return out;
  const rows = db.all<Row>(
    `SELECT c.id, c.platform, c.starter_id, c.starter_first, c.first_at, c.messages, c.channel_id, c.content_id, c.thread_key, p.name
     FROM (SELECT id FROM conversations INDEXED BY conversations_response WHERE ${where}) AS u
     JOIN conversations c ON c.id = u.id LEFT JOIN people p ON p.id = c.starter_id
     ORDER BY c.first_at, c.id LIMIT ?`,
    [...params, limit],
  );
  const firstText = db.prepare(
    `SELECT substr(text, 1, ${TEXT_CHARS + 1}) AS t FROM interactions INDEXED BY interactions_person_at
     WHERE person_id = ? AND at = ? AND platform = ? AND direction = 'inbound'
       AND (channel_id IS ? OR ? IS NULL) AND (content_id IS ? OR ? IS NULL) AND (thread_key IS ? OR ? IS NULL)
     ORDER BY id LIMIT 1`,
  );
  try {
    out.conversations = rows.map((r): UnansweredConversation => {
      const at = Number(r.first_at);
      const first = firstText.get([
        r.starter_id,
        at,
        r.platform,
        r.channel_id,
        r.channel_id,
        r.content_id,
        r.content_id,
        r.thread_key,
        r.thread_key,
      ]);
      return {
        conversationId: Number(r.id),
        platform: r.platform,
        personId: Number(r.starter_id),
        member: r.name ?? '',
        firstTime: Number(r.starter_first) === 1,
        at: iso(at),
        unansweredMinutes: Math.max(0, Math.round((end - at) / 60_000)),
        messages: Number(r.messages),
        text: cut(typeof first?.t === 'string' ? first.t : null),
      };
    });
  } finally {
    firstText.free();
  }
  return out;
}

/** At most TEXT_CHARS characters (code points, so an emoji is never split), an ellipsis marking a cut. */
function cut(text: string | null): string | null {
  if (text === null) return null;
  const chars = Array.from(text);
  return chars.length > TEXT_CHARS ? `${chars.slice(0, TEXT_CHARS).join('')}…` : text;
}
