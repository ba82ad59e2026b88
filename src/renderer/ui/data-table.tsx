import { useTranslation } from 'react-i18next';
import { toCsv } from '../../core/util/csv-writer';
import { useLanguage } from '../i18n/i18n';
import { download } from './download';
import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';

/** One feature set for every table of the app: client-side sorting, nothing else. */
export const tableSorting = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
export type TableFeaturesUsed = typeof tableSorting;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column keeps its own value type
export type Columns<T extends RowData> = ColumnDef<TableFeaturesUsed, T, any>[];

export interface DataTableProps<T extends RowData> {
  /** Must be stable (module scope or useMemo): a new array re-builds the row models. */
  columns: Columns<T>;
  data: T[];
  label: string;
  /** Column ids whose cells are numbers: right-aligned, tabular figures. */
  numeric?: readonly string[];
  /** Column ids that take only the width of their content (ranks, actions). */
  narrow?: readonly string[];
  initialSorting?: SortingState;
  testId?: string;
  empty?: string;
  /** Offers the rows, as sorted on screen, as a CSV file of this name (without extension). */
  exportName?: string;
}

export function DataTable<T extends RowData>({
  columns,
  data,
  label,
  numeric = [],
  narrow = [],
  initialSorting = [],
  testId,
  empty,
  exportName,
}: DataTableProps<T>) {
  const { t: tc } = useTranslation();
  const { lang } = useLanguage();
  const table = useTable({ features: tableSorting, columns, data, initialState: { sorting: initialSorting } });
  const rows = table.getRowModel().rows;
  const align = (id: string) => [numeric.includes(id) ? 'num' : '', narrow.includes(id) ? 'narrow' : ''].join(' ').trim() || undefined;
  // The values behind the cells (what a spreadsheet needs), not what the cells draw.
  const exportCsv = () => {
    const cols = table.getAllLeafColumns().filter((c) => c.id !== 'actions');
    const header = cols.map((c) => (typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id));
    const body = rows.map((r) => cols.map((c) => csvValue(r.getValue(c.id))));
    download(`${exportName}.csv`, toCsv(header, body, lang === 'fr' ? ';' : ','));
  };
  return (
    <div className="table-wrap">
      {exportName && rows.length > 0 && (
        <div className="table-tools">
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={exportCsv}
            data-testid={testId ? `${testId}-csv` : undefined}
          >
            {tc('exportCsv')}
          </button>
        </div>
      )}
      <table className="data-table" aria-label={label} data-testid={testId}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    className={align(header.column.id)}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.isPlaceholder ? null : canSort ? (
                      <button
                        type="button"
                        className="data-table__sort"
                        onClick={header.column.getToggleSortingHandler()}
                        title={tc('sortBy', { label: String(header.column.columnDef.header ?? header.id) })}
                      >
                        <table.FlexRender header={header} />
                        <span className="data-table__arrow" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td className="data-table__empty" colSpan={columns.length}>
                {empty ?? tc('emptyTable')}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={align(cell.column.id)}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function csvValue(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
}
