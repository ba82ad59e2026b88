import type { Ambassador } from '../../contract/metrics';
import { onionTiers } from './onion';
import type { AnalyticsSettings } from '../../contract/analytics-settings';

import { round } from './stats';
import type { WeekKey } from '../../util/time-keys';
/** One member with active interactions in the range, as the ranking reads them. */
export interface Candidate {
  person: number;
  n: number;
  active: number;
  weeks: number;
  /** First active week of the member (whole history, in the scope). */
  cohort: WeekKey;
  helped: number;
  praise: number;
  love: number;
  reach: number;
  /** Whole-history segment columns, for filtering the list after ranking. */
  tier: number;
  ladder: number;
  /** Onion tier within the ranked set (1 core, 2 regular, 3 casual). */
  rankTier: number;
  retention: number;
  parts: Ambassador['components'];
  score: number;
}

const ONION_CREDIT = [0, 1, 0.5, 0] as const;

/** First index in sorted `a` whose value is ≥ v (or > v when `after`). */
function bound(a: Float64Array, v: number, after: boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after ? a[mid]! <= v : a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Mid-rank percentile of each value among all candidates; no evidence at all (0) earns nothing.
 * Percentiles keep one prolific member from flattening everyone else, as raw ratios would.
 */
function percentiles(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const out = new Float64Array(values.length);
  values.forEach((v, i) => {
    if (v <= 0) return;
    const below = bound(sorted, v, false);
    out[i] = (below + (bound(sorted, v, true) - below) / 2) / values.length;
  });
  return out;
}

/**
 * The ambassador score (metrics.md): each component becomes a percentile among the candidates (onion
 * tier gives 1 / 0.5 / 0, retention is already a share), and the score is 100 × the weighted mean.
 * `weeksInRange(cohort)` = weeks from the member's entry (or the range start) to the range end.
 * Candidates must come sorted by person id (onion ties are broken by it). Returns them best first.
 */
export function rankCandidates(cands: Candidate[], s: AnalyticsSettings, weeksInRange: (cohort: WeekKey) => number): Candidate[] {
  const col = (k: 'love' | 'praise' | 'helped' | 'reach') => percentiles(Float64Array.from(cands, (c) => c[k]));
  const tiers = onionTiers(
    cands.map((c) => c.active),
    s.onion,
  );
  const columns: [keyof Ambassador['components'], ArrayLike<number>][] = [
    ['love', col('love')],
    ['recommendations', col('praise')],
    ['helped', col('helped')],
    ['reach', col('reach')],
    ['onion', Float64Array.from(cands, (_, i) => ONION_CREDIT[tiers[i]!]!)],
    ['retention', Float64Array.from(cands, (c) => Math.min(1, c.weeks / weeksInRange(c.cohort)))],
  ];
  const weights = s.ambassadorWeights;
  const total = Object.values(weights).reduce((a, b) => a + b, 0) || 1;
  cands.forEach((c, i) => {
    c.rankTier = tiers[i]!;
    for (const [name, values] of columns) c.parts[name] = round(values[i]!, 3);
    c.retention = c.parts.retention;
    c.score = round((100 * columns.reduce((sum, [name, values]) => sum + weights[name] * values[i]!, 0)) / total, 1);
  });
  return [...cands].sort((a, b) => b.score - a.score || b.love - a.love || a.person - b.person);
}

export function emptyParts(): Ambassador['components'] {
  return { love: 0, recommendations: 0, helped: 0, reach: 0, onion: 0, retention: 0 };
}
