import { csvBatches, CsvSyntaxError, isEmptyLine } from '../csv';
import type { InputFile } from '../types';

/**
 * The rows of a Discord CSV (DiscordChatExporter's export, the data package's messages.csv), streamed in
 * batches, read as the Discord importers have always read them: empty lines skipped (row numbers in
 * messages count rows, not lines), a CRLF inside a message kept as written (CSV message keys hash the
 * text), and a cut-off file reported as such.
 */
export async function* discordCsvRows(file: InputFile): AsyncGenerator<string[][]> {
  try {
    for await (const batch of csvBatches(file.chunks(), { delimiter: ',', keepCrlf: true })) {
      const rows: string[][] = [];
      for (const r of batch) if (!isEmptyLine(r)) rows.push(r.fields);
      yield rows;
    }
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new Error('the file ends inside a quoted field');
    throw err;
  }
}
