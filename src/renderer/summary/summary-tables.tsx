import { useMemo } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { CoverageEntry, SourceSummary, StatsSummary } from '../../core/contract';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { formatDateTime, formatInt } from '../ui/format';
import { platformLabel } from '../ui/labels';
import { sourceBaseColumns, sourceColumn } from '../ui/source-columns';
import { summaryStrings as t } from './strings';

type TopMember = StatsSummary['topMembers'][number] & { rank: number };

const top = createColumnHelper<TableFeaturesUsed, TopMember>();
const topColumns: Columns<TopMember> = top.columns([
  top.accessor('rank', { header: t.columns.rank }),
  top.accessor('name', { header: t.columns.member, cell: (i) => <span className="strong">{i.getValue()}</span> }),
  top.accessor((m) => m.platforms.map(platformLabel).join(', '), { id: 'platforms', header: t.columns.platforms }),
  top.accessor('interactions', { header: t.columns.interactions, cell: (i) => formatInt(i.getValue()) }),
]);

export function TopMembersTable({ members }: { members: StatsSummary['topMembers'] }) {
  const rows = useMemo(() => members.map((m, i) => ({ ...m, rank: i + 1 })), [members]);
  return <DataTable columns={topColumns} data={rows} label={t.topTitle} numeric={['rank', 'interactions']} narrow={['rank']} testId="top-members" />;
}

const src = sourceColumn;
const sourceColumns: Columns<SourceSummary> = src.columns([
  ...sourceBaseColumns(t.columns),
  src.accessor('importedAt', { header: t.columns.importedAt, cell: (i) => formatDateTime(i.getValue()) }),
  src.accessor((s) => s.warnings.length, {
    id: 'warnings',
    header: t.columns.warnings,
    cell: (i) =>
      i.getValue() === 0 ? (
        <span className="muted">—</span>
      ) : (
        <span className="badge badge--warn" title={i.row.original.warnings.join('\n')}>
          {i.getValue()}
        </span>
      ),
  }),
]);

export function SourcesTable({ sources }: { sources: SourceSummary[] }) {
  return <DataTable columns={sourceColumns} data={sources} label={t.sourcesTitle} numeric={['records', 'added', 'warnings']} testId="sources-table" />;
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
const coverageColumns: Columns<CoverageEntry> = cov.columns([
  cov.accessor('source', { header: t.columns.file, cell: (i) => <span className="mono">{i.getValue()}</span> }),
  cov.accessor('platform', { header: t.columns.platform, cell: (i) => platformLabel(i.getValue()) }),
  cov.accessor('shows', { header: t.columns.shows, enableSorting: false, cell: (i) => chips(i.getValue(), 'ok') }),
  cov.accessor('lacks', { header: t.columns.lacks, enableSorting: false, cell: (i) => chips(i.getValue(), 'no') }),
]);

export function CoverageTable({ coverage }: { coverage: CoverageEntry[] }) {
  return <DataTable columns={coverageColumns} data={coverage} label={t.coverageTitle} testId="coverage-table" />;
}
