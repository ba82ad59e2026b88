import { csvBatches, type CsvRecord, CsvSyntaxError, isBlankRecord, RecordCompactor } from '../csv';
import type { InputFile } from '../types';
import { ImportError } from '../../errors';
import { classifyHead, classifyHeader, type ColumnMap, type LinkedInColumn, type LinkedInFileKind } from './files';

/** The header line comes after at most this many preamble lines (Connections.csv has a few notes first). */
const HEADER_WITHIN = 12;

export interface LinkedInTable {
  kind: LinkedInFileKind;
  columns: ColumnMap;
  rows: CsvRecord[];
}

/**
 * Reads a LinkedIn CSV past any preamble, split by the delimiter its header line was found with.
 * Only Comments.csv escapes quotes with a backslash, and only its rows keep their own text (see
 * rejoinBrokenRows). The file is read in chunks and each row is kept compact (RecordCompactor): a
 * 1M-message messages.csv read whole as one text held that text and every cell cut from it, 461 MB of
 * heap for its 487k rows, and the import peaked at 1.2 GB while reading it.
 */
export async function readLinkedInTable(file: InputFile): Promise<LinkedInTable> {
  const sniffed = classifyHead(await file.head());
  const compactor = new RecordCompactor(sniffed?.kind === 'comments');
  const rows: CsvRecord[] = [];
  let header: ReturnType<typeof classifyHeader>;
  let before = 0;
  try {
    for await (const batch of csvBatches(file.chunks(), {
      delimiter: sniffed?.delimiter ?? ',',
      backslashEscapes: sniffed?.kind === 'comments',
    }))
      for (const r of batch) {
        if (header) rows.push(compactor.take(r));
        else if (before++ < HEADER_WITHIN) header = classifyHeader(r.fields);
        else throw new ImportError('import.linkedin-no-header', { file: file.path });
      }
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new ImportError('import.csv-unclosed-quote', { file: file.path, line: err.line });
    throw err;
  }
  if (!header) throw new ImportError('import.linkedin-no-header', { file: file.path });
  return { kind: header.kind, columns: header.columns, rows };
}

export function cell(r: CsvRecord, columns: ColumnMap, col: LinkedInColumn): string {
  const i = columns[col];
  if (i === undefined) return '';
  const v = (r.fields[i] ?? '').trim();
  return v === 'NA' ? '' : v; // Excel re-saves write NA for empty cells
}

/**
 * LinkedIn sometimes writes a newline inside an unquoted last field (Comments.csv, 2021): the text
 * after it comes out as a record of its own that does not start like a row. Such records are glued
 * back onto the previous record's last field; blank lines in between are kept as paragraph breaks.
 */
export function rejoinBrokenRows(rows: readonly CsvRecord[], startsRow: (r: CsvRecord) => boolean): CsvRecord[] {
  const out: CsvRecord[] = [];
  let pendingBlank = 0;
  for (const r of rows) {
    if (isBlankRecord(r)) {
      pendingBlank++;
      continue;
    }
    const prev = out[out.length - 1];
    if (!startsRow(r) && prev) {
      const last = prev.fields.length - 1;
      const extra = r.raw ?? r.fields.join(',');
      prev.fields[last] = `${prev.fields[last] ?? ''}${'\n'.repeat(pendingBlank + 1)}${extra}`;
    } else {
      out.push({ ...r, fields: [...r.fields] });
    }
    pendingBlank = 0;
  }
  return out;
}
