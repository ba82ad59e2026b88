import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RSS_PRELOAD = join(import.meta.dirname, 'rss-report.mjs');

export interface ProcResult {
  ms: number;
  /** Peak resident set of the child (from its own resourceUsage, else the highest /proc VmHWM seen). */
  maxRssMb: number | undefined;
  cpuMs: number | undefined;
  code: number;
  /** Set when the child was stopped for running longer than the timeout. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/** Linux only: the kernel's peak-RSS watermark of a live process, in MB. */
async function vmHwmMb(pid: number): Promise<number | undefined> {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

let seq = 0;

/**
 * Runs `node --import rss-report.mjs ARGS` as a child and measures it: wall time from spawn to exit,
 * peak RSS and CPU time reported by the child itself at exit, with /proc polling as a fallback.
 */
export async function runNode(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ProcResult> {
  const rssFile = join(tmpdir(), `cercle-bench-rss-${process.pid}-${seq++}.json`);
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', RSS_PRELOAD, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env, BENCH_RSS_FILE: rssFile, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // All of stdout is kept: `cercle import --json` of a 1M Instagram archive lists 100,000 sources.
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 1 << 20) stderr += d.toString('utf8');
  });
  let polled: number | undefined;
  const poll = setInterval(() => {
    if (child.pid) void vmHwmMb(child.pid).then((v) => (polled = v === undefined ? polled : Math.max(polled ?? 0, v)));
  }, 100);
  let timedOut = false;
  const timer = opts.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, opts.timeoutMs)
    : undefined;
  const code = await new Promise<number>((resolve) => child.on('close', (c, sig) => resolve(c ?? (sig ? 128 : 1))));
  const ms = performance.now() - started;
  const stdout = Buffer.concat(out).toString('utf8');
  clearInterval(poll);
  if (timer) clearTimeout(timer);
  let maxRssMb = polled;
  let cpuMs: number | undefined;
  try {
    const r = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number; userUs: number; systemUs: number };
    maxRssMb = r.maxRssKb / 1024;
    cpuMs = (r.userUs + r.systemUs) / 1000;
  } catch {
    // No report (killed, or crashed before exit handlers): keep the polled watermark.
  }
  rmSync(rssFile, { force: true });
  return { ms, maxRssMb, cpuMs, code, timedOut, stdout, stderr };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Why a child failed: the timeout, else the last line of its stderr (the one-line error Cercle prints). */
export function failure(res: ProcResult, timeoutMs: number): string {
  if (res.timedOut) return `did not finish within ${Math.round(timeoutMs / 60_000)} min (stopped)`;
  const lines = res.stderr
    .trim()
    .split('\n')
    .filter((l) => l.trim() !== '');
  return (lines[lines.length - 1] ?? '').slice(0, 240) || `exit code ${res.code}`;
}
