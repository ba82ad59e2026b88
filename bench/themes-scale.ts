/**
 * Theme clustering at scale: N short texts made from the labelled evaluation sets in ../shared/eval
 * (each a random line with about a fifth of its words dropped and a word of another line added, so
 * the texts are distinct; French and English mixed), clustered once by clusterTexts without k.
 * Prints the run's time (texts made beforehand are not counted), wall/CPU seconds per step, the load
 * average before and after, and the process' peak RSS. Run each
 * size in a fresh process, several times, and take medians:
 *
 *   for i in 1 2 3; do npx tsx bench/themes-scale.ts --size 100000 [--no-vectors]; done
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clusterTexts } from '../src/core/themes';
import { makeRng } from '../src/core/themes/random';
import { englishVectors } from '../src/node/themes/english-vectors';

const { values } = parseArgs({
  options: { size: { type: 'string' }, seed: { type: 'string' }, eval: { type: 'string' }, 'no-vectors': { type: 'boolean' } },
});
// as the app runs: with the English word vectors it ships (read before the clock starts, as a shell
// reads them once per process); --no-vectors: LSA alone
const wordVectors = values['no-vectors'] ? undefined : englishVectors();
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
const c0 = process.cpuUsage();
const load0 = loadavg()[0]!;
// per step: wall and CPU seconds (CPU time is what compares across runs when other sessions share the cores)
const steps: { step: string; wall: number; cpu: number }[] = [];
let lastWall = t0;
let lastCpu = c0;
const close = (): void => {
  const now = performance.now();
  const cpu = process.cpuUsage();
  const s = steps[steps.length - 1];
  if (s) {
    s.wall = (now - lastWall) / 1000;
    s.cpu = (cpu.user + cpu.system - lastCpu.user - lastCpu.system) / 1e6;
  }
  lastWall = now;
  lastCpu = cpu;
};
const r = clusterTexts(texts, {
  seed,
  ...(wordVectors ? { wordVectors } : {}),
  checkpoint: (p) => {
    if (steps.length && steps[steps.length - 1]!.step === p.step) return;
    close();
    steps.push({ step: p.step, wall: 0, cpu: 0 });
  },
});
close();
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const round = (x: number): number => Math.round(x * 10) / 10;
console.log(
  JSON.stringify({
    size,
    seconds: round(seconds),
    cpuSeconds: round((cpu.user + cpu.system) / 1e6),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    load: [round(load0), round(loadavg()[0]!)],
    themes: r.themes.length,
    unclassified: r.unclassified.length,
    distinct: r.stats.distinct,
    steps: steps.map((x) => `${x.step} ${round(x.wall)}/${round(x.cpu)}`).join(', '),
  }),
);
