/**
 * Where sql.js's in-memory database stops being practical on this machine: clients of 1M, 3M and 5M
 * interactions made, then opened cold, read and saved, each step in a fresh process with its peak RSS.
 * sql.js holds the whole database in WebAssembly memory (at most 4 GB) and a save copies it out once more,
 * so memory grows about twice as fast as the file.
 *
 *   npx tsx bench/size-limits.ts [--sizes 1M,3M,5M] [--keep DIR]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSize } from '../src/core/generate';
import { ROOT } from './imports';
import { failure, runNode } from './measure';

export interface SizeLimitRow {
  size: number;
  status: 'ok' | 'failed';
  detail: string;
  fileMb?: number;
  make?: { fillMs: number; derivedMs: number; saveMs: number; peakRssMb: number | undefined };
  open?: { openMs: number; firstViewMs: number; saveMs: number; peakRssMb: number | undefined };
}

const CHILD = join(ROOT, 'bench', 'size-limits-child.ts');

/** Runs size-limits-child.ts (`make DIR SIZE` or `open DIR`; the client is named "scale"). */
export async function sizeChild(args: string[], timeoutMs: number) {
  const res = await runNode(['--import', 'tsx', '--max-old-space-size=8192', CHILD, ...args], { cwd: ROOT, timeoutMs });
  if (res.code !== 0) return { res, out: undefined };
  return { res, out: JSON.parse(res.stdout.trim().split('\n').pop()!) as Record<string, number> };
}

export async function measureSizeLimits(sizes: number[], timeoutMs: number, log: (s: string) => void): Promise<SizeLimitRow[]> {
  const rows: SizeLimitRow[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'cercle-bench-size-'));
    try {
      log(`size limits: making a client of ${size} interactions`);
      const made = await sizeChild(['make', dir, String(size)], timeoutMs);
      if (!made.out) {
        rows.push({ size, status: 'failed', detail: failure(made.res, timeoutMs) });
        continue;
      }
      const m = made.out;
      log(`size limits: opening it cold`);
      const opened = await sizeChild(['open', dir], timeoutMs);
      const row: SizeLimitRow = {
        size: m.interactions!,
        status: opened.out ? 'ok' : 'failed',
        detail: opened.out ? '' : failure(opened.res, timeoutMs),
        fileMb: Math.round(m.fileMb!),
        make: { fillMs: m.fillMs!, derivedMs: m.derivedMs!, saveMs: m.saveMs!, peakRssMb: made.res.maxRssMb },
      };
      if (opened.out)
        row.open = {
          openMs: opened.out.openMs!,
          firstViewMs: opened.out.firstViewMs!,
          saveMs: opened.out.saveMs!,
          peakRssMb: opened.res.maxRssMb,
        };
      rows.push(row);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1M,3M,5M' } } });
  const sizes = values.sizes.split(',').map((s) => parseSize(s));
  const rows = await measureSizeLimits(sizes, 60 * 60_000, (s) => process.stderr.write(`${s}\n`));
  console.log(JSON.stringify(rows, null, 2));
}
