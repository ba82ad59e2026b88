/**
 * Child process of the bench: opens one client cold (file → sql.js → migrations), shows its first
 * view (what the app's first screen reads: stats.summary for the client's frame, then the overview's
 * KPIs, activity and sources), then times every analytics query and the
 * theme and report slots. Prints one JSON line. Usage: tsx bench/client-child.ts WORKSPACE CLIENT QUERY_RUNS
 */
import { resolveFilter } from '../src/core/analytics/metrics/filter';
import { overviewActivity } from '../src/core/analytics/metrics/overview-activity';
import { overviewKpis } from '../src/core/analytics/metrics/overview-kpis';
import { loadAnalyticsSettings } from '../src/core/analytics/settings/analytics-settings';
import { sourceGroups } from '../src/core/stats/source-groups';
import { statsSummary } from '../src/core/stats/summary';
import { Workspace } from '../src/node/store/workspace';
import { analyticsSlot, reportSlot, themesSlot, type Slot } from './discover';

interface SlotResult {
  status: Slot['status'];
  detail: string;
  timings: { name: string; samples: number[]; error?: string }[];
}

const [dir, client, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 10);

async function timeSlot(ws: Workspace, slot: Slot, n: number): Promise<SlotResult> {
  const timings: SlotResult['timings'] = [];
  for (const e of slot.entries) {
    const samples: number[] = [];
    let error: string | undefined;
    await ws.read(client!, async (db) => {
      try {
        const call = e.prepare(db);
        await call(); // warm-up: the first call pays for statement preparation
        for (let i = 0; i < (e.runs ?? n); i++) {
          const t = performance.now();
          // an async entry (a themes run, which awaits its checkpoints) is timed to its end
          await call();
          samples.push(performance.now() - t);
        }
      } catch (err) {
        error = ((err as Error).message ?? String(err)).split('\n')[0]!.slice(0, 200);
      }
    });
    timings.push({ name: e.name, samples, ...(error ? { error } : {}) });
  }
  return { status: slot.status, detail: slot.detail, timings };
}

const ws = new Workspace(dir!);
const t0 = performance.now();
const interactions = await ws.read(client!, (db) => Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions')!.n));
const openMs = performance.now() - t0;
await ws.read(client!, (db) => {
  statsSummary(db);
  const f = resolveFilter(db, {});
  const settings = loadAnalyticsSettings(db);
  overviewKpis(db, f, settings);
  overviewActivity(db, f, settings);
  sourceGroups(db);
});
const firstViewMs = performance.now() - t0;
const analytics = await timeSlot(ws, await analyticsSlot(), runs);
const themes = await timeSlot(ws, await themesSlot(), 1);
const report = await timeSlot(ws, await reportSlot(), 1);
process.stdout.write(`${JSON.stringify({ interactions, openMs, firstViewMs, analytics, themes, report })}\n`);
