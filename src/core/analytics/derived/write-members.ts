import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { type PeriodRecord, type ScopeState, scopeTotals, stepTimes } from './build-members';
import { BulkInsert, type Cell, SCOPES } from './bulk-insert';
import type { PeriodKey } from '../model/periods';

/** member_months stops after the links and segment columns: its sums serve no query. */
const LINK_COLS = 12;
const PERIOD_COLS = [
  'in_all',
  'plat',
  'person_id',
  'period',
  'cohort_a',
  'prev_a',
  'next_a',
  'cohort_p',
  'prev_p',
  'next_p',
  'tier',
  'ladder',
  'n',
  'active',
  'helped',
  'praise',
  'love',
  'deep',
  'deep_prev_a',
  'deep_prev_p',
];
/** member_facts' columns, in the order both the full rebuild and the incremental refresh write them. */
export const FACT_COLS = ['person_id', 'tier', 'ladder', 'first_at', 'last_at', 'interactions', 'active', 'neighbours', 'ambassador_at'];
/** member_steps' columns; the incremental ranks read them back by these names. */
export const STEP_COLS = [
  'in_all',
  'plat',
  'person_id',
  'tier',
  'ladder',
  'entry_at',
  'entry_day',
  'reacted_at',
  'spoke_at',
  'deep_at',
  'conversation_at',
  'recurring_at',
  'ambassador_at',
  'reacted_own_at',
  'spoke_own_at',
  'deep_own_at',
  'conversation_own_at',
  'recurring_own_at',
  'weeks',
  'months',
  'tot_n',
  'tot_active',
  'tot_helped',
  'tot_praise',
  'tot_love',
];
const ALL_SCOPE = 255;

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

interface Links {
  cohort: PeriodKey;
  prev: PeriodKey | null;
  next: PeriodKey | null;
  /** The latest earlier period with a deep interaction. */
  deepPrev: PeriodKey | null;
}

/** For each period of a list, the latest earlier one with a deep interaction (null: none before). */
function deepPrevs(list: readonly PeriodRecord[]): (PeriodKey | null)[] {
  const out: (PeriodKey | null)[] = new Array<PeriodKey | null>(list.length);
  let last: PeriodKey | null = null;
  for (let i = 0; i < list.length; i++) {
    out[i] = last;
    if (list[i]!.deep > 0) last = list[i]!.period;
  }
  return out;
}

function links(list: readonly PeriodRecord[], i: number, deep: readonly (PeriodKey | null)[]): Links {
  return {
    cohort: list[0]!.period,
    prev: i > 0 ? list[i - 1]!.period : null,
    next: i + 1 < list.length ? list[i + 1]!.period : null,
    deepPrev: deep[i] ?? null,
  };
}

/**
 * Writes one member's scopes as rows. A member seen on one platform gets one row per period serving
 * both the all-platform and the platform scope; a member seen on several gets, for periods spent on
 * several, one total row plus one row per platform (see migration 002).
 */
export class MemberWriter {
  private readonly weeks: BulkInsert;
  private readonly months: BulkInsert;
  private readonly steps: BulkInsert;
  /** (scope, week, gap) → [n, tier 1, tier 2, tier 3, ambassadors, spoke]. */
  readonly gaps = new Map<number, number[]>();

  constructor(db: Db) {
    this.weeks = new BulkInsert(db, 'member_weeks', PERIOD_COLS, { plat: SCOPES });
    this.months = new BulkInsert(db, 'member_months', PERIOD_COLS.slice(0, LINK_COLS), { plat: SCOPES });
    this.steps = new BulkInsert(db, 'member_steps', STEP_COLS, { plat: SCOPES });
  }

