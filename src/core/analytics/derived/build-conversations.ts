import { SIGNAL_BIT, SIGNAL_MASK, THANKS_BIT } from '../model/intent-rules';
import type { AnalyticsSettings } from '../../contract/analytics-settings';
import { businessMs } from '../model/business-hours';
import { type BuildContext, IS_ACTIVE, KIND, PLATFORM_COUNT } from './context';
import { BRAND_MENTION_BIT, type Rows } from './read-rows';
import { addMs, asUtcMs, type DayNumber, type UtcMs, utcMsColumn, type UtcMsColumn } from '../../util/time-keys';

const NOT_YET = asUtcMs(NaN);
/** Before the brand's first message: earlier than any member message. */
const NO_ANSWER_YET = asUtcMs(-Infinity);

/** One conversation, ready to be written (starter tier and ladder are added once members are built). */
export interface ConversationRecord {
  platform: number;
  channel: number;
  content: number;
  thread: number;
  native: boolean;
  firstAt: UtcMs;
  lastAt: UtcMs;
  day: DayNumber;
  messages: number;
  inbound: number;
  outbound: number;
  members: number;
  twoWay: number;
  starter: number;
  starterFirst: boolean;
  addressed: boolean;
  responseMs: number;
  responseBhMs: number;
}

/** A member's part in one conversation: what the funnel's "conversation" and "recurring" steps read. */
export interface Participations {
  n: number;
  person: Int32Array;
  platform: Uint8Array;
  firstAt: UtcMsColumn;
  /** The member's first message in the conversation (row index). */
  firstRow: Int32Array;
  /** When this part became a real exchange (two-way with the brand, or enough messages with others); NaN if never. */
  qualifyAt: UtcMsColumn;
  /** Co-presence partners counted for reach (0 in conversations above the size cap). */
  partners: Int32Array;
}

export interface ConversationsBuild {
  conversations: ConversationRecord[];
  parts: Participations;
  /** Per row: 1 when an inbound message answers the brand in a two-way exchange. */
  twoWay: Uint8Array;
  /** The same replies as [part, row] pairs (member_parts stores each part's two-way replies). */
  twoWayParts: number[];
  /** Per row with an intent signal: ms until the brand's next message in the conversation (NaN if none). */
  responseMs: Float64Array;
  /** Helped credits: [thanks row, helper row] pairs. */
  helped: number[];
  /** Co-presence pairs of people (a < b) with their platform, for reach and neighbours. */
  pairs: number[];
  /** Rows of the active messages grouped and in time order; conversation c holds order[segments[2c] … segments[2c+1]). */
  order: Int32Array;
  segments: number[];
}

/**
 * Cuts the active messages into conversations. The group is the native thread when there is one
 * (a thread key that is more than the channel itself: WhatsApp stamps every message with its chat),
 * else the channel, else the post, else the author. A group splits after a silence: 30 minutes
 * (setting) in a chat, the longer thread gap in a native thread or DM, so a reopened thread counts again.
 */
