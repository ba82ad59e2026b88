/**
 * themes.metrics at scale, from the facts the run stores (migration 011) against the query it replaced
 * (the run's texts joined to the interactions, a conversation seek each), alternating in one process:
 * the whole period and one platform (the client's second largest by texts), weekly. Then the run itself
 * (computeClientThemes: reading, clustering, storing) against writing the facts alone, alternating, for
 * the share the facts add to a run. Works on a copy of CLIENT_FILE (a client file; its analytics tables
 * are built and its themes computed first when missing; nothing is saved). Medians and every sample:
 *
 *   npx tsx bench/theme-metrics.ts /tmp/perf/synth-1000000.sqlite --runs 5 --run-runs 3
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { resolveFilter } from '../src/core/analytics/metrics/filter';
import { rebuildDerivedInWrite } from '../src/core/analytics/rebuild';
import { isDerivedFresh } from '../src/core/analytics/derived/refresh-derived';
import { loadAnalyticsSettings } from '../src/core/analytics/settings/analytics-settings';
import { ThemeSettings } from '../src/core/contract/themes';
import type { Platform } from '../src/core/domain/kinds';
import { migrate } from '../src/core/db/migrations';
import { computeClientThemes } from '../src/core/themes/client-themes';
import { readThemeFacts, writeThemeFacts } from '../src/core/themes/theme-facts';
import { themeMetrics, type ThemeMetricsSource } from '../src/core/themes/theme-metrics';
import { openSqlJs } from '../src/node/store/sqljs-db';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string' }, 'run-runs': { type: 'string' } },
});
const file = positionals[0];
if (!file) throw new Error('usage: npx tsx bench/theme-metrics.ts CLIENT_FILE [--runs 5] [--run-runs 3]');
const runs = Number(values.runs ?? 5);
const runRuns = Number(values['run-runs'] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const asyncMs = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

const db = await openSqlJs(readFileSync(file));
migrate(db);
const load0 = loadavg()[0]!;
if (!isDerivedFresh(db)) console.log(`analytics tables built in ${(ms(() => rebuildDerivedInWrite(db)) / 1000).toFixed(1)} s`);
const settings = ThemeSettings.parse({});
if (!db.get('SELECT 1 AS x FROM theme_runs WHERE id = 1'))
  console.log(
    `themes computed in ${((await asyncMs(() => computeClientThemes(db, settings, { now: () => performance.now() }))) / 1000).toFixed(1)} s`,
  );
if (!readThemeFacts(db)) writeThemeFacts(db);
const texts = Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM theme_members')!.n);
const platform = db.all<{ p: Platform; n: number }>(
  'SELECT i.platform AS p, COUNT(*) AS n FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id GROUP BY i.platform ORDER BY n DESC',
)[1]?.p;
const s = loadAnalyticsSettings(db);
const cases = [
  { name: 'whole period', f: resolveFilter(db, {}) },
  ...(platform ? [{ name: `one platform (${platform})`, f: resolveFilter(db, { platforms: [platform] }) }] : []),
];
console.log(`${texts} texts; load ${load0.toFixed(1)}`);
for (const c of cases) {
  const samples: Record<ThemeMetricsSource, number[]> = { interactions: [], stored: [] };
  const call = (source: ThemeMetricsSource) => themeMetrics(db, 'bench', c.f, s, 'week', source);
  // the same numbers both ways, and a first call each for the statements
  if (JSON.stringify(call('stored')) !== JSON.stringify(call('interactions'))) throw new Error(`${c.name}: the two paths differ`);
  for (let i = 0; i < runs; i++)
    for (const source of (i % 2 ? ['stored', 'interactions'] : ['interactions', 'stored']) as ThemeMetricsSource[])
      samples[source].push(ms(() => call(source)));
  const [old, now] = [median(samples.interactions), median(samples.stored)];
  console.log(
    `themes.metrics, ${c.name}: interactions ${old.toFixed(0)} ms, stored facts ${now.toFixed(0)} ms (÷${(old / now).toFixed(1)}); ` +
      `samples ${samples.interactions.map((x) => x.toFixed(0)).join('/')} against ${samples.stored.map((x) => x.toFixed(0)).join('/')}`,
  );
}
if (runRuns > 0) {
  const run: number[] = [];
  const facts: number[] = [];
  for (let i = 0; i < runRuns; i++) {
    run.push(await asyncMs(() => computeClientThemes(db, settings, { now: () => performance.now() })));
    facts.push(ms(() => writeThemeFacts(db)));
  }
  const [r, f] = [median(run), median(facts)];
  console.log(
    `run (read, cluster, store, facts) ${(r / 1000).toFixed(2)} s, facts alone ${(f / 1000).toFixed(2)} s: the run is ×${(r / (r - f)).toFixed(2)} what it was; ` +
      `samples ${run.map((x) => (x / 1000).toFixed(2)).join('/')} and ${facts.map((x) => (x / 1000).toFixed(2)).join('/')}`,
  );
}
console.log(`load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
