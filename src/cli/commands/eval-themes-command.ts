import { readFileSync, writeFileSync } from 'node:fs';
import { CercleError } from '../../core/errors';
import { adjustedRandIndex, clusterTexts, hungarianAccuracy, nmi, type WordVectors } from '../../core/themes';
import { englishVectors } from '../../node/themes/english-vectors';
import { loadWinkVectors } from '../../node/themes/wink-vectors';
import { type Command, str } from './types';

interface Labelled {
  labels: number[];
  texts: string[];
}

function readTsv(file: string, labelIds: Map<string, number>): Labelled {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    throw new CercleError('cli.file-unreadable', { file });
  }
  const out: Labelled = { labels: [], texts: [] };
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const tab = line.indexOf('\t');
    if (tab <= 0) throw new CercleError('themes.bad-eval-line', { file, line: i + 1 });
    const label = line.slice(0, tab);
    if (!labelIds.has(label)) labelIds.set(label, labelIds.size);
    out.labels.push(labelIds.get(label)!);
    out.texts.push(line.slice(tab + 1));
  });
  return out;
}

function intOption(values: Record<string, unknown>, name: string): number | undefined {
  const v = str(values[name]);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new CercleError('cli.not-integer', { option: `--${name}`, value: v });
  return n;
}

const pct = (x: number): number => Math.round(x * 1000) / 10;

/**
 * Measures theme clustering on labelled texts (label<TAB>text per line): NMI, Hungarian accuracy and
 * ARI against the labels, clustered as the app does (with the English word vectors it ships). --pair FILE2 clusters a second file of the same texts in another language
 * (line i translates line i) together with the first, and reports how many pairs share a theme.
 */
export const evalThemesCommand: Command = {
  name: 'eval-themes',
  summary: 'cluster labelled texts (label<TAB>text) into themes and score them against the labels (NMI, accuracy, ARI)',
  usage:
    'cercle eval-themes FILE.tsv [--k N] [--seed S] [--granularity G] [--pair FILE2.tsv] [--vectors WINK.json|FILE.cwv | --no-vectors] [--vector-share X] [--out ASSIGNMENTS.txt] [--json]',
  options: {
    k: { type: 'string' },
    seed: { type: 'string' },
    granularity: { type: 'string' },
    pair: { type: 'string' },
    vectors: { type: 'string' },
    'no-vectors': { type: 'boolean' },
    'vector-share': { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const file = positionals[0];
    if (!file) throw new CercleError('cli.needs-option', { command: 'eval-themes', option: 'FILE.tsv' });
    const k = intOption(values, 'k');
    const seed = intOption(values, 'seed') ?? 1;
    const g = str(values.granularity);
    const granularity = g === undefined ? undefined : Number(g);
    if (granularity !== undefined && !(granularity >= 0 && granularity <= 1))
      throw new CercleError('cli.out-of-range', { option: '--granularity', range: 'a number from 0 to 1' });
    const labelIds = new Map<string, number>();
    const first = readTsv(file, labelIds);
    const pairFile = str(values.pair);
    const second = pairFile ? readTsv(pairFile, labelIds) : undefined;
    if (second && second.texts.length !== first.texts.length)
      throw new CercleError('themes.pair-mismatch', { file: pairFile!, lines: second.texts.length, expected: first.texts.length });
    const texts = [...first.texts, ...(second?.texts ?? [])];
    const labels = [...first.labels, ...(second?.labels ?? [])];
    if (k !== undefined && (k < 1 || k > texts.length)) throw new CercleError('themes.too-few-texts', { count: texts.length, k });
    const vectorsFile = str(values.vectors) ?? process.env.CERCLE_WORD_VECTORS;
    const shareText = str(values['vector-share']);
    const share = shareText === undefined ? undefined : Number(shareText);
    if (share !== undefined && !(share >= 0))
      throw new CercleError('cli.out-of-range', { option: '--vector-share', range: 'a number ≥ 0' });
    const t0 = performance.now();
    // As the app clusters: with the English vectors it ships; a wink JSON for the full set; none to measure LSA alone.
    const wordVectors: WordVectors | undefined = values['no-vectors']
      ? undefined
      : vectorsFile
        ? vectorsFile.endsWith('.cwv')
          ? englishVectors(vectorsFile)
          : loadWinkVectors(vectorsFile)
        : englishVectors();
    const t1 = performance.now();
    const result = clusterTexts(
      texts.map((text, i) => ({ id: String(i), text })),
      { seed, k, granularity, wordVectors, ...(share !== undefined ? { vectorShare: share } : {}) },
    );
    const seconds = (performance.now() - t1) / 1000;
    // too few texts with a usable word (the others are stop words, lone emoji, words seen once) for k themes
    if (k !== undefined && result.themes.length < k) throw new CercleError('themes.too-few-texts', { count: result.stats.distinct, k });
    const assigned = Array.from(result.assignment);
    const n1 = first.texts.length;
    const report = {
      file,
      texts: texts.length,
      labels: labelIds.size,
      clusters: result.themes.length,
      unclassified: result.unclassified.length,
      nmi: pct(nmi(labels, assigned)),
      accuracy: pct(hungarianAccuracy(labels, assigned)),
      ari: pct(adjustedRandIndex(labels, assigned)),
      seconds: Math.round(seconds * 100) / 100,
      ...(wordVectors ? { vectorsSeconds: Math.round((t1 - t0) / 10) / 100 } : {}),
      ...(second
        ? {
            pair: pairFile,
            pairsTogether: pct(
              first.texts.reduce((s, _, i) => s + (assigned[i] === assigned[n1 + i] && assigned[i]! >= 0 ? 1 : 0), 0) / n1,
            ),
            nmiFirst: pct(nmi(first.labels, assigned.slice(0, n1))),
            nmiSecond: pct(nmi(second.labels, assigned.slice(n1))),
          }
        : {}),
      frenchWordsMapped: result.stats.frenchWords ? pct(result.stats.frenchMapped / result.stats.frenchWords) : undefined,
    };
    const out = str(values.out);
    if (out) writeFileSync(out, assigned.join('\n') + '\n');
    if (values.json) io.out(JSON.stringify(report, null, 2));
    else {
      io.out(
        `${report.texts} texts, ${report.clusters} themes, ${report.unclassified} unclassified: NMI ${report.nmi}, accuracy ${report.accuracy}, ARI ${report.ari} (${report.seconds} s)`,
      );
      if (second) io.out(`pairs in the same theme: ${report.pairsTogether} % (NMI ${report.nmiFirst} / ${report.nmiSecond})`);
      for (const t of result.themes.slice(0, 30)) io.out(`  ${String(t.size).padStart(6)}  ${t.label}`);
    }
    return 0;
  },
};
