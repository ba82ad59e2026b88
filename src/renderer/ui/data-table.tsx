import { useTranslation } from 'react-i18next';
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
}: DataTableProps<T>) {
  const { t: tc } = useTranslation();
  const table = useTable({ features: tableSorting, columns, data, initialState: { sorting: initialSorting } });
  const rows = table.getRowModel().rows;
  const align = (id: string) => [numeric.includes(id) ? 'num' : '', narrow.includes(id) ? 'narrow' : ''].join(' ').trim() || undefined;
  return (
    <div className="table-wrap">
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
