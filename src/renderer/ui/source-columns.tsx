import { createColumnHelper } from '@tanstack/react-table';
import type { SourceSummary } from '../../core/contract';
import type { Format } from '../i18n/format';
import type { TableFeaturesUsed } from './data-table';
import type { Labels } from './labels';

/** The columns every table of imported sources shows (import result, summary), with each screen's headers. */
export const sourceColumn = createColumnHelper<TableFeaturesUsed, SourceSummary>();

export function sourceBaseColumns(
  h: { file: string; platform: string; format: string; records: string; added: string },
  labels: Labels,
  f: Format,
) {
  return [
    sourceColumn.accessor('file', { header: h.file, cell: (i) => <span className="mono">{i.getValue()}</span> }),
    sourceColumn.accessor('platform', { header: h.platform, cell: (i) => labels.platform(i.getValue()) }),
    sourceColumn.accessor('format', { header: h.format }),
    sourceColumn.accessor('records', { header: h.records, cell: (i) => f.int(i.getValue()) }),
    sourceColumn.accessor('added', { header: h.added, cell: (i) => f.int(i.getValue()) }),
  ];
}
