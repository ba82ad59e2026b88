import { FUNNEL_STEPS } from '../../contract/metrics';
import type { MemberDetail, TimelineItem } from '../../contract/members';
import type { Db } from '../../db/db';
import { CercleError } from '../../errors';
import { clientTimezone } from '../../settings/settings';
import { CONVERSATION_GROUP } from '../derived/schema';
import { asMonthKey, monthToIso } from '../../util/time-keys';
import { iso } from './query-util';

const STEP_COLUMNS = ['entry_at', 'reacted_at', 'spoke_at', 'deep_at', 'conversation_at', 'recurring_at', 'ambassador_at'] as const;
/** The active kinds (derived/context.ts IS_ACTIVE): they make conversations; reactions and follows belong to none. */
const CONVERSATION_KINDS = ['comment', 'reply', 'dm', 'story_reply', 'mention', 'message'];
const KINDS_SQL = CONVERSATION_KINDS.map((k) => `'${k}'`).join(',');

function person(db: Db, id: number): { name: string } {
  const row = db.get<{ name: string }>('SELECT name FROM people WHERE id = ? AND is_brand = 0', [id]);
  if (!row) throw new CercleError('member.missing', { id });
  return row;
}

/** One member: identities (with their interactions), whole-history facts, and when each ladder step was reached. */
export function memberDetail(db: Db, id: number): MemberDetail {
  const { name } = person(db, id);
  const counts = new Map(
    db
      .all<{ identity_id: number; n: number }>(
        'SELECT identity_id, COUNT(*) AS n FROM interactions INDEXED BY interactions_person_at WHERE person_id = ? GROUP BY identity_id',
        [id],
      )
      .map((r) => [Number(r.identity_id), Number(r.n)]),
  );
  const identities = db
    .all<{ id: number; platform: string; handle: string; name: string | null }>(
      'SELECT id, platform, handle, name FROM identities WHERE person_id = ? ORDER BY id',
      [id],
    )
    .map((r) => ({
      identityId: Number(r.id),
      personId: id,
      platform: r.platform,
      handle: r.handle,
      name: r.name,
      interactions: counts.get(Number(r.id)) ?? 0,
    }));
  const facts = db.get<{ tier: number; ladder: number; active: number }>(
    'SELECT tier, ladder, active FROM member_facts WHERE person_id = ?',
    [id],
  );
  const seen = db.get<{ n: number; first_at: number; last_at: number }>(
    'SELECT n, first_at, last_at FROM person_activity WHERE person_id = ?',
    [id],
  );
  const steps = db.get<Record<(typeof STEP_COLUMNS)[number], number | null>>(
    `SELECT ${STEP_COLUMNS.join(', ')} FROM member_steps WHERE in_all = 1 AND person_id = ?`,
    [id],
  );
  const activity = db
    .all<{ month: number; n: number; active: number }>(
      `SELECT month, COUNT(*) AS n, SUM(kind IN (${KINDS_SQL})) AS active FROM interactions INDEXED BY interactions_person_at WHERE person_id = ? GROUP BY month ORDER BY month`,
      [id],
    )
    .map((r) => ({ month: monthToIso(asMonthKey(Number(r.month))), interactions: Number(r.n), active: Number(r.active) }));
  const at = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : iso(Number(ms)));
  return {
    personId: id,
    name,
    timezone: clientTimezone(db),
    tier: Number(facts?.tier ?? 0),
    ladder: Number(facts?.ladder ?? 0),
    firstAt: at(seen?.first_at),
    lastAt: at(seen?.last_at),
    interactions: Number(seen?.n ?? 0),
    activeInteractions: Number(facts?.active ?? 0),
    identities,
    steps: FUNNEL_STEPS.map((step, i) => ({ step, at: at(steps?.[STEP_COLUMNS[i]!]) })),
    activity,
  };
}

/**
 * A member's interactions, newest first, a page at a time, along interactions_person_at. A message's
 * conversation is the latest one of its group (thread, channel, post or author: build-conversations.ts)
 * that started at or before it and had not ended, found along conversations_group.
 */
export function memberTimeline(db: Db, id: number, offset: number, limit: number): { total: number; items: TimelineItem[] } {
  person(db, id);
  const total = Number(
    db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions INDEXED BY interactions_person_at WHERE person_id = ?', [id])!.n,
  );
  const threadKey = `nullif(replace(replace(i.thread_key, char(30), ' '), char(31), ' '), '')`;
  const groupOfMessage = CONVERSATION_GROUP('i.')
    .replace("'t' || i.thread_key", `'t' || ${threadKey}`)
    .replace("'a' || i.starter_id", "'a' || i.person_id");
  const rows = db.all<{
    id: number;
    at: number;
    platform: string;
    kind: string;
    direction: string;
    text: string | null;
    place: string | null;
    conv: number | null;
  }>(
    `SELECT i.id, i.at, i.platform, i.kind, i.direction, i.text, coalesce(ch.name, ct.title) AS place,
       CASE WHEN i.kind IN (${KINDS_SQL}) THEN (
         SELECT id FROM (
           SELECT c.id, c.last_at FROM conversations c INDEXED BY conversations_group
           WHERE c.platform = i.platform AND ${CONVERSATION_GROUP('c.')} = ${groupOfMessage} AND c.first_at <= i.at
           ORDER BY c.first_at DESC LIMIT 1)
         WHERE last_at >= i.at) END AS conv
     FROM interactions i INDEXED BY interactions_person_at
       LEFT JOIN channels ch ON ch.id = i.channel_id LEFT JOIN contents ct ON ct.id = i.content_id
     WHERE i.person_id = ? ORDER BY i.at DESC, i.id DESC LIMIT ? OFFSET ?`,
    [id, limit, offset],
  );
  return {
    total,
    items: rows.map((r) => ({
      id: Number(r.id),
      at: iso(Number(r.at)),
      platform: r.platform,
      kind: r.kind,
      direction: r.direction,
      text: r.text,
      place: r.place,
      conversationId: r.conv === null ? null : Number(r.conv),
    })),
  };
}
