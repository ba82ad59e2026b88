import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../src/core/db/db';

const ROOT = join(import.meta.dirname, '..');

export interface Timed {
  name: string;
  /** Resolves what the call needs once (filter, settings) and returns the call to time. */
  prepare: (db: Db) => () => unknown;
  /** Timed calls after the warm-up, when not the slot's. */
  runs?: number;
}

export interface Slot {
  /** 'ok': entries found; 'missing': the feature does not exist yet; 'unrecognised': a module exists but no entry point was recognised. */
  status: 'ok' | 'missing' | 'unrecognised';
  detail: string;
  entries: Timed[];
}

type Mod = Record<string, unknown>;

async function load(paths: string[]): Promise<{ path: string; mod: Mod } | undefined> {
  for (const p of paths) {
    const full = join(ROOT, p);
    if (existsSync(full)) return { path: p, mod: (await import(full)) as Mod };
  }
  return undefined;
}

const fns = (mod: Mod) => Object.entries(mod).filter((e): e is [string, (...a: unknown[]) => unknown] => typeof e[1] === 'function');

/**
 * The analytics queries, found by convention in src/core/analytics (its brief: each query is its
 * own exported function `(db, filter, settings) => result`, plus `computeMetrics(db, input)`). The
 * default filter and settings are taken from the module's exports when it has them. Nothing here
 * invents a number: a missing module is reported as missing, a failing query as an error.
 */
export async function analyticsSlot(): Promise<Slot> {
  const found = await load(['src/core/analytics/index.ts']);
  if (!found) return { status: 'missing', detail: 'not implemented yet (no src/core/analytics/index.ts)', entries: [] };
  const { mod, path } = found;
  const list = fns(mod);
  const settingsFn = list.find(([n, f]) => /^(load|read|get|current)\w*Settings$/.test(n) && f.length === 1);
  const settingsConst = Object.entries(mod).find(
    ([n, v]) => /^DEFAULT\w*SETTINGS$|^defaultSettings$|^defaultMetricSettings$/i.test(n) && typeof v === 'object',
  );
  const resolveFn = list.find(([n, f]) => /^resolve\w*Filter$/.test(n) && f.length >= 1);
  const filterFn = list.find(([n, f]) => /^(default|whole|all|empty)\w*Filter$/.test(n) && f.length === 0);
  const filterConst = Object.entries(mod).find(([n, v]) => /^(DEFAULT|WHOLE|ALL|EMPTY)\w*FILTER$/i.test(n) && typeof v === 'object');
  const settings = (d: Db) => (settingsFn ? settingsFn[1](d) : (settingsConst?.[1] ?? {}));
  // The whole period, every platform, every member: what the dashboard opens on.
  const filter = (d: Db) => (resolveFn ? resolveFn[1](d, {}) : filterFn ? filterFn[1]() : (filterConst?.[1] ?? {}));
  const entries: Timed[] = [];
  const registry = Object.entries(mod).find(
    ([n, v]) => /^(METRIC_)?QUERIES$|^metricQueries$/i.test(n) && typeof v === 'object' && v !== null,
  );
  const queries = registry
    ? Object.entries(registry[1] as Mod).filter((e): e is [string, (...a: unknown[]) => unknown] => typeof e[1] === 'function')
    : list.filter(([n, f]) => f.length === 3 && !/settings|filter/i.test(n));
  for (const [name, f] of queries) {
    entries.push({
      name,
      prepare: (d) => {
        const args = [filter(d), settings(d)];
        return () => f(d, ...args);
      },
    });
  }
  const compute = mod.computeMetrics;
  if (typeof compute === 'function')
    entries.push({ name: 'computeMetrics (all)', prepare: (d) => () => (compute as (d: Db, i: unknown) => unknown)(d, {}) });
  if (entries.length === 0) return { status: 'unrecognised', detail: `${path} exports no (db, filter, settings) query`, entries };
  return { status: 'ok', detail: `${entries.length} queries from ${path}`, entries };
}

/** Themes of the whole client as `cercle themes` computes them: default settings, stored in the client. */
export async function themesSlot(): Promise<Slot> {
  const path = 'src/core/themes/client-themes.ts';
  const found = await load([path]);
  const compute = found?.mod.computeClientThemes;
  if (typeof compute !== 'function')
    return { status: 'missing', detail: `not implemented yet (no computeClientThemes in ${path})`, entries: [] };
  const { ThemeSettings } = (await import(join(ROOT, 'src/core/contract/themes.ts'))) as {
    ThemeSettings: { parse: (x: unknown) => unknown };
  };
  const call = compute as (d: Db, settings: unknown, opts: { now: () => number }) => unknown;
  const entries: Timed[] = [
    { name: 'computeClientThemes', prepare: (d) => () => call(d, ThemeSettings.parse({}), { now: () => performance.now() }) },
  ];
  // themes.metrics over the run just stored (the entries run in order on one client): from the facts the
  // run stores, whole period and one platform, and the whole period from the interactions (the query it replaced)
  const metrics = (await load(['src/core/themes/theme-metrics.ts']))?.mod.themeMetrics;
  const analytics = await load(['src/core/analytics/index.ts']);
  const resolve = analytics?.mod.resolveFilter;
  const settings = analytics?.mod.loadAnalyticsSettings;
  if (typeof metrics === 'function' && typeof resolve === 'function' && typeof settings === 'function') {
    const themeMetrics = metrics as (d: Db, c: string, f: unknown, s: unknown, i: string, source: string) => unknown;
    const secondPlatform = (d: Db) =>
      d.all<{ p: string }>(
        'SELECT i.platform AS p FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id GROUP BY i.platform ORDER BY COUNT(*) DESC',
      )[1]?.p;
    const timed = (name: string, filter: (d: Db) => object, source: string): Timed => ({
      name,
      runs: 3,
      prepare: (d) => {
        const args = [resolve(d, filter(d)), settings(d)] as const;
        return () => themeMetrics(d, 'bench', args[0], args[1], 'week', source);
      },
    });
    entries.push(
      timed('themes.metrics (whole period)', () => ({}), 'stored'),
      timed('themes.metrics (one platform)', (d) => ({ platforms: [secondPlatform(d) ?? 'discord'] }), 'stored'),
      timed('themes.metrics from the interactions (whole period, before migration 010)', () => ({}), 'interactions'),
    );
  }
  return { status: 'ok', detail: `themes: computeClientThemes from ${path}, then themes.metrics`, entries };
}
/** The report's data and model as `cercle report` builds them (whole period, French, every section); HTML and PDF are timed by the CLI. */
export async function reportSlot(): Promise<Slot> {
  const collectPath = 'src/core/reports/collect.ts';
  const modelPath = 'src/core/reports/build-model.ts';
  const collect = (await load([collectPath]))?.mod.collectReportData;
  const build = (await load([modelPath]))?.mod.buildReportModel;
  if (typeof collect !== 'function' || typeof build !== 'function')
    return { status: 'missing', detail: `not implemented yet (collectReportData, buildReportModel in src/core/reports)`, entries: [] };
  const run = (d: Db) => () =>
    (build as (data: unknown, o: object) => unknown)((collect as (d: Db, client: string, f: object) => unknown)(d, 'bench', {}), {
      lang: 'fr',
      pseudonymize: false,
      branding: {},
      today: '2026-12-07',
    });
  return {
    status: 'ok',
    detail: `reports: collectReportData + buildReportModel`,
    entries: [{ name: 'report data and model', prepare: run }],
  };
}
