import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './imports';
import { failure, median, runNode } from './measure';

export interface ReportPdfResult {
  status: 'ok' | 'failed';
  detail: string;
  /** Pages of the French report of the demo client, all sections. */
  pages: number;
  /** Wall time of `cercle report … --out FILE.pdf` per run, process start and Chromium included. */
  runsMs: number[];
  medianMs: number;
}

/** Times `cercle report` to PDF on the demo client as a user runs it (the reports issue: a 20-page report in ≤ 5 s). */
export async function measureReportPdf(runs: number, timeoutMs: number, log: (s: string) => void): Promise<ReportPdfResult> {
  const ws = mkdtempSync(join(tmpdir(), 'cercle-bench-report-'));
  const cli = join(ROOT, 'bin', 'cercle.mjs');
  const runsMs: number[] = [];
  let pages = 0;
  try {
    log('report: building the demo client');
    const demo = await runNode([cli, 'demo', '--workspace', ws], { cwd: ROOT, timeoutMs });
    if (demo.code !== 0) return { status: 'failed', detail: failure(demo, timeoutMs), pages, runsMs, medianMs: NaN };
    for (let i = 0; i < runs; i++) {
      log(`report: PDF run ${i + 1}/${runs}`);
      const out = join(ws, `report-${i}.pdf`);
      const res = await runNode([cli, 'report', '--client', 'demo', '--lang', 'fr', '--out', out, '--workspace', ws], {
        cwd: ROOT,
        timeoutMs,
        env: { CERCLE_LANG: 'en' },
      });
      if (res.code !== 0) return { status: 'failed', detail: failure(res, timeoutMs), pages, runsMs, medianMs: NaN };
      runsMs.push(res.ms);
      pages = Number(/\((\d+) pages/.exec(res.stdout)?.[1] ?? 0);
    }
    return { status: 'ok', detail: '', pages, runsMs, medianMs: median(runsMs) };
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}
