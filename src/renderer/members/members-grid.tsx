import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnFiltersState,
  type ColumnVisibilityState,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import { Link } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STEPS } from '../../core/contract/metrics';
import type { MemberColumns } from '../../core/contract/members';
import { toCsv } from '../../core/util/csv-writer';
import { useFormat } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { download, fileSlug } from '../ui/download';
import { useLabels } from '../ui/labels';
import { loadColumnChoice, saveColumnChoice } from './column-choice';
import { csvTime, matchesQuery, type MemberRow, rowsOf, sharedFilters, sortKeyOf, TIERS, type TierId } from './member-rows';

/** Sorting, per-column filters and the choice of columns: the grid's whole feature set. */
const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnVisibilityFeature,
});
type Features = typeof features;
type MemberRowOf = Row<Features, MemberRow>;
const col = createColumnHelper<Features, MemberRow>();

/** Fixed row height: the virtualiser places rows without measuring them, so scrolling 100,000 stays smooth. */
const ROW_HEIGHT = 40;
const NUMERIC = new Set(['score', 'love', 'interactions']);
/** Shares of the width (fixed layout: the columns never move as rows scroll in). */
const WIDTHS: Record<string, number> = {
  name: 19,
  platforms: 14,
  tier: 9,
  ladder: 12,
  score: 11,
  love: 8,
  interactions: 9,
  firstAt: 9,
  lastAt: 9,
};

export interface GridFilters {
  query: string;
  tier: TierId | 'all';
  /** A platform's bit, or 0 for any. */
  platform: number;
}

const byName = (a: MemberRowOf, b: MemberRowOf) => {
  const [x, y] = [sortKeyOf(a.original), sortKeyOf(b.original)];
  return x < y ? -1 : x > y ? 1 : 0;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column keeps its own value type
type Columns = ColumnDef<Features, MemberRow, any>[];

function useColumns(client: string, platforms: readonly string[], timeZone: string): Columns {
  const { t } = useTranslation('members');
  const labels = useLabels();
  const f = useFormat();
  return useMemo(() => {
    // Numeric dates: the same width in every row and language, so the column stays narrow.
    const date = new Intl.DateTimeFormat(f.locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone });
    const platformNames = (bits: number) =>
      platforms
        .filter((_, i) => bits & (1 << i))
        .map(labels.platform)
        .join(', ');
    return col.columns([
      col.accessor('name', {
        header: t('columns.name'),
        enableHiding: false,
        sortFn: byName,
        filterFn: (row, _id, query: string) => matchesQuery(row.original, query),
        cell: (c) => (
          <Link
            to="/client/$client/members/$person"
            params={{ client, person: String(c.row.original.id) }}
            search={sharedFilters}
            className="strong-link members-grid__name"
            title={c.row.original.handles || undefined}
          >
            {c.getValue()}
          </Link>
        ),
      }),
      col.accessor('platforms', {
        header: t('columns.platforms'),
        enableSorting: false,
        filterFn: (row, _id, bit: number) => (row.original.platforms & bit) !== 0,
        cell: (c) => platformNames(c.getValue()),
      }),
      col.accessor('tier', {
        header: t('columns.tier'),
        // Core first when sorted ascending; never active last.
        sortFn: (a, b) => (a.original.tier || 9) - (b.original.tier || 9),
        filterFn: (row, _id, tier: TierId) => TIERS[row.original.tier] === tier,
        cell: (c) => t(`tiers.${TIERS[c.getValue()] ?? 'none'}`),
      }),
      col.accessor('ladder', { header: t('columns.ladder'), sortDescFirst: true, cell: (c) => t(`steps.${FUNNEL_STEPS[c.getValue()]!}`) }),
      col.accessor('score', {
        header: t('columns.score'),
        sortDescFirst: true,
        sortUndefined: 'last',
        cell: (c) => (c.getValue() === undefined ? '—' : f.decimal(c.getValue()!, 1)),
      }),
      col.accessor('love', {
        header: t('columns.love'),
        sortDescFirst: true,
        sortUndefined: 'last',
        cell: (c) => (c.getValue() === undefined ? '—' : f.decimal(c.getValue()!, 1)),
      }),
      col.accessor('interactions', { header: t('columns.interactions'), sortDescFirst: true, cell: (c) => f.int(c.getValue()) }),
      col.accessor('firstAt', {
        header: t('columns.firstAt'),
        sortUndefined: 'last',
        cell: (c) => (c.getValue() === undefined ? '—' : date.format(c.getValue())),
      }),
      col.accessor('lastAt', {
        header: t('columns.lastAt'),
        sortDescFirst: true,
        sortUndefined: 'last',
        cell: (c) => (c.getValue() === undefined ? '—' : date.format(c.getValue())),
      }),
    ]);
  }, [t, labels, f, client, platforms, timeZone]);
}

