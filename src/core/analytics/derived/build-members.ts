import {
  asDayNumber,
  asUtcMs,
  type DayNumber,
  earliest,
  latest,
  type MonthKey,
  type UtcMs,
  type WeekKey,
  weekOfDay,
} from '../../util/time-keys';
import type { PeriodKey } from '../model/periods';
import { SIGNAL_BIT } from '../model/intent-rules';
import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { ConversationsBuild } from './build-conversations';
import { type BuildContext, IS_ACTIVE, IS_ACTIVITY, IS_REACTION, KIND } from './context';
import type { Rows } from './read-rows';

const PRAISE_BIT = SIGNAL_BIT.praise;
export const DAYS_PER_MONTH = 30.436875;
/** A step not reached: every comparison with a real time says "later". */
const NEVER = asUtcMs(Infinity);
/** Not seen yet (NaN: Number.isNaN tells it apart). */
const UNSEEN = asUtcMs(NaN);
/** Depth classes (metrics.md "Depth of an interaction"). */
export const CLASS = { like: 0, follow: 1, save: 2, share: 3, short: 4, detailed: 5, story: 6, dm: 7, twoWay: 8 };

/** The rows that answer the brand in a two-way exchange (1 per row), from a conversation build or read back. */
export type TwoWayRows = Pick<ConversationsBuild, 'twoWay'>;

/** Weight of each depth class (settings), and the monthly decay of love measured back from the anchor day. */
export interface LoveScale {
  weights: number[];
  factor: (day: DayNumber) => number;
}

export function loveScale(s: AnalyticsSettings, anchorDay: DayNumber): LoveScale {
  const w = s.depthWeights;
  const cache = new Map<DayNumber, number>();
  return {
    weights: [w.like, w.follow, w.save, w.share, w.shortComment, w.detailedComment, w.storyReply, w.dm, w.twoWayReply],
    factor(day) {
      let f = cache.get(day);
      if (f === undefined) {
        f = s.loveMonthlyDecay ** ((anchorDay - day) / DAYS_PER_MONTH);
        cache.set(day, f);
      }
      return f;
    },
  };
}

/** One member's activity in one period of one scope. */
export interface PeriodRecord<P extends PeriodKey = PeriodKey> {
  period: P;
  n: number;
  active: number;
  helped: number;
  praise: number;
  love: number;
  /** Deep interactions (detailed comment, story reply, DM, save, share, two-way reply). */
  deep: number;
  /** Bit per platform active in the period (for the all-platform scope). */
  platforms: number;
}

/** Everything one scope (all platforms, or one) knows about one member. */
export interface ScopeState {
  platform: number; // -1 = all platforms
  entryAt: UtcMs;
  entryDay: DayNumber;
  lastAt: UtcMs;
  reactedAt: UtcMs;
  spokeAt: UtcMs;
  deepAt: UtcMs;
  weeksSeen: number;
  weeksAt: UtcMs;
  advocacy: number;
  /** When the advocacy count reached the ambassador threshold. */
  advocacyAt: UtcMs;
  conversationAt: UtcMs;
  conversationsSeen: number;
  conversationsAt: UtcMs;
  lastDay: DayNumber;
  weeks: PeriodRecord<WeekKey>[];
  months: PeriodRecord<MonthKey>[];
  /** Gaps between active days: [week of the later day, gap in days] pairs, flat so a member costs one array. */
  gaps: number[];
}

/** Infinity for a step not reached. */
export interface StepTimes {
  entry: UtcMs;
  reacted: UtcMs;
  spoke: UtcMs;
  deep: UtcMs;
  conversation: UtcMs;
  recurring: UtcMs;
  ambassador: UtcMs;
  /** When the member first did each step's own action, whatever else they did (the literal counts). */
  own: { reacted: UtcMs; spoke: UtcMs; deep: UtcMs; conversation: UtcMs; recurring: UtcMs };
}

