import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './imports';
import { failure, median, runNode } from './measure';

export interface ScreensResult {
  status: 'ok' | 'failed';
  detail: string;
  size: number;
  /** Per screen: medians of the opening runs, data (navigation → last bridge call) and render (→ complete). */
  screens: { screen: string; dataMs: number; renderMs: number }[];
  worstRenderMs: number;
  worstScreen: string;
}

/** Runs bench/screens.ts in a child process (its own Chromium and `cercle serve`) and reads its JSON. */
export async function measureScreens(size: number, runs: number, timeoutMs: number, log: (s: string) => void): Promise<ScreensResult> {
  log(`screens: a ${size}-interaction client opened in Chromium, ${runs} run(s) per screen`);
  const dir = mkdtempSync(join(tmpdir(), 'cercle-bench-screens-out-'));
  const out = join(dir, 'screens.json');
  const empty = { size, screens: [], worstRenderMs: NaN, worstScreen: '' };
  try {
    const res = await runNode(
      ['--import', 'tsx', join(ROOT, 'bench', 'screens.ts'), '--size', String(size), '--runs', String(runs), '--json', out],
      {
        cwd: ROOT,
        timeoutMs,
      },
    );
    if (res.code !== 0) return { status: 'failed', detail: failure(res, timeoutMs), ...empty };
    const json = JSON.parse(readFileSync(out, 'utf8')) as { results: Record<string, { dataMs: number[]; renderMs: number[] }> };
    const screens = Object.entries(json.results).map(([screen, r]) => ({ screen, dataMs: median(r.dataMs), renderMs: median(r.renderMs) }));
    const missing = screens.filter((x) => !Number.isFinite(x.renderMs)).map((x) => x.screen);
    if (missing.length > 0) return { status: 'failed', detail: `never complete: ${missing.join(', ')}`, ...empty, screens };
    const worst = screens.reduce((a, b) => (b.renderMs > a.renderMs ? b : a));
    return { status: 'ok', detail: '', size, screens, worstRenderMs: worst.renderMs, worstScreen: worst.screen };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
