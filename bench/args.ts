import { parseArgs } from 'node:util';
import { GEN_FORMATS, parseFormats, parseSize, type GenFormat } from '../src/core/generate';

export interface BenchArgs {
  sizes: number[];
  runs: number;
  formats: GenFormat[];
  sideBySide: boolean;
  /** Messages in the DCE file of the side-by-side comparison. */
  sbsMessages: number;
  sbsRuns: number;
  /** Rows of each scaled fixture (formats the generator does not write); 0 skips them. */
  scaledRows: number;
  queryRuns: number;
  seed: number;
  /** Any child running longer is stopped and reported as not finished. */
  timeoutMin: number;
  work: string;
  keep: boolean;
  /** Client sizes made, reopened and saved to find where sql.js stops being practical; empty skips. */
  sizeLimits: number[];
  /** Interactions of the client a new export is imported into (the monthly re-import); 0 skips. */
  incrementalBase: number;
}

export const USAGE = `npm run bench -- [--sizes 10k,100k,1M|none] [--runs 3] [--formats ${GEN_FORMATS.join(',')}]
                 [--skip-side-by-side] [--sbs-messages 1M] [--sbs-runs N] [--scaled-rows 100k|0] [--query-runs 20] [--seed 1] [--timeout-min 30] [--work .bench-work] [--keep]
                 [--size-limits 1M,3M,5M|none] [--incremental-base 1M|0]`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '10k,100k,1M' },
      runs: { type: 'string', default: '3' },
      formats: { type: 'string', default: GEN_FORMATS.join(',') },
      'skip-side-by-side': { type: 'boolean', default: false },
      'sbs-messages': { type: 'string', default: '1M' },
      'sbs-runs': { type: 'string' },
      'scaled-rows': { type: 'string', default: '100k' },
      'query-runs': { type: 'string', default: '20' },
      seed: { type: 'string', default: '1' },
      'timeout-min': { type: 'string', default: '30' },
      work: { type: 'string', default: '.bench-work' },
      keep: { type: 'boolean', default: false },
      'size-limits': { type: 'string', default: '1M,3M,5M' },
      'incremental-base': { type: 'string', default: '1M' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const int = (s: string, name: string, min: number) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, not "${s}"`);
    return n;
  };
  const runs = int(values.runs, 'runs', 1);
  return {
    // `--sizes none` runs only the side-by-side comparison.
    sizes: values.sizes === 'none' ? [] : values.sizes.split(',').map((s) => parseSize(s)),
    runs,
    formats: parseFormats(values.formats),
    sideBySide: !values['skip-side-by-side'],
    sbsMessages: parseSize(values['sbs-messages']),
    sbsRuns: values['sbs-runs'] ? int(values['sbs-runs'], 'sbs-runs', 1) : runs,
    scaledRows: values['scaled-rows'] === '0' ? 0 : parseSize(values['scaled-rows']),
    queryRuns: int(values['query-runs'], 'query-runs', 1),
    seed: int(values.seed, 'seed', 0),
    timeoutMin: int(values['timeout-min'], 'timeout-min', 1),
    work: values.work,
    keep: values.keep,
    incrementalBase: values['incremental-base'] === '0' ? 0 : parseSize(values['incremental-base']),
    sizeLimits: values['size-limits'] === 'none' ? [] : values['size-limits'].split(',').map((s) => parseSize(s)),
  };
}

export function sizeLabel(n: number): string {
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 100 === 0) return `${n / 1e3}k`;
  return String(n);
}
