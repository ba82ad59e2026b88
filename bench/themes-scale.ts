/**
 * Theme clustering at scale: N short texts made from the labelled evaluation sets in ../shared/eval
 * (each a random line with about a fifth of its words dropped and a word of another line added, so
 * the texts are distinct; French and English mixed), clustered once by clusterTexts without k.
 * Prints the run's time (texts made beforehand are not counted) and the process' peak RSS. Run each
 * size in a fresh process, several times, and take medians:
 *
 *   for i in 1 2 3; do npx tsx bench/themes-scale.ts --size 100000; done
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clusterTexts } from '../src/core/themes';
import { makeRng } from '../src/core/themes/random';

const { values } = parseArgs({ options: { size: { type: 'string' }, seed: { type: 'string' }, eval: { type: 'string' } } });
const size = Number(values.size ?? 100000);
const seed = Number(values.seed ?? 1);
const dir = values.eval ?? join(import.meta.dirname, '../../shared/eval');
const lines = readdirSync(dir)
  .filter((f) => f.endsWith('.tsv'))
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
  .filter(Boolean)
  .map((l) => l.slice(l.indexOf('\t') + 1).split(' '));
const rng = makeRng(seed);
const texts = Array.from({ length: size }, (_, i) => {
  const words = lines[rng.int(lines.length)]!.filter(() => rng.next() > 0.2);
  const other = lines[rng.int(lines.length)]!;
  words.push(other[rng.int(other.length)]!);
  return { id: String(i), text: words.join(' ') };
});
const t0 = performance.now();
const steps: string[] = [];
let last = t0;
const r = clusterTexts(texts, {
  seed,
  checkpoint: (p) => {
    const now = performance.now();
    if (steps.length === 0 || !steps[steps.length - 1]!.startsWith(p.step)) {
      steps.push(`${p.step}@${((now - t0) / 1000).toFixed(1)}`);
      last = now;
    }
  },
});
void last;
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    size,
    seconds: Math.round(seconds * 10) / 10,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    themes: r.themes.length,
    unclassified: r.unclassified.length,
    distinct: r.stats.distinct,
    steps: steps.join(' '),
  }),
);