  write(person: number, scopes: Map<number, ScopeState>, tier: number, ladder: number): void {
    const all = scopes.get(-1)!;
    // Keyed by platform index; a member seen on one platform has that key point at the all-platform scope.
    const own = [...scopes].filter(([p]) => p >= 0);
    const single = own.length === 1 ? own[0]![0] : undefined;
    const stepRow = (inAll: number, plat: string, sc: ScopeState) => {
      const t = stepTimes(sc);
      const tot = scopeTotals(sc);
      this.steps.add([
        inAll,
        plat,
        person,
        tier,
        ladder,
        sc.entryAt,
        sc.entryDay,
        finite(t.reacted),
        finite(t.spoke),
        finite(t.deep),
        finite(t.conversation),
        finite(t.recurring),
        finite(t.ambassador),
        finite(t.own.reacted),
        finite(t.own.spoke),
        finite(t.own.deep),
        finite(t.own.conversation),
        finite(t.own.recurring),
        sc.weeks.length,
        sc.months.length,
        tot.n,
        tot.active,
        tot.helped,
        tot.praise,
        tot.love,
      ]);
    };
    if (single !== undefined) stepRow(1, PLATFORMS[single]!, all);
    else {
      stepRow(1, '*', all);
      for (const [p, sc] of own) stepRow(0, PLATFORMS[p]!, sc);
    }
    for (const [grain, out] of [
      ['weeks', this.weeks],
      ['months', this.months],
    ] as const) {
      const allList = all[grain];
      // Deep links serve the weekly sums only (member_months stops before them).
      const withDeep = grain === 'weeks';
      const allDeep = withDeep ? deepPrevs(allList) : [];
      if (single !== undefined) {
        // The common case: one row per period serves both scopes, with the same links.
        const plat = PLATFORMS[single]!;
        for (let i = 0; i < allList.length; i++) {
          const l = links(allList, i, allDeep);
          out.add(periodRow(1, plat, person, allList[i]!, l, l, tier, ladder, grain === 'weeks'));
        }
        continue;
      }
      const byPlatform = new Map(
        own.map(([pl, sc]) => [
          pl,
          { list: sc[grain], deep: withDeep ? deepPrevs(sc[grain]) : [], index: new Map(sc[grain].map((rec, i) => [rec.period, i])) },
        ]),
      );
      for (let i = 0; i < allList.length; i++) {
        const rec = allList[i]!;
        const a = links(allList, i, allDeep);
        const platforms = own.filter(([pl]) => rec.platforms & (1 << pl)).map(([pl]) => pl);
        if (platforms.length === 1) {
          const p = byPlatform.get(platforms[0]!)!;
          const pl = links(p.list, p.index.get(rec.period)!, p.deep);
          out.add(periodRow(1, PLATFORMS[platforms[0]!]!, person, rec, a, pl, tier, ladder, grain === 'weeks'));
          continue;
        }
        out.add(periodRow(1, '*', person, rec, a, null, tier, ladder, grain === 'weeks'));
        for (const pl of platforms) {
          const p = byPlatform.get(pl)!;
          const j = p.index.get(rec.period)!;
          out.add(periodRow(0, PLATFORMS[pl]!, person, p.list[j]!, null, links(p.list, j, p.deep), tier, ladder, grain === 'weeks'));
        }
      }
    }
    addGaps(this.gaps, scopes, tier, ladder, 1);
  }

  /** Writes the period and step rows (week_gaps is written by finish, or merged by an incremental refresh). */
  flushRows(): void {
    this.weeks.flush();
    this.months.flush();
    this.steps.flush();
  }

  finish(db: Db): void {
    this.flushRows();
    const out = new BulkInsert(db, 'week_gaps', ['scope', 'week', 'gap', 'n', 'n_t1', 'n_t2', 'n_t3', 'n_amb', 'n_spoke'], {
      scope: SCOPES,
    });
    for (const [key, c] of this.gaps) out.add([...gapKey(key), ...c]);
    out.flush();
  }
}

/**
 * Counts a member's gaps between active days into `gaps`, keyed (scope, week, gap), by tier and ladder
 * step; `sign` -1 takes a member's old gaps back out (incremental refresh: integer counts, exact).
 */
export function addGaps(gaps: Map<number, number[]>, scopes: Map<number, ScopeState>, tier: number, ladder: number, sign: 1 | -1): void {
  const all = scopes.get(-1)!;
  const own = [...scopes].filter(([p]) => p >= 0);
  const gapScopes: [number, ScopeState][] = [[ALL_SCOPE, all], ...own];
  for (const [scope, sc] of gapScopes) {
    for (let i = 0; i < sc.gaps.length; i += 2) {
      const key = (scope * 1_000_000 + sc.gaps[i]!) * 100_000 + sc.gaps[i + 1]!;
      let c = gaps.get(key);
      if (!c) {
        c = [0, 0, 0, 0, 0, 0];
        gaps.set(key, c);
      }
      c[0]! += sign;
      if (tier >= 1) c[tier]! += sign;
      if (ladder >= 6) c[4]! += sign;
      if (ladder >= 2) c[5]! += sign;
    }
  }
}

/** [scope, week, gap] of a key of addGaps. */
export function gapKey(key: number): [string, number, number] {
  const gap = key % 100_000;
  const rest = (key - gap) / 100_000;
  const week = rest % 1_000_000;
  const scope = (rest - week) / 1_000_000;
  return [scope === ALL_SCOPE ? '*' : PLATFORMS[scope]!, week, gap];
}

function periodRow(
  inAll: number,
  plat: string,
  person: number,
  rec: PeriodRecord,
  a: Links | null,
  p: Links | null,
  tier: number,
  ladder: number,
  withSums: boolean,
): Cell[] {
  const row: Cell[] = [
    inAll,
    plat,
    person,
    rec.period,
    a?.cohort ?? null,
    a?.prev ?? null,
    a?.next ?? null,
    p?.cohort ?? null,
    p?.prev ?? null,
    p?.next ?? null,
    tier,
    ladder,
  ];
  if (withSums)
    row.push(
      rec.n,
      rec.active,
      rec.helped,
      rec.praise,
      Math.round(rec.love * 1e6) / 1e6,
      rec.deep,
      a?.deepPrev ?? null,
      p?.deepPrev ?? null,
    );
  return row;
}
