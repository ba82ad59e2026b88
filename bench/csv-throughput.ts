/**
 * Throughput of the importers' CSV reader (src/core/importers/csv) against csv-parse, the library it
 * was weighed against: its sync API on the whole text, and its streaming API fed the decoded chunks (the
 * browser build, the one src/core could import, and Node's own streams). Files are read from disk the
 * way the Node shell reads them (64 KiB chunks, streaming UTF-8 decode); each run reads and parses one
 * file end to end, candidates alternate within a round, and the table shows medians of the rounds.
 *
 *   npx tsx bench/csv-throughput.ts FILE.csv... [--rounds 7]
 *   npx tsx bench/csv-throughput.ts --write-dce OUT.csv --from DIR [--rows 100000]
 *     (a DiscordChatExporter CSV from the DCE JSON files of `cercle generate --formats discord --out DIR`)
 */
import { createReadStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseBrowserStream } from 'csv-parse/browser/esm';
import { parse as parseBrowserSync } from 'csv-parse/browser/esm/sync';
import { parse as parseNodeStream } from 'csv-parse';
import { parse as parseNodeSync } from 'csv-parse/sync';
import { csvBatches, parseCsv } from '../src/core/importers/csv';

/** Forgiving like the exports need (stray quotes, ragged rows); comparable to what our reader accepts. */
const CSV_PARSE_OPTIONS = { bom: true, relax_column_count: true, relax_quotes: true };

async function* decodedChunks(path: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const s = decoder.decode(chunk, { stream: true });
    if (s) yield s;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

async function wholeText(path: string): Promise<string> {
  let text = '';
  for await (const c of decodedChunks(path)) text += c;
  return text;
}

/** Each candidate reads and parses the file and returns the number of records. */
const CANDIDATES: [string, (path: string) => Promise<number>][] = [
  [
    'ours, streaming (csvBatches)',
    async (path) => {
      let n = 0;
      for await (const batch of csvBatches(decodedChunks(path), { delimiter: ',' })) n += batch.length;
      return n;
    },
  ],
  ['ours, whole text (parseCsv)', async (path) => parseCsv(await wholeText(path), { delimiter: ',' }).length],
  ['csv-parse sync, browser build', async (path) => parseBrowserSync(await wholeText(path), CSV_PARSE_OPTIONS).length],
  [
    'csv-parse stream, browser build',
    async (path) => {
      const parser = parseBrowserStream(CSV_PARSE_OPTIONS);
      let n = 0;
      parser.on('data', () => n++);
      const ended = once(parser, 'end');
      for await (const c of decodedChunks(path)) if (!parser.write(c)) await once(parser, 'drain');
      parser.end();
      await ended;
      return n;
    },
  ],
  ['csv-parse sync, Node build', async (path) => parseNodeSync(await wholeText(path), CSV_PARSE_OPTIONS).length],
  [
    'csv-parse stream, Node build',
    async (path) => {
      let n = 0;
      for await (const _ of Readable.from(decodedChunks(path)).pipe(parseNodeStream(CSV_PARSE_OPTIONS))) n++;
      return n;
    },
  ],
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** A DCE CSV of `rows` messages from generated DCE JSON exports, copies made distinct by their text. */
function writeDceCsv(out: string, dir: string, rows: number): void {
  interface Msg {
    timestamp: string;
    content: string;
    author: { id: string; name: string; discriminator?: string };
    attachments?: { url: string }[];
    reactions?: { emoji: { name: string }; count: number }[];
  }
  const msgs: Msg[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'manifest.json')) {
    msgs.push(...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as { messages: Msg[] }).messages);
  }
  if (msgs.length === 0) throw new Error(`no DCE JSON in ${dir}`);
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const lines = [['AuthorID', 'Author', 'Date', 'Content', 'Attachments', 'Reactions'].map(q).join(',')];
  for (let i = 0; i < rows; i++) {
    const m = msgs[i % msgs.length]!;
    const copy = Math.floor(i / msgs.length);
    const d = m.author.discriminator;
    const name = d && d !== '0000' ? `${m.author.name}#${d}` : m.author.name;
    const reactions = (m.reactions ?? []).map((r) => `${r.emoji.name} (${r.count})`).join(',');
    const attachments = (m.attachments ?? []).map((a) => a.url).join(',');
    lines.push([m.author.id, name, m.timestamp, copy ? `${m.content} (${copy})` : m.content, attachments, reactions].map(q).join(','));
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`wrote ${out}: ${rows} rows, ${(statSync(out).size / 1e6).toFixed(1)} MB`);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rounds: { type: 'string' }, 'write-dce': { type: 'string' }, from: { type: 'string' }, rows: { type: 'string' } },
  });
  if (values['write-dce']) {
    if (!values.from) throw new Error('--write-dce needs --from DIR (the output of cercle generate --formats discord)');
    writeDceCsv(values['write-dce'], values.from, Number(values.rows ?? 100_000));
    return;
  }
  const rounds = Number(values.rounds ?? 7);
  for (const path of positionals) {
    const mb = statSync(path).size / 1e6;
    const times = new Map<string, number[]>(CANDIDATES.map(([name]) => [name, []]));
    const counts = new Map<string, number>();
    for (let round = 0; round < rounds; round++) {
      // Rotate the order each round, so no candidate always runs first (or after the same one).
      for (let k = 0; k < CANDIDATES.length; k++) {
        const [name, run] = CANDIDATES[(round + k) % CANDIDATES.length]!;
        const t = performance.now();
        counts.set(name, await run(path));
        times.get(name)!.push((performance.now() - t) / 1000);
      }
    }
    console.log(`\n${path.split('/').pop()}: ${mb.toFixed(1)} MB, median of ${rounds} rounds (read + decode + parse)`);
    for (const [name, ts] of times) {
      const s = median(ts);
      console.log(
        `  ${name.padEnd(34)} ${(s * 1000).toFixed(0).padStart(6)} ms  ${(mb / s).toFixed(0).padStart(4)} MB/s  ${counts.get(name)} records`,
      );
    }
  }
}

if (process.argv[1] && /csv-throughput/.test(process.argv[1])) void main();
