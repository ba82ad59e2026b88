/** value → count, for percentiles over integer-valued data (minutes, days). */
export type Histogram = Map<number, number>;

export function addTo(h: Histogram, value: number, count = 1): void {
  h.set(value, (h.get(value) ?? 0) + count);
}

function sortedEntries(h: Histogram): [number, number][] {
  return [...h.entries()].sort((a, b) => a[0] - b[0]);
}

/** The value at 0-based rank k of the sorted data. */
function atRank(entries: [number, number][], k: number): number {
  let seen = 0;
  for (const [v, c] of entries) {
    seen += c;
    if (k < seen) return v;
  }
  return entries[entries.length - 1]![0];
}

/** Median = the middle value, or the mean of the two middle values for an even count. */
export function median(h: Histogram): number | null {
  const entries = sortedEntries(h);
  const n = entries.reduce((s, [, c]) => s + c, 0);
  if (n === 0) return null;
  return n % 2 === 1 ? atRank(entries, (n - 1) / 2) : (atRank(entries, n / 2 - 1) + atRank(entries, n / 2)) / 2;
}

/** Nearest-rank percentile: the smallest value with at least q of the data at or below it. */
export function percentile(h: Histogram, q: number): number | null {
  const entries = sortedEntries(h);
  const n = entries.reduce((s, [, c]) => s + c, 0);
  if (n === 0) return null;
  return atRank(entries, Math.max(0, Math.ceil(q * n) - 1));
}

/** The median of plain values (as `median` of their histogram): sorted as doubles, ~3× faster on 46k values than a Map. */
export function medianOf(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

/** a ÷ b rounded to 4 decimals; null when there is nothing to divide by. */
export function rate(a: number, b: number): number | null {
  return b > 0 ? round(a / b, 4) : null;
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
