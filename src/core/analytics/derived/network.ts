import type { AnalyticsSettings } from '../../contract/analytics-settings';
import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import type { DayNumber, MonthKey } from '../../util/time-keys';
import type { ConversationsBuild } from './build-conversations';
import { BulkInsert } from './bulk-insert';
import { type BuildContext, IS_ACTIVE } from './context';
import type { Rows } from './read-rows';

const PAIR = 2 ** 26;
/** member_reach's key: (person × 100,000 + month) × 16 + platform; its numeric order is (person, month, platform). */
export const reachKey = (person: number, month: number, platform: number) => (person * 100_000 + month) * 16 + platform;

/**
 * Orbit reach and the pairs of people who met. A reply or mention between two members weighs
 * `replyMentionStrength` for both, sharing a conversation weighs `coPresenceStrength` per other member;
 * summed per member, platform and month. Each pair counts the replies and conversations behind it, so an
 * incremental refresh can take a re-cut conversation's share back out (`sign` -1) and still know whether
 * the two people met elsewhere.
 */
export class NetworkTally {
  readonly reach = new Map<number, number>();
  readonly pairs = new Map<number, number>();

  constructor(
    private readonly ctx: BuildContext,
    private readonly s: AnalyticsSettings,
  ) {}

  private add(person: number, platform: number, day: DayNumber, v: number): void {
    const key = reachKey(person, this.ctx.month(day), platform);
    this.reach.set(key, (this.reach.get(key) ?? 0) + v);
  }

  private pair(a: number, b: number, sign: number): void {
    const key = Math.min(a, b) * PAIR + Math.max(a, b);
    this.pairs.set(key, (this.pairs.get(key) ?? 0) + sign);
  }

  /** Reply and mention edges of the rows `include` accepts (all when absent). */
  edges(rows: Rows, include?: (r: number) => boolean): void {
    const { ctx, s } = this;
    for (let r = 0; r < rows.n; r++) {
      if (rows.outbound[r] || !rows.target[r] || !IS_ACTIVE[rows.kind[r]!] || (include && !include(r))) continue;
      const other = ctx.identityPerson.get(rows.target[r]!);
      const p = rows.person[r]!;
      if (other === undefined || other === p || ctx.brandPeople.has(other) || ctx.brandPeople.has(p)) continue;
      this.add(p, rows.platform[r]!, rows.day[r]!, s.reach.replyMentionStrength);
      this.add(other, rows.platform[r]!, rows.day[r]!, s.reach.replyMentionStrength);
      this.pair(p, other, 1);
    }
  }

  /** Co-presence in the conversations of `conv`, added (sign 1) or taken back (-1). */
  presence(rows: Rows, conv: ConversationsBuild, sign: 1 | -1): void {
    const parts = conv.parts;
    for (let k = 0; k < parts.n; k++) {
      if (parts.partners[k]! > 0)
        this.add(
          parts.person[k]!,
          parts.platform[k]!,
          rows.day[parts.firstRow[k]!]!,
          sign * parts.partners[k]! * this.s.reach.coPresenceStrength,
        );
    }
    for (let i = 0; i < conv.pairs.length; i += 3) this.pair(conv.pairs[i]!, conv.pairs[i + 1]!, sign);
  }

  /** Distinct people met, per person (the full rebuild's neighbours). */
  neighbours(maxPerson: number): Int32Array {
    const out = new Int32Array(maxPerson + 1);
    for (const [key, n] of this.pairs) {
      if (n <= 0) continue;
      const b = key % PAIR;
      out[(key - b) / PAIR]!++;
      out[b]!++;
    }
    return out;
  }

  writeReach(db: Db): void {
    const out = new BulkInsert(db, 'member_reach', ['plat', 'person_id', 'month', 'value'], { plat: PLATFORMS });
    for (const [key, value] of this.reach)
      out.add([PLATFORMS[key % 16]!, Math.floor(key / 16 / 100_000), Math.floor(key / 16) % 100_000, value]);
    out.flush();
  }

  /** member_pairs in key order (a WITHOUT ROWID table fills fastest in order). */
  writePairs(db: Db): void {
    const out = new BulkInsert(db, 'member_pairs', ['a', 'b', 'n']);
    for (const key of [...this.pairs.keys()].sort((x, y) => x - y)) {
      const b = key % PAIR;
      out.add([(key - b) / PAIR, b, this.pairs.get(key)!]);
    }
    out.flush();
  }
}

/** Splits a pair key of NetworkTally.pairs into its two people. */
export function pairPeople(key: number): [number, number] {
  const b = key % PAIR;
  return [(key - b) / PAIR, b];
}

/**
 * Reach of each member over the whole history, per platform and in total (-1), decayed to `month`.
 * Summed in key order (person, month, platform), so a refresh that reads member_reach back in that
 * order gets the same floating-point sums as one that built it.
 */
export function wholeReach(
  entries: Iterable<[key: number, value: number]>,
  month: MonthKey,
  decay: number,
): (person: number, scope: number) => number {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const totals = new Map<number, number>();
  for (const [key, value] of sorted) {
    const platform = key % 16;
    const rest = Math.floor(key / 16);
    const m = rest % 100_000;
    const person = (rest - m) / 100_000;
    const v = value * decay ** Math.max(0, month - m);
    totals.set(person * 32 + platform, (totals.get(person * 32 + platform) ?? 0) + v);
    totals.set(person * 32 + 31, (totals.get(person * 32 + 31) ?? 0) + v);
  }
  return (person, scope) => totals.get(person * 32 + (scope < 0 ? 31 : scope)) ?? 0;
}