function newScope(platform: number): ScopeState {
  return {
    platform,
    entryAt: UNSEEN,
    entryDay: asDayNumber(0),
    lastAt: UNSEEN,
    reactedAt: NEVER,
    spokeAt: NEVER,
    deepAt: NEVER,
    weeksSeen: 0,
    weeksAt: NEVER,
    advocacy: 0,
    advocacyAt: NEVER,
    conversationAt: NEVER,
    conversationsSeen: 0,
    conversationsAt: NEVER,
    lastDay: asDayNumber(NaN),
    weeks: [],
    months: [],
    gaps: [],
  };
}

function addTo<P extends PeriodKey>(
  list: PeriodRecord<P>[],
  period: P,
  r: number,
  rows: Rows,
  love: number,
  helped: number,
  deep: boolean,
): void {
  let rec = list[list.length - 1];
  if (!rec || rec.period !== period) {
    rec = { period, n: 0, active: 0, helped: 0, praise: 0, love: 0, deep: 0, platforms: 0 };
    list.push(rec);
  }
  rec.n++;
  if (deep) rec.deep++;
  if (IS_ACTIVE[rows.kind[r]!]) rec.active++;
  rec.love += love;
  rec.helped += helped;
  if (rows.bits[r]! & PRAISE_BIT) rec.praise++;
  rec.platforms |= 1 << rows.platform[r]!;
}

/** The depth class of one inbound interaction (metrics.md "Depth"), or -1 when it has none. */
export function depthClass(rows: Rows, ctx: BuildContext, conv: TwoWayRows, s: AnalyticsSettings, r: number): number {
  const k = rows.kind[r]!;
  if (k === KIND.like || k === KIND.reaction || k === KIND.pollVote) return CLASS.like;
  if (k === KIND.follow || k === KIND.join) return CLASS.follow;
  if (k === KIND.save) return CLASS.save;
  if (k === KIND.share) return CLASS.share;
  if (!IS_ACTIVE[k]) return -1;
  if (conv.twoWay[r]) return CLASS.twoWay;
  if (k === KIND.dm || (rows.channel[r] !== 0 && ctx.channelKind.get(rows.channel[r]!) === 'dm')) return CLASS.dm;
  if (k === KIND.storyReply) return CLASS.story;
  return rows.words[r]! >= s.detailedWords ? CLASS.detailed : CLASS.short;
}

/**
 * Walks one member's interactions in time order into each scope: ladder evidence, periods with their
 * depth classes, gaps between active days. `rowsOfPerson` holds row indexes sorted by time.
 */
export function walkMember(
  rows: Rows,
  ctx: BuildContext,
  conv: TwoWayRows,
  s: AnalyticsSettings,
  love: LoveScale,
  rowsOfPerson: ArrayLike<number>,
  helpedOfRow: Map<number, number>,
  scopes: Map<number, ScopeState>,
): void {
  const all = newScope(-1);
  scopes.set(-1, all);
  // Most members are seen on one platform: their platform scope is the all-platform one, walked once.
  let first = -1;
  let single = true;
  for (let i = 0; i < rowsOfPerson.length && single; i++) {
    const r = rowsOfPerson[i]!;
    if (!IS_ACTIVITY[rows.kind[r]!]) continue;
    if (first < 0) first = rows.platform[r]!;
    else single = rows.platform[r] === first;
  }
  if (single && first >= 0) scopes.set(first, all);
  for (let i = 0; i < rowsOfPerson.length; i++) {
    const r = rowsOfPerson[i]!;
    if (!IS_ACTIVITY[rows.kind[r]!]) continue;
    const cls = depthClass(rows, ctx, conv, s, r);
    const helped = helpedOfRow.get(r) ?? 0;
    const depth = cls < 0 ? 0 : love.weights[cls]! * love.factor(rows.day[r]!);
    visit(all, rows, ctx, s, r, cls, depth, helped);
    if (single) continue;
    const pl = rows.platform[r]!;
    let own = scopes.get(pl);
    if (!own) {
      own = newScope(pl);
      scopes.set(pl, own);
    }
    visit(own, rows, ctx, s, r, cls, depth, helped);
  }
}

