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
import { chromium, type Page } from 'playwright-core';
import { refreshDerived } from '../src/core/analytics/derived/refresh-derived';
import { transaction } from '../src/core/db/db';
import { rebuildAggregates } from '../src/core/stats/aggregates';
import { memoryClientDb } from '../src/node/store/memory-db';
import { fillSynthetic } from './analytics-synthetic';
import { ROOT } from './imports';
import { median } from './measure';

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    runs: { type: 'string' },
    json: { type: 'string' },
    workspace: { type: 'string' },
    client: { type: 'string' },
  },
});
const size = Number(values.size ?? 1_000_000);
const runs = Number(values.runs ?? 3);
const SCREENS = ['', '/funnel', '/recurrence', '/responsiveness', '/rhythm', '/members', '/conversations', '/themes'];

// --workspace DIR --client NAME: an existing client (kept); otherwise a synthetic one in a fresh workspace (removed).
const own = values.workspace === undefined;
const ws = values.workspace ?? mkdtempSync(join(tmpdir(), 'cercle-bench-screens-'));
const client = values.client ?? 'scale';
if (own) {
  const db = await memoryClientDb({ timezone: 'Europe/Paris', name: client });
  const t = performance.now();
  const filled = fillSynthetic(db, { interactions: size });
  transaction(db, () => refreshDerived(db, () => performance.now()));
  rebuildAggregates(db);
  writeFileSync(join(ws, `${client}.cercle`), db.export());
  console.log(`${filled.interactions} interactions, ${filled.members} members, client built in ${Math.round(performance.now() - t)} ms`);
}

const server = spawn(process.execPath, [join(ROOT, 'bin', 'cercle.mjs'), 'serve', '--workspace', ws], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve) => server.stdout.once('data', (d: Buffer) => resolve(String(d).trim().split('\n')[0]!)));
// Keep reading what the server says (slow calls), so its pipe never fills.
server.stdout.on('data', (d: Buffer) => process.env.BENCH_DEBUG && process.stdout.write(`server: ${String(d)}`));
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

/**
 * Installed in the page before it loads: counts the bridge calls in flight and when the last one ended,
 * and, on every animation frame, notes when the screen became complete — no spinner, no call in flight,
 * every chart drawn (an SVG path in each `role=img` figure), for 20 frames in a row (a screen that starts another call is not done) — in `__complete`.
 */
const INSTRUMENT = `(() => {
  const w = window; w.__pending = 0; w.__lastApiEnd = 0; w.__calm = 0;
  const f = w.fetch.bind(w);
  w.fetch = async (...a) => {
    const api = String(a[0]).includes('/api/');
    if (api) w.__pending++;
    try { return await f(...a); } finally { if (api) { w.__pending--; w.__lastApiEnd = performance.now(); } }
  };
  const frame = () => {
    const calm = w.__pending === 0 && w.__lastApiEnd > 0 && !document.querySelector('.spinner') && !!document.querySelector('h1')
      && [...document.querySelectorAll('[role=img]')].every((c) => c.querySelector('svg path'));
    if (!calm) { w.__calm = 0; w.__readyAt = undefined; }
    else {
      w.__readyAt ??= performance.now();
      if (++w.__calm >= 20) { w.__complete = { readyAt: w.__readyAt, lastApiEnd: w.__lastApiEnd }; return; }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** Polls the page from outside (playwright's waitForFunction stalled the bridge calls of a large client). */
async function complete(page: Page, timeoutMs: number): Promise<{ readyAt: number; lastApiEnd: number } | null> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const c = (await page.evaluate('window.__complete ?? null')) as { readyAt: number; lastApiEnd: number } | null;
    if (c) return c;
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

const results: Record<string, { dataMs: number[]; renderMs: number[] }> = {};
try {
  for (const screen of SCREENS) {
    const name = screen || '/ (overview)';
    results[name] = { dataMs: [], renderMs: [] };
    for (let run = 0; run < runs; run++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      await ctx.addInitScript(INSTRUMENT);
      const page = await ctx.newPage();
      if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('console:', m.text().slice(0, 300)));
      if (process.env.BENCH_DEBUG) page.on('requestfinished', (r) => console.log('finished:', r.url().slice(-50)));
      await page.goto(url.replace(/#.*$/, '') + `#/client/${encodeURIComponent(client)}${screen}`);
      const done = await complete(page, 120_000);
      if (!done) {
        const state = await page.evaluate(
          `JSON.stringify({ pending: window.__pending, last: window.__lastApiEnd, spinners: document.querySelectorAll('.spinner').length, h1: !!document.querySelector('h1') })`,
        );
        console.log(`${name}: not complete after 2 minutes (no such screen, or it never settles): ${String(state)}`);
        await ctx.close();
        break;
      }
      const { readyAt, lastApiEnd } = done;
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
  if (own) rmSync(ws, { recursive: true, force: true });
}
if (values.json) writeFileSync(values.json, JSON.stringify({ size, runs, results }, null, 2));