export function buildConversations(
  rows: Rows,
  ctx: BuildContext,
  s: AnalyticsSettings,
  tz: string,
  personFirstAt: UtcMsColumn,
  /** The rows to cut (all when absent): an incremental refresh re-cuts only the regions new rows touch. */
  include?: (r: number) => boolean,
): ConversationsBuild {
  const groups = new Map<number, number>();
  const gid = new Int32Array(rows.n).fill(-1);
  const nativeGroup: number[] = [];
  const counts: number[] = [];
  for (let r = 0; r < rows.n; r++) {
    if (!IS_ACTIVE[rows.kind[r]!] || (include && !include(r))) continue;
    const ch = rows.channel[r]!;
    const th = rows.thread[r]!;
    const key = th
      ? (th * PLATFORM_COUNT + rows.platform[r]!) * 4
      : ch
        ? ch * 4 + 1
        : rows.content[r]
          ? rows.content[r]! * 4 + 2
          : (rows.person[r]! * PLATFORM_COUNT + rows.platform[r]!) * 4 + 3;
    let g = groups.get(key);
    if (g === undefined) {
      g = counts.length;
      groups.set(key, g);
      counts.push(0);
      nativeGroup.push(0);
    }
    gid[r] = g;
    counts[g]!++;
    const k = rows.kind[r]!;
    const dmLike = k === KIND.dm || k === KIND.storyReply || (ch !== 0 && ctx.channelKind.get(ch) === 'dm');
    if (dmLike || (th !== 0 && (ch === 0 || ctx.channelKey.get(ch) !== rows.threadKeys[th]))) nativeGroup[g] = 1;
  }
  // Counting sort by group keeps id order inside a group; a group is re-sorted by time only if needed.
  const start = new Int32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) start[g + 1] = start[g]! + counts[g]!;
  const fill = start.slice(0, counts.length);
  const order = new Int32Array(start[counts.length]!);
  for (let r = 0; r < rows.n; r++) if (gid[r]! >= 0) order[fill[gid[r]!]!++] = r;
  const at = rows.at;
  for (let g = 0; g < counts.length; g++) {
    let sorted = true;
    for (let i = start[g]! + 1; i < start[g + 1]! && sorted; i++) sorted = at[order[i - 1]!]! <= at[order[i]!]!;
    if (!sorted) order.subarray(start[g]!, start[g + 1]!).sort((a, b) => at[a]! - at[b]! || a - b);
  }

  const out: ConversationsBuild = {
    conversations: [],
    parts: newParts(order.length),
    twoWay: new Uint8Array(rows.n),
    twoWayParts: [],
    responseMs: new Float64Array(rows.n).fill(NaN),
    helped: [],
    pairs: [],
    order,
    segments: [],
  };
  const seg = new SegmentState(ctx.maxPerson);
  const chatGap = s.conversationGapMinutes * 60_000;
  const threadGap = s.threadGapHours * 3_600_000;
  for (let g = 0; g < counts.length; g++) {
    const gap = nativeGroup[g] ? threadGap : chatGap;
    let from = start[g]!;
    for (let i = from + 1; i <= start[g + 1]!; i++) {
      if (i === start[g + 1]! || at[order[i]!]! - at[order[i - 1]!]! > gap) {
        out.conversations.push(walkSegment(rows, ctx, s, tz, order, from, i, nativeGroup[g] === 1, seg, out, personFirstAt));
        out.segments.push(from, i);
        from = i;
      }
    }
  }
  return out;
}

function newParts(capacity: number): Participations {
  return {
    n: 0,
    person: new Int32Array(capacity),
    platform: new Uint8Array(capacity),
    firstAt: utcMsColumn(capacity),
    firstRow: new Int32Array(capacity),
    qualifyAt: utcMsColumn(capacity),
    partners: new Int32Array(capacity),
  };
}

/** Per-person scratch for one segment, reset in O(1) by a segment stamp. */
class SegmentState {
  stamp: Int32Array;
  part: Int32Array;
  count: Int32Array;
  firstAt: UtcMsColumn;
  /** When the member's message count reached the "conversation" threshold (NaN: not yet). */
  enoughAt: UtcMsColumn;
  current = 0;
  constructor(maxPerson: number) {
    this.stamp = new Int32Array(maxPerson + 1);
    this.part = new Int32Array(maxPerson + 1);
    this.count = new Int32Array(maxPerson + 1);
    this.firstAt = utcMsColumn(maxPerson + 1);
    this.enoughAt = utcMsColumn(maxPerson + 1);
  }
}

