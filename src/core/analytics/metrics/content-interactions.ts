import type { ContentInteractions } from '../../contract/contents';
import type { Db } from '../../db/db';
import { CercleError } from '../../errors';
import { clientTimezone } from '../../settings/settings';
import { iso } from './query-util';

/**
 * The interactions on one post (the members' and the brand's), newest first, one page at a time. The
 * derived content_interactions table keys them by post and time, so a page is one range of its key
 * whatever the size of the client, and each row is then read by its id.
 */
export function contentInteractions(db: Db, contentId: number, offset = 0, limit = 50): ContentInteractions {
  const c = db.get<{
    id: number;
    platform: string;
    kind: string;
    title: string | null;
    text: string | null;
    url: string | null;
    at: number | null;
  }>('SELECT id, platform, kind, title, substr(text, 1, 200) AS text, url, at FROM contents WHERE id = ?', [contentId]);
  if (!c) throw new CercleError('content.not-found', { id: String(contentId) });
  const total = Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM content_interactions WHERE content_id = ?', [contentId])!.n);
  const rows = db.all<{
    id: number;
    at: number;
    platform: string;
    kind: string;
    direction: 'inbound' | 'outbound';
    person_id: number;
    author: string;
    handle: string;
    text: string | null;
  }>(
    `SELECT i.id AS id, i.at AS at, i.platform AS platform, i.kind AS kind, i.direction AS direction, i.person_id AS person_id,
            p.name AS author, d.handle AS handle, i.text AS text
     FROM (SELECT interaction_id, at FROM content_interactions WHERE content_id = ? ORDER BY at DESC, interaction_id DESC LIMIT ? OFFSET ?) c
     JOIN interactions i ON i.id = c.interaction_id
     JOIN people p ON p.id = i.person_id
     JOIN identities d ON d.id = i.identity_id
     ORDER BY c.at DESC, c.interaction_id DESC`,
    [contentId, limit, offset],
  );
  return {
    content: {
      contentId: Number(c.id),
      platform: c.platform,
      kind: c.kind,
      title: c.title ?? c.text,
      url: c.url,
      at: c.at === null ? null : iso(Number(c.at)),
    },
    timezone: clientTimezone(db),
    total,
    offset,
    interactions: rows.map((r) => ({
      id: Number(r.id),
      at: iso(Number(r.at)),
      platform: r.platform,
      kind: r.kind,
      direction: r.direction,
      personId: Number(r.person_id),
      author: r.author,
      handle: r.handle,
      text: r.text,
    })),
  };
}
