import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sparklinePoints } from '../../core/charts/theme-heatmap-option';
import type { ThemeMetricsRow } from '../../core/contract/themes';
import { useExportName } from '../app/export-name';
import { useFormat } from '../i18n/format';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';

const col = createColumnHelper<TableFeaturesUsed, ThemeMetricsRow>();
const NUMERIC = ['share', 'size', 'members', 'meanDepth', 'responseRate', 'median', 'ratio'];

/** The themes with their numbers: a label opens the theme; sortable, and offered as CSV (the trend as its counts). */
export function ThemesTable({ rows, onOpen }: { rows: ThemeMetricsRow[]; onOpen: (theme: number) => void }) {
  const { t } = useTranslation('themes');
  const f = useFormat();
  const columns: Columns<ThemeMetricsRow> = useMemo(
    () =>
      col.columns([
        col.accessor('label', {
          header: t('table.theme'),
          cell: (i) => {
            const r = i.row.original;
            return (
              <span className="themes-label">
                <button
                  type="button"
                  className="link-button strong"
                  onClick={() => onOpen(r.id)}
                  aria-label={t('table.open', { label: r.label })}
                  data-testid="theme-open"
                >
                  {r.label}
                </button>
                {r.emergence?.emerging && (
                  <span className="badge badge--warn" title={t('emerging.detail', detail(r, f))}>
                    {r.emergence.ratio === null ? t('emerging.badgeNew') : t('emerging.badge', { ratio: f.decimal(r.emergence.ratio, 1) })}
                  </span>
                )}
                {r.hidden && <span className="badge">{t('table.hidden')}</span>}
                {r.label !== r.computedLabel && <span className="badge badge--soft">{t('table.renamed')}</span>}
              </span>
            );
          },
        }),
        col.accessor('share', { header: t('table.share'), cell: (i) => f.percent(i.getValue()) }),
        col.accessor((r) => r.counts.join(' '), {
          id: 'trend',
          header: t('table.trend'),
          enableSorting: false,
          cell: (i) => <Sparkline values={i.row.original.counts} label={t('table.trendLabel', { label: i.row.original.label })} />,
        }),
        col.accessor('size', { header: t('table.texts'), cell: (i) => f.int(i.getValue()) }),
        col.accessor('members', { header: t('table.members'), cell: (i) => f.int(i.getValue()) }),
        col.accessor('meanDepth', { header: t('table.depth'), cell: (i) => (i.getValue() === null ? '—' : f.decimal(i.getValue()!, 1)) }),
        col.accessor('responseRate', { header: t('table.responseRate'), cell: (i) => f.percent(i.getValue()) }),
        col.accessor('medianFirstResponseMinutes', { id: 'median', header: t('table.median'), cell: (i) => f.minutes(i.getValue()) }),
        col.accessor((r) => r.emergence?.ratio ?? null, {
          id: 'ratio',
          header: t('table.emergence'),
          cell: (i) => (i.getValue() === null ? '—' : `×${f.decimal(i.getValue()!, 2)}`),
        }),
      ]),
    [t, f, onOpen],
  );
  return (
    <div className="themes-table">
      <DataTable
        columns={columns}
        data={rows}
        label={t('table.label')}
        numeric={NUMERIC}
        testId="themes-table"
        empty={t('table.empty')}
        exportName={useExportName(t('table.csv'))}
      />
    </div>
  );
}

/** What the emergence test found, in words (the badge's title). */
function detail(r: ThemeMetricsRow, f: ReturnType<typeof useFormat>) {
  const e = r.emergence!;
  return {
    recent: f.int(e.recent),
    recentShare: f.percent(e.recentShare),
    beforeShare: f.percent(e.beforeShare),
    z: f.decimal(e.z, 2),
    p: e.p < 0.0001 ? '< 0.0001' : f.decimal(e.p, 4),
  };
}

/** The theme's texts per period as a small line: its shape, not its numbers (those are in the heatmap). */
function Sparkline({ values, label }: { values: readonly number[]; label: string }) {
  return (
    <svg className="sparkline" width="96" height="24" viewBox="0 0 96 24" role="img" aria-label={label}>
      <polyline points={sparklinePoints(values, 96, 24)} />
    </svg>
  );
}
