/**
 * Times the members grid at scale: fills an in-memory client with synthetic members (100,000 by default)
 * through the real ImportWriter, builds the derived tables, then times members.list as the app calls it
 * (the core query, the contract's output check, the JSON that crosses to the renderer) for the whole
 * client and for evidence filters, median of several runs. `--save DIR` also writes the client as
 * DIR/scale.cercle, a workspace the app can open (`cercle serve --workspace DIR`) to time the screen.
 *
 *   npx tsx bench/members-grid.ts [--members 100000] [--size 1000000] [--runs 7] [--save DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { refreshDerived } from '../src/core/analytics/derived/refresh-derived';
import { resolveFilter } from '../src/core/analytics/metrics/filter';
import { memberList } from '../src/core/analytics/metrics/member-list';
import { loadAnalyticsSettings } from '../src/core/analytics/settings/analytics-settings';
import { MemberColumns, type MemberEvidence } from '../src/core/contract/members';
import type { MetricsFilter } from '../src/core/contract/metrics';
import { transaction } from '../src/core/db/db';
import { rebuildAggregates } from '../src/core/stats/aggregates';
import { memoryClientDb } from '../src/node/store/memory-db';
import { fillSynthetic } from './analytics-synthetic';

const { values } = parseArgs({
  options: { members: { type: 'string' }, size: { type: 'string' }, runs: { type: 'string' }, save: { type: 'string' } },
});
const members = Number(values.members ?? 100_000);
const size = Number(values.size ?? members * 10);
const runs = Number(values.runs ?? 7);

const db = await memoryClientDb({ timezone: 'Europe/Paris', name: 'scale' });
let t = performance.now();
const filled = fillSynthetic(db, { interactions: size, members });
rebuildAggregates(db);
console.log(`${filled.interactions} interactions, ${filled.members} members: filled in ${Math.round(performance.now() - t)} ms`);
t = performance.now();
transaction(db, () => refreshDerived(db));
console.log(`refreshDerived ${Math.round(performance.now() - t)} ms`);
if (values.save) {
  mkdirSync(values.save, { recursive: true });
  writeFileSync(join(values.save, 'scale.cercle'), db.export());
  console.log(`saved ${join(values.save, 'scale.cercle')}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const s = loadAnalyticsSettings(db);
const last = Number(db.get<{ day: number }>('SELECT day FROM interactions ORDER BY at DESC LIMIT 1')!.day);
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const VARIANTS: { name: string; filter: MetricsFilter; evidence: MemberEvidence }[] = [
  { name: 'every member', filter: {}, evidence: {} },
  { name: 'step=deep', filter: {}, evidence: { step: 'deep' } },
  { name: 'active, last 90 days', filter: { from: iso(last - 89), to: iso(last) }, evidence: { active: true } },
  { name: 'lifecycle=returning', filter: {}, evidence: { lifecycle: 'returning', period: iso(last - 30) } },
  { name: 'discord+whatsapp', filter: { platforms: ['discord', 'whatsapp'] }, evidence: {} },
];
for (const v of VARIANTS) {
  const times = { query: [] as number[], check: [] as number[], json: [] as number[], parse: [] as number[] };
  let rows = 0;
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    const cols = memberList(db, resolveFilter(db, v.filter), s, 'week', v.evidence);
    times.query.push(performance.now() - t0);
    t0 = performance.now();
    MemberColumns.parse(cols);
    times.check.push(performance.now() - t0);
    t0 = performance.now();
    const text = JSON.stringify({ ok: true, value: cols });
    times.json.push(performance.now() - t0);
    t0 = performance.now();
    JSON.parse(text);
    times.parse.push(performance.now() - t0);
    rows = cols.id.length;
    bytes = text.length;
  }
  const ms = (xs: number[]) => `${Math.round(median(xs))} ms`;
  console.log(
    `${v.name.padEnd(22)} ${String(rows).padStart(7)} rows, ${(bytes / 1e6).toFixed(1)} MB: query ${ms(times.query)}, output check ${ms(times.check)}, JSON ${ms(times.json)}, parse ${ms(times.parse)}`,
  );
}
