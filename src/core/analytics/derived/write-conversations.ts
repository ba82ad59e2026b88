import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { weekOfDay } from '../../util/time-keys';
import { SIGNAL_MASK, SIGNALS } from '../model/intent-rules';
import type { ConversationsBuild } from './build-conversations';
import { BulkInsert } from './bulk-insert';
import { type BuildContext, IS_ACTIVE } from './context';
import type { Rows } from './read-rows';

export function writeConversations(
  db: Db,
  rows: Rows,
  ctx: BuildContext,
  conv: ConversationsBuild,
  tiers: Int8Array,
  ladders: Int8Array,
): void {
  const out = new BulkInsert(
    db,
    'conversations',
    [
      'platform',
      'channel_id',
      'content_id',
      'thread_key',
      'native',
      'first_at',
      'last_at',
      'day',
      'week',
      'month',
      'messages',
      'inbound',
      'outbound',
      'members',
      'two_way',
      'starter_id',
      'starter_first',
      'starter_tier',
      'starter_ladder',
      'addressed',
      'response_ms',
      'response_bh_ms',
      'response_min',
      'response_bh_min',
    ],
    { platform: PLATFORMS },
  );
  // Written in the order of the response index: an index built from sorted rows costs half as much.
  const sorted = [...conv.conversations].sort(
    (a, b) => a.platform - b.platform || Number(a.starterFirst) - Number(b.starterFirst) || (a.responseMs || -1) - (b.responseMs || -1),
  );
  for (const c of sorted) {
    const starter = c.starter || null;
    out.add([
      PLATFORMS[c.platform]!,
      c.channel || null,
      c.content || null,
      c.thread ? rows.threadKeys[c.thread]! : null,
      c.native ? 1 : 0,
      c.firstAt,
      c.lastAt,
      c.day,
      weekOfDay(c.day),
      ctx.month(c.day),
      c.messages,
      c.inbound,
      c.outbound,
      c.members,
      c.twoWay,
      starter,
      starter ? (c.starterFirst ? 1 : 0) : null,
      starter ? tiers[c.starter]! : null,
      starter ? ladders[c.starter]! : null,
      c.addressed ? 1 : 0,
      nullIfNaN(c.responseMs),
      nullIfNaN(c.responseBhMs),
      nullIfNaN(Math.round(c.responseMs / 60_000)),
      nullIfNaN(Math.round(c.responseBhMs / 60_000)),
    ]);
  }
  out.flush();
}

const nullIfNaN = (x: number) => (Number.isNaN(x) ? null : x);

export function writeSignals(
  db: Db,
  rows: Rows,
  ctx: BuildContext,
  conv: ConversationsBuild,
  tiers: Int8Array,
  ladders: Int8Array,
  include?: (r: number) => boolean,
): void {
  const out = new BulkInsert(
    db,
    'signals',
    ['interaction_id', 'signal', 'person_id', 'platform', 'at', 'day', 'tier', 'ladder', 'response_ms', 'response_min'],
    { signal: SIGNALS, platform: PLATFORMS },
  );
  const carrying: number[] = [];
  for (let r = 0; r < rows.n; r++) {
    if (
      rows.bits[r]! & SIGNAL_MASK &&
      !rows.outbound[r] &&
      IS_ACTIVE[rows.kind[r]!] &&
      !ctx.brandPeople.has(rows.person[r]!) &&
      (!include || include(r))
    )
      carrying.push(r);
  }
  // Written signal by signal in answer-time order, the order of their costliest index.
  const minutes = (r: number) => (Number.isNaN(conv.responseMs[r]!) ? -1 : Math.round(conv.responseMs[r]! / 60_000));
  carrying.sort((a, b) => minutes(a) - minutes(b) || a - b);
  for (let i = 0; i < SIGNALS.length; i++) {
    for (const r of carrying) {
      if (!(rows.bits[r]! & (1 << i))) continue;
      const p = rows.person[r]!;
      const resp = conv.responseMs[r]!;
      out.add([
        rows.id[r]!,
        SIGNALS[i]!,
        p,
        PLATFORMS[rows.platform[r]!]!,
        rows.at[r]!,
        rows.day[r]!,
        tiers[p]!,
        ladders[p]!,
        nullIfNaN(resp),
        nullIfNaN(Math.round(resp / 60_000)),
      ]);
    }
  }
  out.flush();
}

/**
 * What the conversations say about each row and member, for the member walk: helped credits and each
 * member's part in each conversation with its two-way replies (member_parts), which an incremental
 * refresh reads back to walk a member again without cutting every conversation they took part in.
 */
export function writeConversationFacts(db: Db, rows: Rows, conv: ConversationsBuild): void {
  const helped = new BulkInsert(db, 'helped', ['thanks_id', 'helper_id', 'helper_interaction_id', 'helped_id', 'platform', 'day'], {
    platform: PLATFORMS,
  });
  for (let i = 0; i < conv.helped.length; i += 2) {
    const [t, h] = [conv.helped[i]!, conv.helped[i + 1]!];
    helped.add([rows.id[t]!, rows.person[h]!, rows.id[h]!, rows.person[t]!, PLATFORMS[rows.platform[t]!]!, rows.day[t]!]);
  }
  helped.flush();
  const parts = conv.parts;
  const order = Array.from({ length: parts.n }, (_, k) => k).sort(
    (a, b) => parts.person[a]! - parts.person[b]! || rows.id[parts.firstRow[a]!]! - rows.id[parts.firstRow[b]!]!,
  );
  const twoWay = new Map<number, string>();
  for (let i = 0; i < conv.twoWayParts.length; i += 2) {
    const k = conv.twoWayParts[i]!;
    const delta = String(rows.id[conv.twoWayParts[i + 1]!]! - rows.id[parts.firstRow[k]!]!);
    const list = twoWay.get(k);
    twoWay.set(k, list === undefined ? delta : `${list},${delta}`);
  }
  const out = new BulkInsert(db, 'member_parts', ['person_id', 'platform', 'first_at', 'qualify_at', 'first_id', 'two_way']);
  for (const k of order)
    out.add([
      parts.person[k]!,
      parts.platform[k]!,
      parts.firstAt[k]!,
      parts.qualifyAt[k]!,
      rows.id[parts.firstRow[k]!]!,
      twoWay.get(k) ?? null,
    ]);
  out.flush();
}

/** The interaction ids of a member_parts row's two-way replies. */
export function twoWayIds(firstId: number, list: string | null): number[] {
  return list === null ? [] : list.split(',').map((d) => firstId + Number(d));
}
