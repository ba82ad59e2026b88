import type { InputFile } from '../types';
import { ImportError } from '../../errors';
import { type CsvRecord, CsvSyntaxError, parseCsv, sniffDelimiter } from './csv';

/** Reads the file as CSV records, turning a syntax error into a one-line ImportError. */
export async function readCsvFile(file: InputFile, delimiter: string | undefined, backslashEscapes = false): Promise<CsvRecord[]> {
  const text = await file.text();
  try {
    const firstNonEmpty = text.split(/\r?\n/, 20).find((l) => l.trim() !== '') ?? '';
    return parseCsv(text, { delimiter: delimiter ?? sniffDelimiter(firstNonEmpty), backslashEscapes });
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new ImportError('import.csv-unclosed-quote', { file: file.path, line: err.line });
    throw err;
  }
}
