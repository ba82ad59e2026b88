/**
 * The monthly re-import: a new export of 10k interactions (the next month of the client's own Discord
 * channel as DiscordChatExporter JSON, monthly-export.ts) imported with `cercle import --analytics` into a
 * client of 1M interactions whose analytics tables are built. The goal (performance issue): import and
 * analytics tables in ≤ 3 s beyond opening the client. Reported: the cold open (a process of its own), then
 * the import's own calls as CERCLE_PROFILE prints them (imports.start, which opens, writes, refreshes the
 * analytics tables when it can do so incrementally, and saves; metrics.prepare, which rebuilds them
 * otherwise), and the path the analytics took.
 *
 *   npx tsx bench/incremental.ts [--base 1M] [--add 10k]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSize } from '../src/core/generate';
import { ROOT } from './imports';
import { failure, runNode } from './measure';
import { sizeChild } from './size-limits';

export interface IncrementalResult {
  status: 'ok' | 'failed';
  detail: string;
  base?: number;
  added?: number;
  openMs?: number;
  /**
   * imports.start as the CLI times it (open, insert, the analytics tables refreshed when that can be
   * done incrementally, save), then metrics.prepare (nothing left to do then, else the full rebuild).
   */
  importMs?: number;
  analyticsMs?: number;
  /** The path the analytics took, as CERCLE_PROFILE prints it ("analytics incremental refresh", or a full rebuild and why). */
  analyticsPath?: string;
  /** That refresh or rebuild alone. */
  refreshMs?: number;
  /** The whole `cercle import --analytics` process. */
  wallMs?: number;
  peakRssMb?: number;
}

const pathOf = (stderr: string) =>
  /profile: (analytics (?:incremental refresh|full rebuild \(.*\)|left stale \(.*\))) (\d+) ms/.exec(stderr);
const callMs = (stderr: string, method: string) =>
  Number(new RegExp(`profile: call ${method.replace('.', '\\.')} (\\d+) ms`).exec(stderr)?.[1] ?? NaN);

export async function measureIncremental(
  base: number,
  add: number,
  timeoutMs: number,
  log: (s: string) => void,
): Promise<IncrementalResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cercle-bench-incr-'));
  const cli = join(ROOT, 'bin', 'cercle.mjs');
  try {
    log(`incremental: making a client of ${base} interactions with its analytics tables`);
    const made = await sizeChild(['make', dir, String(base)], timeoutMs);
    if (!made.out) return { status: 'failed', detail: failure(made.res, timeoutMs) };
    // The next month of the client's own Discord server (monthly-export.ts), not another community.
    const file = join(dir, 'next-month.json');
    const g = await runNode(['--import', 'tsx', join(ROOT, 'bench', 'monthly-export.ts'), dir, file, String(add)], {
      cwd: ROOT,
      timeoutMs,
    });
    if (g.code !== 0) return { status: 'failed', detail: failure(g, timeoutMs) };
    const opened = await sizeChild(['open', dir], timeoutMs);
    if (!opened.out) return { status: 'failed', detail: failure(opened.res, timeoutMs) };
    log(`incremental: importing ${add} new interactions into it`);
    const files = [file];
    const res = await runNode([cli, 'import', '--client', 'scale', '--workspace', dir, '--analytics', '--json', ...files], {
      cwd: ROOT,
      timeoutMs,
      env: { CERCLE_PROFILE: '1', CERCLE_LANG: 'en' },
    });
    if (res.code !== 0) return { status: 'failed', detail: failure(res, timeoutMs) };
    const added = (JSON.parse(res.stdout) as { added: { interactions: number } }).added.interactions;
    return {
      status: 'ok',
      detail: '',
      base: made.out.interactions,
      added,
      openMs: opened.out.openMs,
      importMs: callMs(res.stderr, 'imports.start'),
      analyticsMs: callMs(res.stderr, 'metrics.prepare'),
      analyticsPath: pathOf(res.stderr)?.[1],
      refreshMs: Number(pathOf(res.stderr)?.[2] ?? NaN),
      wallMs: res.ms,
      peakRssMb: res.maxRssMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { base: { type: 'string', default: '1M' }, add: { type: 'string', default: '10k' } } });
  const r = await measureIncremental(parseSize(values.base), parseSize(values.add), 60 * 60_000, (s) => process.stderr.write(`${s}\n`));
  console.log(JSON.stringify(r, null, 2));
}
