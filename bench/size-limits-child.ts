/**
 * Child process of the size-limits bench. `make DIR SIZE` fills a client of SIZE synthetic interactions
 * (the analytics tables and daily aggregates built, as after `cercle import --analytics`) and saves it;
 * `open DIR` opens it cold, reads its first view and saves it again after a one-row change (what every
 * edit costs). Prints one JSON line; the parent reads the peak RSS.
 */
import { statSync } from 'node:fs';
import { refreshDerived } from '../src/core/analytics/derived/refresh-derived';
import { transaction } from '../src/core/db/db';
import { rebuildAggregates } from '../src/core/stats/aggregates';
import { settingsOf } from '../src/core/settings/settings';
import { statsSummary } from '../src/core/stats/summary';
import { Workspace } from '../src/node/store/workspace';
import { fillSynthetic } from './analytics-synthetic';

const [mode, dir, sizeArg] = process.argv.slice(2);
const ws = new Workspace(dir!);
const CLIENT = 'scale';
const out: Record<string, number> = {};
const t0 = performance.now();
if (mode === 'make') {
  await ws.create(CLIENT, 'Europe/Paris');
  await ws.write(CLIENT, (db) => {
    let t = performance.now();
    fillSynthetic(db, { interactions: Number(sizeArg) });
    out.fillMs = performance.now() - t;
    t = performance.now();
    transaction(db, () => {
      rebuildAggregates(db);
      refreshDerived(db);
    });
    out.derivedMs = performance.now() - t;
    out.interactions = Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions')!.n);
  });
  out.saveMs = performance.now() - t0 - out.fillMs! - out.derivedMs!;
} else {
  out.interactions = await ws.read(CLIENT, (db) => Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions')!.n));
  out.openMs = performance.now() - t0;
  let t = performance.now();
  await ws.read(CLIENT, (db) => statsSummary(db));
  out.firstViewMs = performance.now() - t;
  t = performance.now();
  await ws.write(CLIENT, (db) => settingsOf(db).set('bench.touched', String(Date.now())));
  out.saveMs = performance.now() - t;
}
out.fileMb = statSync(ws.fileFor(CLIENT)).size / 2 ** 20;
process.stdout.write(`${JSON.stringify(out)}\n`);