function visit(
  sc: ScopeState,
  rows: Rows,
  ctx: BuildContext,
  s: AnalyticsSettings,
  r: number,
  cls: number,
  love: number,
  helped: number,
): void {
  const at = rows.at[r]!;
  const day = rows.day[r]!;
  const k = rows.kind[r]!;
  if (Number.isNaN(sc.entryAt)) {
    sc.entryAt = at;
    sc.entryDay = day;
  }
  sc.lastAt = at;
  if (IS_REACTION[k] && at < sc.reactedAt) sc.reactedAt = at;
  if (IS_ACTIVE[k] && at < sc.spokeAt) sc.spokeAt = at;
  const deep =
    cls === CLASS.detailed || cls === CLASS.story || cls === CLASS.dm || cls === CLASS.twoWay || cls === CLASS.save || cls === CLASS.share;
  if (deep && at < sc.deepAt) sc.deepAt = at;
  const acts = helped + (rows.bits[r]! & PRAISE_BIT ? 1 : 0);
  if (acts > 0 && sc.advocacy < s.ambassadorMinAdvocacy) {
    sc.advocacy += acts;
    if (sc.advocacy >= s.ambassadorMinAdvocacy) sc.advocacyAt = at;
  }
  const week = weekOfDay(day);
  const lastWeek = sc.weeks[sc.weeks.length - 1]?.period;
  if (lastWeek !== week) {
    sc.weeksSeen++;
    if (sc.weeksSeen === s.recurring.minWeeks) sc.weeksAt = at;
  }
  addTo(sc.weeks, week, r, rows, love, helped, deep);
  addTo(sc.months, ctx.month(day), r, rows, love, helped, deep);
  if (sc.lastDay !== day) {
    if (!Number.isNaN(sc.lastDay)) sc.gaps.push(week, day - sc.lastDay);
    sc.lastDay = day;
  }
}

/** Folds in the member's conversations (sorted by time) for one scope: the "conversation" and "recurring" evidence. */
export function addParticipation(sc: ScopeState, s: AnalyticsSettings, firstAt: UtcMs, qualifyAt: UtcMs): void {
  sc.conversationsSeen++;
  if (sc.conversationsSeen === s.recurring.minConversations) sc.conversationsAt = firstAt;
  if (qualifyAt < sc.conversationAt) sc.conversationAt = qualifyAt;
}

/**
 * When each ladder step was reached. A higher step implies the lower ones (metrics.md: "each step
 * implies the previous ones were seen or inferable"), so each time is at most the next step's.
 */
export function stepTimes(sc: ScopeState): StepTimes {
  const recurringRaw = latest(sc.weeksAt, sc.conversationsAt);
  const ambassador = Number.isFinite(recurringRaw) && Number.isFinite(sc.advocacyAt) ? latest(recurringRaw, sc.advocacyAt) : NEVER;
  const recurring = earliest(recurringRaw, ambassador);
  const conversation = earliest(sc.conversationAt, recurring);
  const deep = earliest(sc.deepAt, conversation);
  const spoke = earliest(sc.spokeAt, deep);
  const reacted = earliest(sc.reactedAt, spoke);
  const own = { reacted: sc.reactedAt, spoke: sc.spokeAt, deep: sc.deepAt, conversation: sc.conversationAt, recurring: recurringRaw };
  return { entry: sc.entryAt, reacted, spoke, deep, conversation, recurring, ambassador, own };
}

/** 0 audience, 1 reacted, 2 spoke, 3 deep, 4 conversation, 5 recurring, 6 ambassador. */
export function ladderOf(t: StepTimes): number {
  const steps = [t.reacted, t.spoke, t.deep, t.conversation, t.recurring, t.ambassador];
  let level = 0;
  for (let i = 0; i < steps.length; i++) if (Number.isFinite(steps[i]!)) level = i + 1;
  return level;
}

/** A scope's whole-history sums over its weeks (love unrounded, summed in week order): the ranking's inputs. */
export interface ScopeTotals {
  n: number;
  active: number;
  helped: number;
  praise: number;
  love: number;
}

export function scopeTotals(sc: ScopeState): ScopeTotals {
  const t = { n: 0, active: 0, helped: 0, praise: 0, love: 0 };
  for (const w of sc.weeks) {
    t.active += w.active;
    t.n += w.n;
    t.helped += w.helped;
    t.praise += w.praise;
    t.love += w.love;
  }
  return t;
}
