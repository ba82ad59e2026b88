/**
 * The benchmark harness: `npm run bench` (default: 10k, 100k and 1M interactions, 3 runs, and the
 * 1M-message side-by-side against chat-analytics). For each size it generates each format with the
 * community generator (cached in .bench-work/data), times `cercle import` of each in a child process
 * (wall time, peak RSS; median of --runs), imports a mixed client of that size, then opens it cold
 * and times its first view, every analytics query, theme clustering and report printing (reported
 * as "not implemented yet" until they exist). Prints a table; writes bench/results/<time>.json and
 * bench/results/latest.json. Speed targets live here, never in unit tests.
 *
 *   npm run bench -- --sizes 10k,100k --runs 3 --skip-side-by-side
 */
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseBenchArgs, sizeLabel, type BenchArgs } from './args';
import { dataset } from './datasets';
import { measureDemo } from './demo';
import { measureReportPdf } from './report-pdf';
import { measureScreens } from './screens-child';
import { measureSizeLimits } from './size-limits';
import { measureIncremental } from './incremental';
import { importOnce, ROOT, summarise, type ImportSummary } from './imports';
import { failure, median, percentile, runNode } from './measure';
import { printTable, targets, type BenchResults, type ClientResult, type FormatResult, type SlotSummary } from './report';
import { scaledFixtures } from './fixture-scale';
import { sideBySide } from './side-by-side';

const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

interface ChildOut {
  interactions: number;
  openMs: number;
  firstViewMs: number;
  analytics: RawSlot;
  themes: RawSlot;
  report: RawSlot;
}
interface RawSlot {
  status: SlotSummary['status'];
  detail: string;
  timings: { name: string; samples: number[]; error?: string }[];
}

function summariseSlot(outs: RawSlot[]): SlotSummary {
  const first = outs[0]!;
  const names = first.timings.map((t) => t.name);
  return {
    status: first.status,
    detail: first.detail,
    entries: names.map((name) => {
      const all = outs.flatMap((o) => o.timings.find((t) => t.name === name)?.samples ?? []);
      const error = outs.map((o) => o.timings.find((t) => t.name === name)?.error).find((e) => e);
      return { name, samples: all.length, medianMs: median(all), p95Ms: percentile(all, 95), ...(error ? { error } : {}) };
    }),
  };
}

