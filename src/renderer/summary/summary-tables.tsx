import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageEntry, SourceSummary, StatsSummary } from '../../core/contract';
import { useFormat } from '../i18n/format';
import { useLabels } from '../ui/labels';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { sourceBaseColumns, sourceColumn } from '../ui/source-columns';

type TopMember = StatsSummary['topMembers'][number] & { rank: number };

const top = createColumnHelper<TableFeaturesUsed, TopMember>();

export function TopMembersTable({ members }: { members: StatsSummary['topMembers'] }) {
  const { t } = useTranslation('summary');
  const labels = useLabels();
  const f = useFormat();
  const rows = useMemo(() => members.map((m, i) => ({ ...m, rank: i + 1 })), [members]);
  const columns: Columns<TopMember> = useMemo(
    () =>
      top.columns([
        top.accessor('rank', { header: t('columns.rank') }),
        top.accessor('name', { header: t('columns.member'), cell: (i) => <span className="strong">{i.getValue()}</span> }),
        top.accessor((m) => m.platforms.map(labels.platform).join(', '), { id: 'platforms', header: t('columns.platforms') }),
        top.accessor('interactions', { header: t('columns.interactions'), cell: (i) => f.int(i.getValue()) }),
      ]),
    [t, labels, f],
  );
  return (
    <DataTable
      columns={columns}
      data={rows}
      label={t('topTitle')}
      numeric={['rank', 'interactions']}
      narrow={['rank']}
      testId="top-members"
    />
  );
}

export function SourcesTable({ sources }: { sources: SourceSummary[] }) {
  const { t } = useTranslation('summary');
  const labels = useLabels();
  const f = useFormat();
  const columns: Columns<SourceSummary> = useMemo(
    () =>
      sourceColumn.columns([
        ...sourceBaseColumns(t('columns', { returnObjects: true }), labels, f),
        sourceColumn.accessor('importedAt', { header: t('columns.importedAt'), cell: (i) => f.dateTime(i.getValue()) }),
        sourceColumn.accessor((s) => s.warnings.length, {
          id: 'warnings',
          header: t('columns.warnings'),
          cell: (i) =>
            i.getValue() === 0 ? (
              <span className="muted">—</span>
            ) : (
              <span className="badge badge--warn" title={i.row.original.warnings.join('\n')}>
                {i.getValue()}
              </span>
            ),
        }),
      ]),
    [t, labels, f],
  );
  return (
    <DataTable
      columns={columns}
      data={sources}
      label={t('sourcesTitle')}
      numeric={['records', 'added', 'warnings']}
      testId="sources-table"
    />
  );
}

const cov = createColumnHelper<TableFeaturesUsed, CoverageEntry>();
const chips = (items: string[], tone: 'ok' | 'no') => (
  <ul className="chips">
    {items.length === 0 ? (
      <li className="muted">—</li>
    ) : (
      items.map((s) => (
        <li key={s} className={`chip chip--${tone}`}>
          {s}
        </li>
      ))
    )}
  </ul>
);

export function CoverageTable({ coverage }: { coverage: CoverageEntry[] }) {
  const { t } = useTranslation('summary');
  const labels = useLabels();
  const columns: Columns<CoverageEntry> = useMemo(
    () =>
      cov.columns([
        cov.accessor('source', { header: t('columns.file'), cell: (i) => <span className="mono">{i.getValue()}</span> }),
        cov.accessor('platform', { header: t('columns.platform'), cell: (i) => labels.platform(i.getValue()) }),
        cov.accessor('shows', { header: t('columns.shows'), enableSorting: false, cell: (i) => chips(i.getValue(), 'ok') }),
        cov.accessor('lacks', { header: t('columns.lacks'), enableSorting: false, cell: (i) => chips(i.getValue(), 'no') }),
      ]),
    [t, labels],
  );
  return <DataTable columns={columns} data={coverage} label={t('coverageTitle')} testId="coverage-table" />;
}
