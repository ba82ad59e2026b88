import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { failure, median, runNode } from './measure';

export const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'cercle.mjs');
export const BRAND = 'Maison Lumière';

export interface ImportRun {
  ms: number;
  maxRssMb: number | undefined;
  cpuMs: number | undefined;
  added: number | undefined;
  /** With --analytics: the time metrics.prepare took to build the analytics tables (inside `ms`). */
  analyticsMs?: number;
  error?: string;
}

export interface ImportSummary {
  status: 'ok' | 'failed';
  error?: string;
  runs: ImportRun[];
  medianMs: number;
  medianRssMb: number | undefined;
  maxRssMb: number | undefined;
  added: number | undefined;
  medianAnalyticsMs?: number;
}

/** One `cercle import` in a fresh child process and a fresh workspace, as a user would run it. */
export async function importOnce(
  inputs: string[],
  wsDir: string,
  timeoutMs: number,
  client = 'bench',
  extra: string[] = [],
): Promise<ImportRun> {
  rmSync(wsDir, { recursive: true, force: true });
  mkdirSync(wsDir, { recursive: true });
  const res = await runNode(
    [
      CLI,
      'import',
      ...inputs,
      '--client',
      client,
      '--brand',
      BRAND,
      '--timezone',
      'Europe/Paris',
      '--workspace',
      wsDir,
      '--json',
      ...extra,
    ],
    { cwd: ROOT, timeoutMs },
  );
  if (res.code !== 0) return { ms: res.ms, maxRssMb: res.maxRssMb, cpuMs: res.cpuMs, added: undefined, error: failure(res, timeoutMs) };
  let added: number | undefined;
  let analyticsMs: number | undefined;
  try {
    const out = JSON.parse(res.stdout) as { added: { interactions: number }; analytics?: { ms: number } };
    added = out.added.interactions;
    analyticsMs = out.analytics?.ms;
  } catch {
    added = undefined;
  }
  return { ms: res.ms, maxRssMb: res.maxRssMb, cpuMs: res.cpuMs, added, ...(analyticsMs !== undefined ? { analyticsMs } : {}) };
}

export function summarise(runs: ImportRun[]): ImportSummary {
  const ok = runs.filter((r) => !r.error);
  const rss = ok.map((r) => r.maxRssMb).filter((x): x is number => x !== undefined);
  if (ok.length === 0)
    return {
      status: 'failed',
      error: runs[0]?.error,
      runs,
      medianMs: Number.NaN,
      medianRssMb: undefined,
      maxRssMb: undefined,
      added: undefined,
    };
  return {
    status: 'ok',
    runs,
    medianMs: median(ok.map((r) => r.ms)),
    medianRssMb: rss.length ? median(rss) : undefined,
    maxRssMb: rss.length ? Math.max(...rss) : undefined,
    added: ok[ok.length - 1]!.added,
    ...(ok.some((r) => r.analyticsMs !== undefined)
      ? { medianAnalyticsMs: median(ok.flatMap((r) => (r.analyticsMs !== undefined ? [r.analyticsMs] : []))) }
      : {}),
  };
}
