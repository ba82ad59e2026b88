import type { ConversationsSummary } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { platformSql, type ResolvedFilter, segmentSql } from './filter';
import { readFields } from './query-util';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

/**
 * The conversations every other metric reuses (stored by refreshDerived): how many started in the
 * range, how many are native threads vs cut by silence, how many a member opened, how many had a
 * member reply back to the brand, how many went without the brand. A member segment keeps the
 * conversations its members opened.
 */
export function conversations(db: Db, f: ResolvedFilter, _s: AnalyticsSettings): ConversationsSummary {
  const out: ConversationsSummary = {
    conversations: 0,
    native: 0,
    bySilence: 0,
    messages: 0,
    inbound: 0,
    twoWay: 0,
    withMembersOnly: 0,
    byPlatform: [],
  };
  if (!f.hasData) return out;
  const plat = platformSql(f);
  const seg = f.segment === 'all' ? '' : ` AND starter_id IS NOT NULL${segmentSql(f.segment, 'starter_tier', 'starter_ladder')}`;
  const rows = readFields(
    db,
    `SELECT platform || ',' || COUNT(*) || ',' || SUM(native) || ',' || SUM(messages) || ',' || SUM(starter_id IS NOT NULL) || ',' || SUM(two_way > 0) || ',' || SUM(outbound = 0) AS r
     FROM conversations INDEXED BY conversations_platform WHERE day BETWEEN ? AND ?${plat.sql}${seg} GROUP BY platform`,
    [f.fromDay, f.toDay, ...plat.params],
  );
  for (const [platform, n, native, messages, inbound, twoWay, membersOnly] of rows) {
    out.conversations += Number(n);
    out.native += Number(native);
    out.messages += Number(messages);
    out.inbound += Number(inbound);
    out.twoWay += Number(twoWay);
    out.withMembersOnly += Number(membersOnly);
    out.byPlatform.push({ platform: platform!, conversations: Number(n), messages: Number(messages) });
  }
  out.bySilence = out.conversations - out.native;
  out.byPlatform.sort((a, b) => b.conversations - a.conversations || a.platform.localeCompare(b.platform));
  return out;
}
