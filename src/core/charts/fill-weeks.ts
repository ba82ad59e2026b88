import type { StatsSummary } from '../contract';

type Week = StatsSummary['weekly'][number];
const WEEK_MS = 7 * 86_400_000;

/**
 * The core lists only weeks that had activity; a category axis would then draw April right after
 * March as if nothing lay between. Silent weeks are put back as zeros so time reads evenly.
 */
export function fillWeeks(weekly: readonly Week[]): Week[] {
  if (weekly.length === 0) return [];
  const byWeek = new Map(weekly.map((w) => [w.week, w]));
  const first = Date.parse(`${weekly[0]!.week}T00:00:00Z`);
  const last = Date.parse(`${weekly[weekly.length - 1]!.week}T00:00:00Z`);
  const out: Week[] = [];
  for (let t = first; t <= last; t += WEEK_MS) {
    const week = new Date(t).toISOString().slice(0, 10);
    out.push(byWeek.get(week) ?? { week, inbound: 0, outbound: 0 });
  }
  return out;
}
