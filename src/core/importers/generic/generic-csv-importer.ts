import type { DetectInput, Importer, ImportContext, ImportSink, InputFile } from '../types';
import { ImportError } from '../../errors';
import { type CsvRecord, headLines, isBlankRecord, normaliseHeader, readCsvFile, sniffDelimiter, splitCsvLine } from '../csv';
import {
  CANONICAL_COLUMNS,
  type CanonicalColumn,
  type ColumnRef,
  type GenericCsvMapping,
  type GenericCsvMappingInput,
  parseGenericCsvMapping,
} from './mapping';
import { type ColumnIndex, importRows } from './rows';

const CSV_NAME = /\.(csv|tsv|txt)$/i;

/** Header names compared loosely: "Author ID", "author-id" and "author_id" are the same column. */
const loose = (h: string) => normaliseHeader(h).replace(/[\s-]+/g, '_');

function firstLine(head: string): string | undefined {
  return headLines(head).find((l) => l.trim() !== '');
}

function headerRecord(records: readonly CsvRecord[]): number {
  return records.findIndex((r) => !isBlankRecord(r));
}

function resolveRef(header: readonly string[], ref: ColumnRef | undefined): number | undefined | null {
  if (ref === undefined) return undefined;
  if (typeof ref === 'number') return ref;
  const i = header.findIndex((h) => loose(h) === loose(ref));
  return i < 0 ? null : i;
}

// ---------------------------------------------------------------------------------------------
// With an explicit mapping

/**
 * An importer for one column mapping, for exports of tools Cercle does not know. The shell builds it
 * from `--mapping file.json` and passes it as the only importer, so detection only checks that the
 * mapped columns exist.
 */
export function genericCsvImporter(input: GenericCsvMappingInput | GenericCsvMapping): Importer {
  const mapping = parseGenericCsvMapping(input);
  const named = Object.values(mapping.columns).filter((c): c is string => typeof c === 'string');
  return {
    format: 'generic.csv-mapping',
    platform: mapping.platform,
    label: 'CSV with a column mapping',
    coverage: {
      shows: ['one interaction per row: author, time, kind, text, thread, channel, reply links as mapped'],
      lacks: ['anything the mapped columns do not hold', 'identities across platforms (merged later)'],
    },
    detect(f: DetectInput): number {
      if (!CSV_NAME.test(f.name)) return 0;
      const line = firstLine(f.head);
      if (!line) return 0;
      const header = splitCsvLine(line, mapping.delimiter ?? sniffDelimiter(line)).map(loose);
      return named.every((n) => header.includes(loose(n))) ? 0.99 : 0;
    },
    async import(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
      const records = await readCsvFile(file, { delimiter: mapping.delimiter });
      const h = headerRecord(records);
      if (h < 0) throw new ImportError('import.empty-csv', { file: file.path });
      const header = records[h]!.fields;
      const cols: Partial<Record<keyof GenericCsvMapping['columns'], number>> = {};
      const missing: string[] = [];
      for (const [field, ref] of Object.entries(mapping.columns) as [keyof GenericCsvMapping['columns'], ColumnRef | undefined][]) {
        const i = resolveRef(header, ref);
        if (i === null) missing.push(String(ref));
        else if (i !== undefined) cols[field] = i;
      }
      if (missing.length > 0) throw new ImportError('import.mapping-columns-missing', { file: file.path, columns: missing.join(', ') });
      importRows(file, records.slice(h + 1), { ...cols, timestamp: cols.timestamp! }, rowOptions(mapping, ctx), sink);
    },
  };
}

function rowOptions(mapping: GenericCsvMapping, ctx: ImportContext) {
  return {
    kind: mapping.kind,
    kindValues: mapping.kindValues,
    outboundValues: mapping.outboundValues,
    channelKind: mapping.channelKind,
    timestampFormat: mapping.timestampFormat,
    timezone: mapping.timezone ?? ctx.timezone,
  };
}

// ---------------------------------------------------------------------------------------------
// The Cercle generic CSV (canonical header, no mapping needed)

function canonicalIndex(header: readonly string[]): Partial<Record<CanonicalColumn, number>> {
  const names = header.map(loose);
  const out: Partial<Record<CanonicalColumn, number>> = {};
  for (const [col, aliases] of Object.entries(CANONICAL_COLUMNS) as [CanonicalColumn, readonly string[]][]) {
    const i = aliases.map((a) => names.indexOf(a)).find((x) => x >= 0);
    if (i !== undefined) out[col] = i;
  }
  return out;
}

function isCanonicalHeader(header: readonly string[]): boolean {
  const names = header.map(loose);
  return names.includes('timestamp') && (names.includes('author') || names.includes('author_id'));
}

export const genericCanonicalCsvImporter: Importer = {
  format: 'generic.csv',
  platform: 'generic',
  label: 'Cercle generic CSV',
  coverage: {
    shows: [
      'one interaction per row with the canonical columns present (id, kind, author, timestamp, text, thread, channel, reply_to, direction)',
    ],
    lacks: ['whatever the producing tool left out', 'per-row platforms (rows are stored under "generic")'],
  },
  detect(f: DetectInput): number {
    if (!CSV_NAME.test(f.name)) return 0;
    const line = firstLine(f.head);
    if (!line) return 0;
    return isCanonicalHeader(splitCsvLine(line, sniffDelimiter(line))) ? 0.8 : 0;
  },
  async import(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
    const records = await readCsvFile(file);
    const h = headerRecord(records);
    if (h < 0 || !isCanonicalHeader(records[h]!.fields)) throw new ImportError('import.generic-no-header', { file: file.path });
    const idx = canonicalIndex(records[h]!.fields);
    const rows = records.slice(h + 1);
    if (idx.platform !== undefined) {
      const others = new Set(
        rows.map((r) => (r.fields[idx.platform!] ?? '').trim().toLowerCase()).filter((p) => p !== '' && p !== 'generic'),
      );
      // The store keys identities by the importer's platform; a mapping with a fixed platform keeps them apart.
      if (others.size > 0)
        sink.warn(
          `rows name platform(s) ${[...others].join(', ')}: stored as "generic"; import with a mapping whose platform is fixed to keep them apart`,
        );
    }
    const cols: ColumnIndex = { ...idx, timestamp: idx.timestamp! };
    importRows(
      file,
      rows,
      cols,
      { kind: 'message', kindValues: {}, outboundValues: [], channelKind: 'group', timezone: ctx.timezone },
      sink,
    );
  },
};
