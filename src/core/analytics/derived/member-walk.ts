import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { UtcMs } from '../../util/time-keys';
import {
  addParticipation,
  ladderOf,
  type LoveScale,
  type ScopeState,
  type StepTimes,
  stepTimes,
  type TwoWayRows,
  walkMember,
} from './build-members';
import type { BuildContext } from './context';
import type { Rows } from './read-rows';

/** A member's part in one conversation, as the walk folds it in (member_parts). */
export interface Part {
  platform: number;
  firstAt: UtcMs;
  qualifyAt: UtcMs;
}

export interface WalkedMember {
  scopes: Map<number, ScopeState>;
  steps: StepTimes;
  ladder: number;
}

/**
 * One member's whole history: their rows (indexes into `rows`, sorted by time then id) walked into each
 * scope, then their conversations (sorted by first message) folded in. The full rebuild and the
 * incremental refresh both walk members through here, so a member walked again gives the same rows.
 */
export function walkOneMember(
  rows: Rows,
  ctx: BuildContext,
  twoWay: TwoWayRows,
  s: AnalyticsSettings,
  love: LoveScale,
  own: ArrayLike<number>,
  helpedOfRow: Map<number, number>,
  parts: Iterable<Part>,
): WalkedMember {
  const scopes = new Map<number, ScopeState>();
  walkMember(rows, ctx, twoWay, s, love, own, helpedOfRow, scopes);
  const all = scopes.get(-1)!;
  for (const k of parts) {
    addParticipation(all, s, k.firstAt, k.qualifyAt);
    const sc = scopes.get(k.platform);
    if (sc && sc !== all) addParticipation(sc, s, k.firstAt, k.qualifyAt);
  }
  const steps = stepTimes(all);
  return { scopes, steps, ladder: ladderOf(steps) };
}
