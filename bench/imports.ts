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
}

/** One `cercle import` in a fresh child process and a fresh workspace, as a user would run it. */
export async function importOnce(inputs: string[], wsDir: string, timeoutMs: number, client = 'bench'): Promise<ImportRun> {
  rmSync(wsDir, { recursive: true, force: true });
  mkdirSync(wsDir, { recursive: true });
  const res = await runNode([CLI, 'import', ...inputs, '--client', client, '--brand', BRAND, '--timezone', 'Europe/Paris', '--workspace', wsDir, '--json'], { cwd: ROOT, timeoutMs });
  if (res.code !== 0) return { ms: res.ms, maxRssMb: res.maxRssMb, cpuMs: res.cpuMs, added: undefined, error: failure(res, timeoutMs) };
  let added: number | undefined;
  try {
    added = (JSON.parse(res.stdout) as { added: { interactions: number } }).added.interactions;
  } catch {
    added = undefined;
  }
  return { ms: res.ms, maxRssMb: res.maxRssMb, cpuMs: res.cpuMs, added };
}

export function summarise(runs: ImportRun[]): ImportSummary {
  const ok = runs.filter((r) => !r.error);
  const rss = ok.map((r) => r.maxRssMb).filter((x): x is number => x !== undefined);
  if (ok.length === 0) return { status: 'failed', error: runs[0]?.error, runs, medianMs: Number.NaN, medianRssMb: undefined, maxRssMb: undefined, added: undefined };
  return {
    status: 'ok',
    runs,
    medianMs: median(ok.map((r) => r.ms)),
    medianRssMb: rss.length ? median(rss) : undefined,
    maxRssMb: rss.length ? Math.max(...rss) : undefined,
    added: ok[ok.length - 1]!.added,
  };
}
