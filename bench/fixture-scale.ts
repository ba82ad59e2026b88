/**
 * Throughput of the formats the generator does not write (YouTube comments and live chats, DCE CSV,
 * the Discord data package, Cercle's generic CSV): a real fixture's data rows are repeated until the file
 * holds about `rows` rows, each copy made distinct where the importer keys records (id columns get a
 * copy number; where there is no id, the text does), then imported by `cercle import` like the rest.
 * The count check: imports of one copy (a1) and two copies (a2) give what a copy adds (a2 − a1) and
 * what the rest of the input adds (a1 − that); the scaled import must add exactly rest + copies × copy.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCsv } from '../src/core/importers/csv';
import { importOnce, ROOT, summarise, type ImportSummary } from './imports';

interface ScaledSpec {
  format: string;
  /** The fixture: a CSV file, or a folder holding `csv`. */
  fixture: string;
  csv?: string;
  /** Columns whose values must differ per copy (ids and the links to them). */
  ids: string[];
  /** Snowflake ids stay numeric: the copy number is added, in units of 10^7. */
  numericIds?: boolean;
  /** For formats without ids: the column made distinct per copy. */
  text?: string;
}

const SPECS: ScaledSpec[] = [
  { format: 'youtube.comments.csv', fixture: 'youtube/comments_pre_2024-06_takeoutSegments.csv', ids: ['Comment ID', 'Parent Comment ID'] },
  { format: 'youtube.live-chats.csv', fixture: 'youtube/live_chats_currency.csv', ids: ['Live Chat ID'] },
  { format: 'discord.dce.csv', fixture: 'discord/Lumière Club - Communauté - général [900000000000000001].csv', ids: [], text: 'Content' },
  {
    format: 'discord.package',
    fixture: 'discord/package-2021',
    csv: 'messages/870000000000000001/messages.csv',
    ids: ['ID'],
    numericIds: true,
  },
  { format: 'generic.csv', fixture: 'generic/cercle-generic.csv', ids: ['id', 'reply_to'] },
];

export interface ScaledResult {
  format: string;
  fixtureRows: number;
  copies: number;
  bytes: number;
  /** What the scaled import must add (from imports of one and two copies), if those succeeded. */
  expectedAdded: number | undefined;
  import: ImportSummary;
}

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

function scaleCsv(
  text: string,
  spec: ScaledSpec,
  copiesFor: (dataRows: number) => number,
): { csv: string; fixtureRows: number; copies: number } {
  const records = parseCsv(text, { delimiter: ',' }).map((r) => r.fields);
  const [header, ...data] = records;
  const idCols = spec.ids.map((c) => header!.indexOf(c)).filter((i) => i >= 0);
  const textCol = spec.text ? header!.indexOf(spec.text) : -1;
  const copies = copiesFor(data.length);
  const out: string[] = [header!.map(quote).join(',')];
  for (let c = 0; c < copies; c++) {
    for (const r of data) {
      const row = r.slice();
      for (const i of idCols) {
        if (!row[i]) continue;
        row[i] = spec.numericIds ? (BigInt(row[i]!) + BigInt(c) * 10_000_000n).toString() : `${row[i]}x${c}`;
      }
      if (textCol >= 0 && c > 0) row[textCol] = `${row[textCol]} (${c})`;
      out.push(row.map(quote).join(','));
    }
  }
  return { csv: `${out.join('\n')}\n`, fixtureRows: data.length, copies };
}

export async function scaledFixtures(
  work: string,
  rows: number,
  runs: number,
  timeoutMs: number,
  log: (s: string) => void,
): Promise<ScaledResult[]> {
  const results: ScaledResult[] = [];
  for (const spec of SPECS) {
    const src = join(ROOT, 'tests', 'fixtures', spec.fixture);
    if (!existsSync(src)) continue;
    const dir = join(work, 'scaled', spec.format);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // The input as the user would hand it over: the folder for the data package, else the one file.
    const input = spec.csv ? join(dir, 'package') : join(dir, spec.fixture.split('/').pop()!);
    if (spec.csv) cpSync(src, input, { recursive: true });
    const csvPath = spec.csv ? join(input, spec.csv) : input;
    const original = readFileSync(spec.csv ? join(src, spec.csv) : src, 'utf8');
    mkdirSync(dirname(csvPath), { recursive: true });
    const importCopies = async (copies: number, ws: string) => {
      writeFileSync(csvPath, scaleCsv(original, spec, () => copies).csv);
      const run = await importOnce([input], join(work, 'ws', ws), timeoutMs);
      rmSync(join(work, 'ws', ws), { recursive: true, force: true });
      return run.added;
    };
    const a1 = await importCopies(1, `scaled-base-${spec.format}`);
    const a2 = await importCopies(2, `scaled-base-${spec.format}`);
    const scaled = scaleCsv(original, spec, (n) => Math.max(1, Math.ceil(rows / n)));
    const expectedAdded = a1 === undefined || a2 === undefined ? undefined : a1 - (a2 - a1) + scaled.copies * (a2 - a1);
    log(`scaled ${spec.format}: ${scaled.copies} copies of ${scaled.fixtureRows} rows`);
    writeFileSync(csvPath, scaled.csv);
    const runsOut = [];
    for (let i = 0; i < runs; i++) {
      const run = await importOnce([input], join(work, 'ws', `scaled-${spec.format}`), timeoutMs);
      runsOut.push(run);
      if (run.error) break;
    }
    rmSync(join(work, 'ws', `scaled-${spec.format}`), { recursive: true, force: true });
    results.push({
      format: spec.format,
      fixtureRows: scaled.fixtureRows,
      copies: scaled.copies,
      bytes: Buffer.byteLength(scaled.csv),
      expectedAdded,
      import: summarise(runsOut),
    });
  }
  return results;
}