function walkSegment(
  rows: Rows,
  ctx: BuildContext,
  s: AnalyticsSettings,
  tz: string,
  order: Int32Array,
  from: number,
  to: number,
  native: boolean,
  seg: SegmentState,
  out: ConversationsBuild,
  personFirstAt: UtcMsColumn,
): ConversationRecord {
  const stamp = ++seg.current;
  const first = order[from]!;
  const rec: ConversationRecord = {
    platform: rows.platform[first]!,
    channel: rows.channel[first]!,
    content: rows.content[first]!,
    thread: rows.thread[first]!,
    native,
    firstAt: rows.at[first]!,
    lastAt: rows.at[order[to - 1]!]!,
    day: rows.day[first]!,
    messages: to - from,
    inbound: 0,
    outbound: 0,
    members: 0,
    twoWay: 0,
    starter: rows.outbound[first] ? 0 : rows.person[first]!,
    starterFirst: false,
    addressed: false,
    responseMs: NaN,
    responseBhMs: NaN,
  };
  rec.starterFirst = rec.starter !== 0 && !(personFirstAt[rec.starter]! < rec.firstAt);
  const parts = out.parts;
  const partStart = parts.n;
  let lastOutAt = NO_ANSWER_YET;
  let lastIn = -1;
  let otherIn = -1;
  for (let i = from; i < to; i++) {
    const r = order[i]!;
    const t = rows.at[r]!;
    if (rows.outbound[r]) {
      rec.outbound++;
      lastOutAt = t;
      if (rec.starter !== 0 && Number.isNaN(rec.responseMs)) rec.responseMs = t - rec.firstAt;
      continue;
    }
    rec.inbound++;
    const p = rows.person[r]!;
    // Judged on the opening messages only: what members say once the brand has spoken (a thank-you
    // naming it) would make every conversation the brand joined "addressed" and answered by construction.
    if (!rec.addressed && rec.outbound === 0 && isAddressed(rows, ctx, r, i === from)) rec.addressed = true;
    if (seg.stamp[p] !== stamp) {
      seg.stamp[p] = stamp;
      seg.count[p] = 0;
      seg.firstAt[p] = t;
      seg.enoughAt[p] = NOT_YET;
      seg.part[p] = parts.n;
      parts.person[parts.n] = p;
      parts.platform[parts.n] = rows.platform[r]!;
      parts.firstAt[parts.n] = t;
      parts.firstRow[parts.n] = r;
      parts.qualifyAt[parts.n] = NOT_YET;
      parts.partners[parts.n] = 0;
      parts.n++;
      rec.members++;
    }
    const k = seg.part[p]!;
    seg.count[p]!++;
    if (lastOutAt > seg.firstAt[p]!) {
      // The member spoke, the brand answered after that, and the member is speaking again.
      out.twoWay[r] = 1;
      out.twoWayParts.push(k, r);
      if (Number.isNaN(parts.qualifyAt[k]!)) {
        parts.qualifyAt[k] = t;
        rec.twoWay++;
      }
    }
    if (seg.count[p] === s.conversationMinMessages) seg.enoughAt[p] = t;
    if (rows.bits[r]! & THANKS_BIT) {
      const helper = lastIn >= 0 && rows.person[lastIn] !== p ? lastIn : otherIn;
      if (helper >= 0 && rows.person[helper] !== p) out.helped.push(r, helper);
    }
    if (lastIn < 0 || rows.person[lastIn] !== p) otherIn = lastIn;
    lastIn = r;
  }
  const withOthers = rec.members + (rec.outbound > 0 ? 1 : 0) >= 2;
  for (let k = partStart; k < parts.n; k++) {
    // "Enough messages" counts only in a conversation with someone else, known once it has ended.
    const enough = seg.enoughAt[parts.person[k]!]!;
    if (withOthers && !Number.isNaN(enough) && !(parts.qualifyAt[k]! <= enough)) parts.qualifyAt[k] = enough;
    if (rec.members >= 2 && rec.members <= s.reach.maxConversationMembers) {
      parts.partners[k] = rec.members - 1;
      for (let j = k + 1; j < parts.n; j++) {
        const a = parts.person[k]!;
        const b = parts.person[j]!;
        out.pairs.push(Math.min(a, b), Math.max(a, b), rec.platform);
      }
    }
  }
  let nextOut = NOT_YET;
  for (let i = to - 1; i >= from; i--) {
    const r = order[i]!;
    if (rows.outbound[r]) nextOut = rows.at[r]!;
    else if (rows.bits[r]! & SIGNAL_MASK) out.responseMs[r] = nextOut - rows.at[r]!;
  }
  if (!Number.isNaN(rec.responseMs)) rec.responseBhMs = businessMs(tz, s.businessHours, rec.firstAt, addMs(rec.firstAt, rec.responseMs));
  return rec;
}

/**
 * metrics.md "inbound thread": a message the brand is expected to answer. A purchase question or a
 * complaint is meant for the brand wherever it is said (« Ma commande n'est toujours pas arrivée »);
 * a plain question only when it opens the conversation, since members ask each other things too.
 */
function isAddressed(rows: Rows, ctx: BuildContext, r: number, first: boolean): boolean {
  const k = rows.kind[r]!;
  if (k === KIND.dm || k === KIND.storyReply || k === KIND.mention || k === KIND.comment) return true;
  const ch = rows.channel[r]!;
  if (ch !== 0 && ctx.channelKind.get(ch) === 'dm') return true;
  if (rows.target[r] !== 0 && ctx.brandIdentities.has(rows.target[r]!)) return true;
  if (rows.bits[r]! & BRAND_MENTION_BIT) return true;
  if (rows.bits[r]! & (SIGNAL_BIT.purchase | SIGNAL_BIT.complaint)) return true;
  return first && (rows.bits[r]! & SIGNAL_BIT.question) !== 0;
}
