/**
 * The demo's themes against the topics its texts were generated from: builds the demo client in memory
 * (as `cercle demo` does), clusters its texts (as `cercle themes --client demo` does) and prints NMI and
 * Hungarian accuracy (src/core/themes/metrics.ts) with each theme's label and topics.
 *
 *   npx tsx bench/demo-themes.ts [--seed S] [--theme-seed T] [--day 2026-12-08] [--workspace WS] [--no-vectors]
 *
 * --workspace scores the themes stored in WS/demo.cercle instead (run `cercle demo` and `cercle themes
 * --client demo` first, the same day: the demo's year ends yesterday, so the texts depend on the day).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo } from '../src/core/generate/demo';
import { scoreThemes } from '../src/core/generate/test-topic-score';
import { TopicLabels } from '../src/core/generate/topic-labels';
import { planGeneration } from '../src/core/generate/generate';
import { computeClientThemes } from '../src/core/themes/client-themes';
import { englishVectors } from '../src/node/themes/english-vectors';
import { memoryClientDb } from '../src/node/store/memory-db';
import { openSqlJs } from '../src/node/store/sqljs-db';
import { parseArgs } from 'node:util';

const DAY = 86_400_000;
const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    'theme-seed': { type: 'string' },
    day: { type: 'string' },
    workspace: { type: 'string' },
    'no-vectors': { type: 'boolean' },
  },
});
const seed = Number(values.seed ?? 42);
const themeSeed = Number(values['theme-seed'] ?? 1);
// as the app runs them: with the English word vectors it ships (--no-vectors: LSA alone)
const noVectors = values['no-vectors'] === true;
const now = values.day ? Date.parse(values.day) + 12 * 3_600_000 : Date.now();
const ws = values.workspace;
const labels = new TopicLabels();
let db;
const t0 = performance.now();
if (ws) {
  // The same plan as generateDemo: its texts, with their topics, without importing them again.
  const today = Math.floor(now / DAY) * DAY;
  const plan = planGeneration({
    size: 9_000,
    seed,
    end: today - 1,
    days: 365,
    silentFollowers: 3,
    discordChannels: 2,
    calibrate: false,
    labels,
  });
  for (const f of plan.formats) for (const file of f.generator.files()) for (const chunk of file.chunks()) void chunk;
  db = await openSqlJs(new Uint8Array(readFileSync(join(ws, 'demo.cercle'))));
} else {
  db = await memoryClientDb({ timezone: 'Europe/Paris' });
  await generateDemo(db, { seed, now: () => now, labels });
  await computeClientThemes(
    db,
    { seed: themeSeed, includeBrand: false },
    { now: () => Date.now(), ...(noVectors ? {} : { wordVectors: englishVectors() }) },
  );
}
const s = scoreThemes(db, labels);
const pct = (x: number) => (100 * x).toFixed(1);
console.log(
  `texts ${s.texts}, labelled ${s.labelled} (${labels.size} distinct of ${labels.added} written), ${((performance.now() - t0) / 1000) | 0} s`,
);
console.log(
  `topics only (${s.topical.texts} texts, ${s.topical.unclassified} unclassified): NMI ${pct(s.topical.nmi)}, accuracy ${pct(s.topical.accuracy)}`,
);
console.log(
  `with chatter as a class: NMI ${pct(s.all.nmi)}, accuracy ${pct(s.all.accuracy)}; chatter = ${pct(s.chatterInUnclassified)} % of unclassified`,
);
for (const t of s.themes)
  console.log(
    `${String(t.size).padStart(5)}  ${t.label.padEnd(40)}  ${t.topics
      .slice(0, 4)
      .map(([k, n]) => `${k} ${Math.round((100 * n) / t.size)}%`)
      .join(', ')}`,
  );