/**
 * Every member in one table: sorted and filtered in the page (the core sends them all once), drawn a
 * screenful at a time (@tanstack/react-virtual), so 100,000 rows scroll like 100. The filters live in
 * the toolbar above it (`filters`); the rows shown, as sorted, are what the CSV export writes.
 */
export function MembersGrid({
  data,
  client,
  filters,
  toolbar,
}: {
  data: MemberColumns;
  client: string;
  filters: GridFilters;
  toolbar: (tools: { shown: number; exportCsv: () => void; columnsMenu: ReactNode }) => ReactNode;
}) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const { lang } = useLanguage();
  const labels = useLabels();
  const rows = useMemo(() => rowsOf(data), [data]);
  const columns = useColumns(client, data.platforms, data.timezone);
  const query = useDeferredValue(filters.query);
  const columnFilters = useMemo<ColumnFiltersState>(() => {
    const out: ColumnFiltersState = [];
    if (query.trim()) out.push({ id: 'name', value: query });
    if (filters.tier !== 'all') out.push({ id: 'tier', value: filters.tier });
    if (filters.platform) out.push({ id: 'platforms', value: filters.platform });
    return out;
  }, [query, filters.tier, filters.platform]);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'score', desc: true }]);
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() => loadColumnChoice());
  const table = useTable({
    features,
    columns,
    data: rows,
    state: { sorting, columnFilters, columnVisibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: (updater) =>
      setColumnVisibility((prev) => {
        const next = typeof updater === 'function' ? updater(prev) : updater;
        saveColumnChoice(next);
        return next;
      }),
  });
  const shown = table.getRowModel().rows;
  const visible = table.getVisibleLeafColumns();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0));
  const totalWidth = visible.reduce((s, c) => s + (WIDTHS[c.id] ?? 10), 0);

  // The values behind the cells, as a spreadsheet wants them: names of platforms, tiers and steps in the
  // page's language, times on the client's wall clock.
  const exportCsv = () => {
    const time = csvTime(data.timezone);
    const value = (r: MemberRow, id: string): string | number | null => {
      switch (id) {
        case 'platforms':
          return data.platforms
            .filter((_, i) => r.platforms & (1 << i))
            .map(labels.platform)
            .join(', ');
        case 'tier':
          return t(`tiers.${TIERS[r.tier] ?? 'none'}`);
        case 'ladder':
          return t(`steps.${FUNNEL_STEPS[r.ladder]!}`);
        case 'firstAt':
        case 'lastAt':
          return time(r[id]);
        default:
          return (r[id as keyof MemberRow] as string | number | undefined) ?? null;
      }
    };
    const header = visible.map((c) => String(c.columnDef.header));
    const body = shown.map((r) => visible.map((c) => value(r.original, c.id)));
    download(`${fileSlug(`${t('exportName')} ${client}`)}.csv`, toCsv(header, body, lang === 'fr' ? ';' : ','));
  };

  const columnsMenu = (
    <details className="menu" data-testid="members-columns">
      <summary className="btn btn--secondary btn--small">{t('columnsButton')}</summary>
      <fieldset className="menu__panel">
        <legend className="visually-hidden">{t('columnsLegend')}</legend>
        {table
          .getAllLeafColumns()
          .filter((c) => c.getCanHide())
          .map((c) => (
            <label key={c.id} className="menu__item">
              <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} data-testid={`column-${c.id}`} />
              <span>{String(c.columnDef.header)}</span>
            </label>
          ))}
      </fieldset>
    </details>
  );

  return (
    <>
      {toolbar({ shown: shown.length, exportCsv, columnsMenu })}
      <div
        className="members-grid__scroll"
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label={t('gridLabel', { client })}
        data-testid="members-grid"
      >
        <table className="data-table members-grid" aria-rowcount={shown.length + 1}>
          <colgroup>
            {visible.map((c) => (
              <col key={c.id} style={{ width: `${(100 * (WIDTHS[c.id] ?? 10)) / totalWidth}%` }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      className={NUMERIC.has(header.column.id) ? 'num' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          className="data-table__sort"
                          onClick={header.column.getToggleSortingHandler()}
                          title={tc('sortBy', { label: String(header.column.columnDef.header) })}
                          data-testid={`sort-${header.column.id}`}
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
            {shown.length === 0 && (
              <tr>
                <td className="data-table__empty" colSpan={visible.length}>
                  {data.total === 0 ? t('noMembers') : t('noMatch')}
                </td>
              </tr>
            )}
            {padTop > 0 && (
              <tr aria-hidden="true" className="members-grid__pad">
                <td colSpan={visible.length} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = shown[item.index]!;
              return (
                <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }} data-testid="member-row">
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={NUMERIC.has(cell.column.id) ? 'num' : undefined}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true" className="members-grid__pad">
                <td colSpan={visible.length} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
