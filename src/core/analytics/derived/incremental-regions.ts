import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { Db } from '../../db/db';
import { INTERACTION_KINDS, PLATFORMS } from '../../domain/kinds';
import { type BuildContext, IS_ACTIVE, KIND } from './context';
import { BulkInsert } from './bulk-insert';
import type { Rows } from './read-rows';

/** Why an incremental refresh gives way to a full rebuild (said in the refresh's report). */
export class NeedsFullRebuild extends Error {}

const ACTIVE_KINDS = INTERACTION_KINDS.filter((_, k) => IS_ACTIVE[k])
  .map((k) => `'${k}'`)
  .join(', ');

/** A conversation group (build-conversations.ts): a native thread, a channel, a post or an author. */
interface Group {
  /** Over `interactions`, the rows of the group; over `conversations`, its conversations. */
  rowsWhere: string;
  convWhere: string;
  params: (number | string)[];
  channel: number;
  /** The index that finds the group's rows in a time range: an author's own (person_id, at), else at. */
  index: 'interactions_person_at' | 'interactions_at';
  /** The group's new rows (ids): its whole region when no old conversation lies within a silence of them. */
  ids: number[];
  /** New rows' times in the group, and whether any of them makes it a native thread. */
  tMin: number;
  tMax: number;
  native: boolean;
  /** New brand messages in this channel (any group): they may answer its chat conversations. */
  brandMin: number;
  brandMax: number;
}

export interface Regions {
  /** Old conversations re-cut (their ids in `conversations`). */
  oldConversations: number[];
  /** Rows of the regions (temp.incr_region) and the brand messages after them that may answer them. */
  count: number;
}

/**
 * The regions of conversation groups that new rows (ids above `oldMaxId`) change: in each group they
 * touch, the old conversations within a silence of a new row, or whose chat a new brand message may
 * answer (within the response window), with every row between. Rows outside a region are cut apart from
 * it by more than the group's silence, so cutting a region alone gives the conversations a full cut
 * gives there. Fills temp.incr_region (region rows) and temp.incr_extra (brand messages after a region
 * that brand-answers.ts may attribute to its conversations).
 */
