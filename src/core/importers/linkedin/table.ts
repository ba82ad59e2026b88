import { type CsvRecord, isBlankRecord, readCsvFile } from '../csv';
import type { InputFile } from '../types';
import { ImportError } from '../../errors';
import { classifyHead, classifyHeader, type ColumnMap, type LinkedInColumn, type LinkedInFileKind } from './files';

export interface LinkedInTable {
  kind: LinkedInFileKind;
  columns: ColumnMap;
  rows: CsvRecord[];
}

/**
 * Reads a LinkedIn CSV past any preamble, split by the delimiter its header line was found with.
 * Only Comments.csv escapes quotes with a backslash.
 */
export async function readLinkedInTable(file: InputFile): Promise<LinkedInTable> {
  const sniffed = classifyHead(await file.head());
  const records = await readCsvFile(file, { delimiter: sniffed?.delimiter ?? ',', backslashEscapes: sniffed?.kind === 'comments' });
  for (let i = 0; i < Math.min(records.length, 12); i++) {
    const c = classifyHeader(records[i]!.fields);
    if (c) return { kind: c.kind, columns: c.columns, rows: records.slice(i + 1) };
  }
  throw new ImportError('import.linkedin-no-header', { file: file.path });
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
