import type { Calendar } from './calendar';
import { personOf, type Person } from './people';
import { pareto, pickCumulative, rngFor, type Rand } from './sampling';

/** One member as seen on one platform (the same person can be a member on several). */
export interface VenueMember {
  person: Person;
  /** Day indices [start, end) of the member's life in the community. */
  start: number;
  end: number;
  /** Things the member starts on their own over that life (replies to them come on top). */
  budget: number;
  ambassador: boolean;
  oneOff: boolean;
  /** Leaves the group when their life ends (group chats write it as a system line). */
  leaves: boolean;
}

/** `count` distinct person ids out of a pool shared by every platform, so some people are on several. */
export function pickPeople(seed: number, salt: number, pool: number, count: number): number[] {
  const r = rngFor(seed, 0x9e0, salt);
  const n = Math.min(count, pool);
  const ids = new Int32Array(pool);
  for (let i = 0; i < pool; i++) ids[i] = i;
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(r() * (pool - i));
    const t = ids[i]!;
    ids[i] = ids[j]!;
    ids[j] = t;
  }
  return Array.from(ids.subarray(0, n));
}

function dayFrom(r: Rand, cal: Calendar, lo: number, hi: number): number {
  return pickCumulative(r, cal.cum, Math.max(0, lo), Math.min(cal.days - 1, hi));
}

/**
 * The members of one platform's community: about 45% come once and vanish, the rest come back over
 * weeks or months with Pareto-distributed activity (a few members write most of what is written),
 * and the most active long-timers are the ambassadors. Budgets sum exactly to `roots`.
 */
export function buildMembers(seed: number, salt: number, cal: Calendar, personIds: readonly number[], roots: number): VenueMember[] {
  const r = rngFor(seed, 0xc0, salt);
  const n = personIds.length;
  const members: VenueMember[] = [];
  const weights: number[] = [];
  let oneOffBudget = 0;
  for (let i = 0; i < n; i++) {
    const person = personOf(seed, personIds[i]!);
    const oneOff = r() < 0.45;
    if (oneOff) {
      const start = dayFrom(r, cal, 0, cal.days - 1);
      const budget = r() < 0.7 ? 1 : r() < 0.85 ? 2 : 3;
      oneOffBudget += budget;
      members.push({
        person,
        start,
        end: Math.min(cal.days, start + 1 + Math.floor(r() * 4)),
        budget,
        ambassador: false,
        oneOff,
        leaves: r() < 0.15,
      });
      weights.push(0);
    } else {
      const start = dayFrom(r, cal, 0, cal.days - 15);
      const life = Math.round(30 + Math.pow(r(), 0.8) * (cal.days - 30));
      members.push({ person, start, end: Math.min(cal.days, start + life), budget: 0, ambassador: false, oneOff, leaves: r() < 0.3 });
      weights.push(pareto(r, 1.1));
    }
  }
  // Ambassadors: the heaviest long-timers; they arrived early and are still there.
  const recurring = members.map((_, i) => i).filter((i) => !members[i]!.oneOff);
  const nAmb = n < 12 ? Math.min(1, recurring.length) : Math.min(30, Math.max(2, Math.round(n / 150)));
  for (const i of [...recurring].sort((a, b) => weights[b]! - weights[a]!).slice(0, nAmb)) {
    const m = members[i]!;
    m.ambassador = true;
    m.leaves = false;
    m.start = Math.min(m.start, Math.floor(r() * cal.days * 0.3));
    m.end = cal.days;
  }
  allocate(members, recurring, weights, Math.max(0, roots - oneOffBudget));
  return members.sort((a, b) => a.start - b.start || a.person.id - b.person.id);
}

/** Largest-remainder split of `total` over the recurring members, in proportion to capped weights. */
function allocate(members: VenueMember[], idx: number[], weights: number[], total: number): void {
  if (idx.length === 0) return;
  let sum = idx.reduce((s, i) => s + weights[i]!, 0);
  // No single member writes more than 6% of everything, however small the community.
  const cap = 0.06 * sum;
  for (const i of idx) weights[i] = Math.min(weights[i]!, cap);
  sum = idx.reduce((s, i) => s + weights[i]!, 0);
  const min = total >= idx.length * 2 ? 2 : total >= idx.length ? 1 : 0;
  const spread = total - min * idx.length;
  let given = 0;
  const rema: [number, number][] = [];
  for (const i of idx) {
    const exact = (spread * weights[i]!) / sum;
    const whole = Math.floor(exact);
    members[i]!.budget = min + whole;
    given += min + whole;
    rema.push([i, exact - whole]);
  }
  rema.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (let k = 0; given < total && k < rema.length; k++, given++) members[rema[k]![0]]!.budget++;
}
