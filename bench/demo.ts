import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './imports';
import { failure, median, runNode } from './measure';

export interface DemoResult {
  status: 'ok' | 'failed';
  detail: string;
  /** Wall time of `cercle demo` (generate the exports, import them, build the analytics tables), per run. */
  runsMs: number[];
  medianMs: number;
  maxRssMb: number | undefined;
}

/** Times `cercle demo` as a user runs it, a fresh workspace each run (the explorer issue's target: ≤ 5 s). */
export async function measureDemo(runs: number, timeoutMs: number, log: (s: string) => void): Promise<DemoResult> {
  const runsMs: number[] = [];
  let maxRssMb: number | undefined;
  for (let i = 0; i < runs; i++) {
    log(`demo client: run ${i + 1}/${runs}`);
    const ws = mkdtempSync(join(tmpdir(), 'cercle-bench-demo-'));
    try {
      const res = await runNode([join(ROOT, 'bin', 'cercle.mjs'), 'demo', '--workspace', ws], { cwd: ROOT, timeoutMs });
      if (res.code !== 0) return { status: 'failed', detail: failure(res, timeoutMs), runsMs, medianMs: NaN, maxRssMb };
      runsMs.push(res.ms);
      maxRssMb = Math.max(maxRssMb ?? 0, res.maxRssMb ?? 0);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  }
  return { status: 'ok', detail: '', runsMs, medianMs: median(runsMs), maxRssMb };
}