async function measureClient(args: BenchArgs, work: string, size: number, inputs: string[], expected: number): Promise<ClientResult> {
  const wsDir = join(work, 'ws', `client-${sizeLabel(size)}`);
  log(`${sizeLabel(size)} mixed client: importing ${inputs.length} input(s)`);
  const timeoutMs = args.timeoutMin * 60_000;
  // --analytics: the queries below read the analytics tables, which the import builds only when asked.
  const imp = summarise([await importOnce(inputs, wsDir, timeoutMs, 'bench', ['--analytics'])]);
  if (imp.status !== 'ok') return { expected, import: imp, status: 'failed', detail: imp.error ?? 'import failed' };
  const outs: ChildOut[] = [];
  for (let i = 0; i < args.runs; i++) {
    log(`${sizeLabel(size)} mixed client: open + queries, run ${i + 1}/${args.runs}`);
    const res = await runNode(['--import', 'tsx', join(ROOT, 'bench', 'client-child.ts'), wsDir, 'bench', String(args.queryRuns)], {
      cwd: ROOT,
      timeoutMs,
    });
    if (res.code !== 0) return { expected, import: imp, status: 'failed', detail: `open/queries: ${failure(res, timeoutMs)}` };
    outs.push({ ...(JSON.parse(res.stdout.trim().split('\n').pop()!) as ChildOut) });
  }
  if (!args.keep) rmSync(wsDir, { recursive: true, force: true });
  return {
    expected,
    import: imp,
    status: 'ok',
    detail: '',
    interactions: outs[0]!.interactions,
    openMs: median(outs.map((o) => o.openMs)),
    firstViewMs: median(outs.map((o) => o.firstViewMs)),
    analytics: summariseSlot(outs.map((o) => o.analytics)),
    themes: summariseSlot(outs.map((o) => o.themes)),
    report: summariseSlot(outs.map((o) => o.report)),
  };
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const work = isAbsolute(args.work) ? args.work : join(ROOT, args.work);
  mkdirSync(work, { recursive: true });
  const startedAt = new Date().toISOString();
  const results: BenchResults = {
    startedAt,
    finishedAt: '',
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      totalMemMb: Math.round(totalmem() / 2 ** 20),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    commit: gitCommit(),
    args: { ...args, work },
    sizes: [],
    sideBySide: { status: 'skipped', detail: 'skipped (--skip-side-by-side)' },
    targets: [],
  };
  for (const size of args.sizes) {
    const formats: FormatResult[] = [];
    for (const format of args.formats) {
      log(`${sizeLabel(size)} ${format}: generating`);
      const ds = await dataset(work, `${sizeLabel(size)}-${format}-s${args.seed}`, {
        size,
        seed: args.seed,
        formats: [format],
        discordChannels: 1,
      });
      const f = ds.manifest.formats[0]!;
      const runs = [];
      for (let i = 0; i < args.runs; i++) {
        log(`${sizeLabel(size)} ${format}: import run ${i + 1}/${args.runs}`);
        const run = await importOnce(
          f.inputs.map((p) => join(ds.dir, p)),
          join(work, 'ws', `${sizeLabel(size)}-${format}`),
          args.timeoutMin * 60_000,
        );
        runs.push(run);
        if (run.error) break; // a missing importer or a timeout fails the same way every time
      }
      rmSync(join(work, 'ws', `${sizeLabel(size)}-${format}`), { recursive: true, force: true });
      const imp: ImportSummary = summarise(runs);
      formats.push({ format, expected: f.counts.total, bytes: f.bytes, files: f.files, generatedS: ds.generatedIn, import: imp });
    }
    const okFormats = formats.filter((f) => f.import.status === 'ok').map((f) => f.format);
    let client: ClientResult | undefined;
    if (okFormats.length > 0) {
      log(`${sizeLabel(size)} mixed client: generating (${okFormats.join(', ')})`);
      const ds = await dataset(work, `${sizeLabel(size)}-mixed-${okFormats.join('+')}-s${args.seed}`, {
        size,
        seed: args.seed,
        formats: okFormats,
      });
      const inputs = ds.manifest.formats.flatMap((f) => f.inputs.map((p) => join(ds.dir, p)));
      client = await measureClient(args, work, size, inputs, ds.manifest.total);
    }
    results.sizes.push({ size, formats, client });
  }
  results.demo = await measureDemo(args.runs, args.timeoutMin * 60_000, log);
  results.reportPdf = await measureReportPdf(args.runs, args.timeoutMin * 60_000, log);
  const largest = Math.max(0, ...args.sizes);
  if (largest > 0) results.screens = await measureScreens(largest, args.runs, args.timeoutMin * 60_000, log);
  if (args.incrementalBase > 0) results.incremental = await measureIncremental(args.incrementalBase, 10_000, args.timeoutMin * 60_000, log);
  if (args.sizeLimits.length > 0) results.sizeLimits = await measureSizeLimits(args.sizeLimits, args.timeoutMin * 60_000, log);
  if (args.scaledRows > 0) results.scaled = await scaledFixtures(work, args.scaledRows, args.runs, args.timeoutMin * 60_000, log);
  if (args.sideBySide) {
    // Two files, as the issue asks: the generator's, and a lean one (a typical community server's short
    // messages and few fields), on which a parser's cost per message weighs more.
    const sbs = { messages: args.sbsMessages, runs: args.sbsRuns, seed: args.seed, timeoutMs: args.timeoutMin * 60_000, log };
    results.sideBySide = await sideBySide(work, sbs);
    results.sideBySideLean = await sideBySide(work, { ...sbs, lean: true });
  }
  results.finishedAt = new Date().toISOString();
  results.targets = targets(results);
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const latest = join(dir, 'latest.json');
  const previous = existsSync(latest) ? (JSON.parse(readFileSync(latest, 'utf8')) as BenchResults) : undefined;
  const file = join(dir, `${startedAt.slice(0, 19).replace(/:/g, '-')}Z.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(printTable(results, previous));
  process.stdout.write(`\nresults: ${file}\n`);
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).message ?? String(err)}\n`);
  if (process.env.CERCLE_DEBUG) console.error(err);
  process.exitCode = 1;
});
