/**
 * Times the explorer's screens on a large client, as a user sees them: a synthetic client of `--size`
 * interactions (1M by default, bench/analytics-synthetic.ts through the real writer, analytics tables
 * built) is saved into a fresh workspace, `cercle serve` serves the built renderer over its loopback
 * bridge, and Chromium opens each screen `--runs` times. For each opening it reports
 *   data   — from the navigation to the end of the screen's last bridge call (the queries, in the core),
 *   render — from the end of that call to the first frame where the screen is complete (no spinner,
 *            every call answered), which is the explorer issue's target: ≤ 1 s after the data arrive.
 *
 *   npx tsx bench/screens.ts [--size 1000000] [--runs 3] [--json out.json]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { refreshDerived } from '../src/core/analytics/derived/refresh-derived';
import { transaction } from '../src/core/db/db';
import { rebuildAggregates } from '../src/core/stats/aggregates';
import { memoryClientDb } from '../src/node/store/memory-db';
import { fillSynthetic } from './analytics-synthetic';
import { ROOT } from './imports';
import { median } from './measure';

const { values } = parseArgs({ options: { size: { type: 'string' }, runs: { type: 'string' }, json: { type: 'string' } } });
const size = Number(values.size ?? 1_000_000);
const runs = Number(values.runs ?? 3);
const SCREENS = ['', '/funnel', '/recurrence', '/responsiveness', '/rhythm', '/members', '/conversations'];

const ws = mkdtempSync(join(tmpdir(), 'cercle-bench-screens-'));
const db = await memoryClientDb({ timezone: 'Europe/Paris', name: 'scale' });
const t = performance.now();
const filled = fillSynthetic(db, { interactions: size });
transaction(db, () => refreshDerived(db, () => performance.now()));
rebuildAggregates(db);
writeFileSync(join(ws, 'scale.cercle'), db.export());
console.log(`${filled.interactions} interactions, ${filled.members} members, client built in ${Math.round(performance.now() - t)} ms`);

const server = spawn(process.execPath, [join(ROOT, 'bin', 'cercle.mjs'), 'serve', '--workspace', ws], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve) => server.stdout.once('data', (d: Buffer) => resolve(String(d).trim().split('\n')[0]!)));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/** Counts the bridge calls in flight and when the last one ended, from inside the page. */
const INSTRUMENT = `(() => {
  const w = window; w.__pending = 0; w.__lastApiEnd = 0;
  const f = w.fetch.bind(w);
  w.fetch = async (...a) => {
    const api = String(a[0]).includes('/api/');
    if (api) w.__pending++;
    try { return await f(...a); } finally { if (api) { w.__pending--; w.__lastApiEnd = performance.now(); } }
  };
})();`;

/** The page is complete: no spinner, no call in flight, for 20 frames in a row (a screen that starts another call is not done). */
const COMPLETE = `(() => {
  const w = window;
  const calm = w.__pending === 0 && w.__lastApiEnd > 0 && !document.querySelector('.spinner') && !!document.querySelector('h1');
  if (!calm) { w.__calm = 0; w.__readyAt = undefined; return false; }
  w.__readyAt ??= performance.now();
  w.__calm = (w.__calm ?? 0) + 1;
  return w.__calm >= 20 ? { readyAt: w.__readyAt, lastApiEnd: w.__lastApiEnd } : false;
})()`;

const results: Record<string, { dataMs: number[]; renderMs: number[] }> = {};
try {
  for (const screen of SCREENS) {
    const name = screen || '/ (overview)';
    results[name] = { dataMs: [], renderMs: [] };
    for (let run = 0; run < runs; run++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      await ctx.addInitScript(INSTRUMENT);
      const page = await ctx.newPage();
      await page.goto(url.replace(/#.*$/, '') + `#/client/scale${screen}`);
      const done = await page.waitForFunction(COMPLETE, undefined, { polling: 'raf', timeout: 120_000 }).catch(() => null);
      if (!done) {
        console.log(`${name}: not complete after 2 minutes (no such screen, or it never settles)`);
        await ctx.close();
        break;
      }
      const { readyAt, lastApiEnd } = (await done.jsonValue()) as { readyAt: number; lastApiEnd: number };
      results[name]!.dataMs.push(Math.round(lastApiEnd));
      results[name]!.renderMs.push(Math.round(readyAt - lastApiEnd));
      await ctx.close();
    }
    const r = results[name]!;
    if (r.renderMs.length === 0) continue;
    console.log(`${name.padEnd(18)} data ${median(r.dataMs)} ms  render ${median(r.renderMs)} ms  (runs: ${r.renderMs.join(', ')})`);
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(ws, { recursive: true, force: true });
}
if (values.json) writeFileSync(values.json, JSON.stringify({ size, runs, results }, null, 2));
