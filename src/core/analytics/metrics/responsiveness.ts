import type { Responsiveness, ResponseStats } from '../../contract/metrics';
import type { Db } from '../../db/db';
import { platformSql, type ResolvedFilter, segmentSql } from './filter';
import { readFields } from './query-util';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

import { addTo, type Histogram, median, percentile, rate } from '../model/stats';
interface Acc {
  inbound: number;
  answered: number;
  within: number;
  minutes: Histogram;
}

const acc = (): Acc => ({ inbound: 0, answered: 0, within: 0, minutes: new Map() });

function stats(a: Acc): ResponseStats {
  return {
    inboundConversations: a.inbound,
    answered: a.answered,
    answeredWithinWindow: a.within,
    responseRate: rate(a.answered, a.inbound),
    responseRateWithinWindow: rate(a.within, a.inbound),
    medianFirstResponseMinutes: median(a.minutes),
    p90FirstResponseMinutes: percentile(a.minutes, 0.9),
  };
}

/**
 * CHAOSS time to first response over inbound conversations (opened by a member; by default only those
 * addressed to the brand: a DM, a story reply, a comment, a mention, the brand named or tagged, or a
 * question opening it). First response = the brand's first message in the conversation; reactions are
 * not messages. Median and p90 in minutes (rounded to the minute), response rate within W and ever,
 * by platform, by first-time vs returning member, and in business hours.
 */
export function responsiveness(db: Db, f: ResolvedFilter, s: AnalyticsSettings): Responsiveness {
  const windowMs = s.responseWindowHours * 3_600_000;
  const plat = platformSql(f);
  const where = `starter_id IS NOT NULL AND day BETWEEN ? AND ?${s.responseScope === 'addressed' ? ' AND addressed = 1' : ''}${plat.sql}${segmentSql(f.segment, 'starter_tier', 'starter_ladder')}`;
  const params = [f.fromDay, f.toDay, ...plat.params];
  const all = acc();
  const byPlatform = new Map<string, Acc>();
  const byType = new Map<string, Acc>([
    ['first-time', acc()],
    ['returning', acc()],
  ]);
  if (f.hasData) {
    const rows = readFields(
      db,
      `SELECT platform || ',' || starter_first || ',' || ifnull(response_min, '') || ',' || COUNT(*) || ',' || SUM(ifnull(response_ms <= ?, 0)) AS r
       FROM conversations INDEXED BY conversations_response WHERE ${where} GROUP BY platform, starter_first, response_min`,
      [windowMs, ...params],
    );
    for (const [platform, first, minute, count, within] of rows) {
      if (!byPlatform.has(platform!)) byPlatform.set(platform!, acc());
      for (const a of [all, byPlatform.get(platform!)!, byType.get(first === '1' ? 'first-time' : 'returning')!]) {
        a.inbound += Number(count);
        if (minute === '') continue;
        a.answered += Number(count);
        a.within += Number(within);
        addTo(a.minutes, Number(minute), Number(count));
      }
    }
  }
  const bh = acc();
  let outside = 0;
  if (f.hasData) {
    const rows = readFields(
      db,
      `SELECT response_bh_min || ',' || COUNT(*) || ',' || SUM(response_bh_ms <= ?) || ',' || SUM(response_bh_ms = 0) AS r
       FROM conversations INDEXED BY conversations_response_bh WHERE ${where} AND response_bh_min IS NOT NULL GROUP BY platform, starter_first, response_bh_min`,
      [windowMs, ...params],
    );
    for (const [minute, count, within, zero] of rows) {
      bh.within += Number(within);
      // Asked and answered outside business hours: no business time elapsed, which is no waiting time.
      outside += Number(zero);
      if (Number(count) > Number(zero)) addTo(bh.minutes, Number(minute), Number(count) - Number(zero));
    }
  }
  const covered = all.answered - outside;
  // A median of the few answers that crossed business hours, when most were given outside them, would
  // speak for conversations it does not cover: it is given when it covers at least half of the answered.
  const enough = covered > 0 && covered * 2 >= all.answered;
  return {
    ...stats(all),
    windowHours: s.responseWindowHours,
    scope: s.responseScope,
    businessHours: {
      answeredWithinWindow: bh.within,
      responseRateWithinWindow: rate(bh.within, all.inbound),
      covered,
      outsideBusinessHours: outside,
      medianFirstResponseMinutes: enough ? median(bh.minutes) : null,
      p90FirstResponseMinutes: enough ? percentile(bh.minutes, 0.9) : null,
    },
    byPlatform: [...byPlatform]
      .sort((a, b) => b[1].inbound - a[1].inbound || a[0].localeCompare(b[0]))
      .map(([platform, a]) => ({ platform, ...stats(a) })),
    byMemberType: [...byType].map(([memberType, a]) => ({ memberType: memberType as 'first-time' | 'returning', ...stats(a) })),
  };
}