export function findRegions(db: Db, fresh: Rows, ctx: BuildContext, s: AnalyticsSettings): Regions {
  const groups = new Map<string, Group>();
  const group = (key: string, make: () => Omit<Group, 'tMin' | 'tMax' | 'native' | 'brandMin' | 'brandMax' | 'ids' | 'index'>): Group => {
    let g = groups.get(key);
    if (!g) {
      const made = make();
      g = {
        ...made,
        index: made.rowsWhere.startsWith('person_id') ? 'interactions_person_at' : 'interactions_at',
        ids: [],
        tMin: Infinity,
        tMax: -Infinity,
        native: false,
        brandMin: Infinity,
        brandMax: -Infinity,
      };
      groups.set(key, g);
    }
    return g;
  };
  const channelGroup = (ch: number) =>
    group(`c${ch}`, () => ({
      rowsWhere: "channel_id = ? AND (thread_key IS NULL OR thread_key = '')",
      convWhere: 'channel_id = ? AND thread_key IS NULL',
      params: [ch],
      channel: ch,
    }));
  for (let r = 0; r < fresh.n; r++) {
    const k = fresh.kind[r]!;
    if (!IS_ACTIVE[k]) continue;
    const ch = fresh.channel[r]!;
    const th = fresh.thread[r]!;
    const pl = PLATFORMS[fresh.platform[r]!]!;
    let g: Group;
    if (th) {
      const key = fresh.threadKeys[th]!;
      g = group(`t${pl}\u001f${key}`, () => ({
        rowsWhere: 'platform = ? AND thread_key = ?',
        convWhere: 'platform = ? AND thread_key = ?',
        params: [pl, key],
        channel: 0,
      }));
    } else if (ch) g = channelGroup(ch);
    else if (fresh.content[r]) {
      const c = fresh.content[r]!;
      g = group(`p${c}`, () => ({
        rowsWhere: "content_id = ? AND channel_id IS NULL AND (thread_key IS NULL OR thread_key = '')",
        convWhere: 'content_id = ? AND channel_id IS NULL AND thread_key IS NULL',
        params: [c],
        channel: 0,
      }));
    } else {
      // An author's own messages: its conversations are found by their starter, which a brand message
      // opening one would leave empty.
      if (fresh.outbound[r] || ctx.brandPeople.has(fresh.person[r]!))
        throw new NeedsFullRebuild('a brand message outside any channel, post or thread');
      const p = fresh.person[r]!;
      g = group(`a${pl}\u001f${p}`, () => ({
        rowsWhere:
          "person_id = ? AND platform = ? AND channel_id IS NULL AND content_id IS NULL AND (thread_key IS NULL OR thread_key = '')",
        convWhere: 'starter_id = ? AND platform = ? AND thread_key IS NULL AND channel_id IS NULL AND content_id IS NULL',
        params: [p, pl],
        channel: 0,
      }));
    }
    const at = fresh.at[r]!;
    g.ids.push(fresh.id[r]!);
    g.tMin = Math.min(g.tMin, at);
    g.tMax = Math.max(g.tMax, at);
    const dmLike = k === KIND.dm || k === KIND.storyReply || (ch !== 0 && ctx.channelKind.get(ch) === 'dm');
    if (dmLike || (th !== 0 && (ch === 0 || ctx.channelKey.get(ch) !== fresh.threadKeys[th]))) g.native = true;
    if (fresh.outbound[r] && ch) {
      const c = channelGroup(ch);
      c.brandMin = Math.min(c.brandMin, at);
      c.brandMax = Math.max(c.brandMax, at);
    }
  }
  db.exec(`DROP TABLE IF EXISTS temp.incr_region; DROP TABLE IF EXISTS temp.incr_extra;
    CREATE TEMP TABLE incr_region (id INTEGER PRIMARY KEY); CREATE TEMP TABLE incr_extra (id INTEGER PRIMARY KEY);`);
  const windowMs = s.responseWindowHours * 3_600_000;
  const oldConversations: number[] = [];
  const newOnly = new BulkInsert(db, 'temp.incr_region', ['id']);
  for (const g of groups.values()) {
    const old = db.get<{ native: number }>(`SELECT native FROM conversations WHERE ${g.convWhere} LIMIT 1`, g.params);
    // A group's silence is a thread's or a chat's for all its rows: a new row that turns a chat into a
    // native thread changes every cut in it.
    if (old && (Number(old.native) === 1) !== (Number(old.native) === 1 || g.native))
      throw new NeedsFullRebuild('a chat became a native thread');
    const native = g.native || Number(old?.native ?? 0) === 1;
    const gap = native ? s.threadGapHours * 3_600_000 : s.conversationGapMinutes * 60_000;
    let lo = g.tMin - gap;
    let hi = g.tMax + gap;
    if (g.brandMin <= g.brandMax) {
      lo = Math.min(lo, g.brandMin - windowMs);
      hi = Math.max(hi, g.brandMax);
    }
    const convs = db.all<{ id: number; first_at: number; last_at: number }>(
      `SELECT id, first_at, last_at FROM conversations WHERE ${g.convWhere} AND last_at >= ? AND first_at <= ?`,
      [...g.params, lo, hi],
    );
    let from = g.tMin;
    let to = g.tMax;
    for (const c of convs) {
      oldConversations.push(Number(c.id));
      from = Math.min(from, Number(c.first_at));
      to = Math.max(to, Number(c.last_at));
    }
    if (from > to) continue;
    // No old conversation within a silence of the new rows: no old row of the group lies between them
    // (it would belong to one), so they are the region. Most new reply chains and threads are such.
    if (convs.length === 0) for (const id of g.ids) newOnly.add([id]);
    else
      // Interactions keep no thread or channel index (migration 004): the time range leads.
      db.run(
        `INSERT OR IGNORE INTO temp.incr_region (id) SELECT id FROM interactions INDEXED BY ${g.index} WHERE at BETWEEN ? AND ? AND ${g.rowsWhere} AND kind IN (${ACTIVE_KINDS})`,
        [from, to, ...g.params],
      );
    if (g.channel)
      db.run(
        `INSERT OR IGNORE INTO temp.incr_extra (id) SELECT id FROM interactions INDEXED BY interactions_at WHERE at BETWEEN ? AND ? AND channel_id = ? AND direction = 'outbound' AND kind IN (${ACTIVE_KINDS})`,
        [from, to + windowMs, g.channel],
      );
  }
  newOnly.flush();
  db.run('DELETE FROM temp.incr_extra WHERE id IN (SELECT id FROM temp.incr_region)');
  const count = Number(
    db.get<{ n: number }>('SELECT (SELECT COUNT(*) FROM temp.incr_region) + (SELECT COUNT(*) FROM temp.incr_extra) AS n')!.n,
  );
  return { oldConversations, count };
}
