/**
 * Profiles the analytics at scale: fills an in-memory client with ~1M synthetic interactions through
 * the real ImportWriter, rebuilds the derived tables, then times every metric query (median and p95
 * of several runs) for the whole period and for common filters.
 *
 *   npx tsx bench/analytics-scale.ts [--size 1000000] [--runs 9] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { computeMetrics } from '../src/core/analytics/metrics/compute-metrics';
import { refreshDerived } from '../src/core/analytics/derived/refresh-derived';
import { resolveFilter } from '../src/core/analytics/metrics/filter';
import { METRIC_QUERIES } from '../src/core/analytics/index';
import { overviewActivity } from '../src/core/analytics/metrics/overview-activity';
import { overviewKpis } from '../src/core/analytics/metrics/overview-kpis';
import { rebuildAggregates } from '../src/core/stats/aggregates';
import { loadAnalyticsSettings } from '../src/core/analytics/settings/analytics-settings';
import type { Interval, MetricsFilter } from '../src/core/contract/metrics';
import { transaction } from '../src/core/db/db';
import { memoryClientDb } from '../src/node/store/memory-db';
import { fillSynthetic } from './analytics-synthetic';

const { values } = parseArgs({ options: { size: { type: 'string' }, runs: { type: 'string' }, json: { type: 'string' } } });
const size = Number(values.size ?? 1_000_000);
const runs = Number(values.runs ?? 9);

const db = await memoryClientDb({ timezone: 'Europe/Paris', name: 'scale' });
let t = performance.now();
const filled = fillSynthetic(db, { interactions: size });
const fillMs = performance.now() - t;
t = performance.now();
const refresh = transaction(db, () => refreshDerived(db, () => performance.now()));
const refreshMs = performance.now() - t;
// The writer alone leaves the daily aggregates empty (an import fills them): the overview reads them.
rebuildAggregates(db);
console.log(
  `${filled.interactions} interactions, ${filled.members} members: fill ${Math.round(fillMs)} ms, refreshDerived ${Math.round(refreshMs)} ms`,
  refresh.phases,
);

const last = db.get<{ day: number }>('SELECT day FROM interactions ORDER BY at DESC LIMIT 1')!.day;
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const VARIANTS: { name: string; filter: MetricsFilter; interval: Interval }[] = [
  { name: 'whole period', filter: {}, interval: 'week' },
  { name: 'by month', filter: {}, interval: 'month' },
  { name: 'last 90 days', filter: { from: iso(Number(last) - 89), to: iso(Number(last)) }, interval: 'week' },
  { name: 'instagram', filter: { platforms: ['instagram'] }, interval: 'week' },
  { name: 'core members', filter: { segment: 'core' }, interval: 'week' },
  { name: 'discord+whatsapp', filter: { platforms: ['discord', 'whatsapp'] }, interval: 'week' },
];

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)]!, p95: s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]! };
};

const results: Record<string, Record<string, { median: number; p95: number }>> = {};
const settings = loadAnalyticsSettings(db);
for (const v of VARIANTS) {
  results[v.name] = {};
  for (const [name, fn] of Object.entries({ ...METRIC_QUERIES, overviewKpis, overviewActivity })) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      fn(db, resolveFilter(db, v.filter), settings, v.interval);
      times.push(performance.now() - t0);
    }
    results[v.name]![name] = stats(times);
  }
  const times: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const t0 = performance.now();
    computeMetrics(db, { filter: v.filter, interval: v.interval });
    times.push(performance.now() - t0);
  }
  results[v.name]!.computeMetrics = stats(times);
}

const names = [...Object.keys(METRIC_QUERIES), 'overviewKpis', 'overviewActivity', 'computeMetrics'];
console.log(`\nms, median / p95 of ${runs} runs (computeMetrics: ${Math.min(runs, 5)})`);
console.log(['query'.padEnd(18), ...VARIANTS.map((v) => v.name.padStart(17))].join(''));
for (const n of names)
  console.log(
    [
      n.padEnd(18),
      ...VARIANTS.map((v) => `${results[v.name]![n]!.median.toFixed(0)} / ${results[v.name]![n]!.p95.toFixed(0)}`.padStart(17)),
    ].join(''),
  );
if (values.json)
  writeFileSync(values.json, JSON.stringify({ size: filled, fillMs, refreshMs, phases: refresh.phases, runs, results }, null, 2));
