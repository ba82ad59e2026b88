import { createColumnHelper } from '@tanstack/react-table';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewActivity, SourceGroup } from '../../core/contract/overview';
import { coverageText } from '../../core/domain/coverage-fr';
import type { Lang } from '../../core/errors';
import { toCsv } from '../../core/util/csv-writer';
import { useClientSearch } from '../app/client-context';
import { MembersLink } from '../app/evidence-link';
import { useFormat } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { download } from '../ui/download';
import { useLabels } from '../ui/labels';
import { useExportName } from '../app/export-name';

type TopMember = OverviewActivity['topMembers'][number] & { rank: number };

const top = createColumnHelper<TableFeaturesUsed, TopMember>();

/** The most active members of the period; a name opens the member on the members screen. */
export function TopMembersTable({ members, period }: { members: OverviewActivity['topMembers']; period: { from?: string; to?: string } }) {
  const { t } = useTranslation('overview');
  const exportName = useExportName();
  const labels = useLabels();
  const f = useFormat();
  const shared = useClientSearch();
  const rows = useMemo(() => members.map((m, i) => ({ ...m, rank: i + 1 })), [members]);
  const columns: Columns<TopMember> = useMemo(
    () =>
      top.columns([
        top.accessor('rank', { header: t('columns.rank') }),
        top.accessor('name', {
          header: t('columns.member'),
          cell: (i) => (
            <MembersLink search={{ ...shared, ...period, q: i.getValue() }} className="strong evidence-link">
              {i.getValue()}
            </MembersLink>
          ),
        }),
        top.accessor((m) => m.platforms.map(labels.platform).join(', '), { id: 'platforms', header: t('columns.platforms') }),
        top.accessor('interactions', { header: t('columns.interactions'), cell: (i) => f.int(i.getValue()) }),
      ]),
    [t, labels, f, shared, period],
  );
  return (
    <DataTable
      columns={columns}
      data={rows}
      label={t('topTitle')}
      numeric={['rank', 'interactions']}
      narrow={['rank']}
      testId="top-members"
      exportName={exportName(t('topTitle'))}
    />
  );
}

/** Where a file sits inside its group: the path within the archive, else the file. */
const innerPath = (g: SourceGroup, file: string) =>
  g.by === 'archive' && file.startsWith(`${g.label}/`) ? file.slice(g.label.length + 1) : file;

function useGroupLabel() {
  const { t } = useTranslation('overview');
  return (g: SourceGroup) => (
    <>
      <span className="mono">{g.label}</span>
      {g.by !== 'file' && (
        <span className="group-table__kind">
          {t(`groups.${g.by}`)} · {t('groups.files', { count: g.files })}
        </span>
      )}
    </>
  );
}

/**
 * A table of groups whose rows open onto their files (an Instagram archive is hundreds of them). One
 * component for the sources and the coverage: each gives the cells of a group and of a file.
 */
function GroupTable({
  groups,
  label,
  testId,
  headers,
  numeric,
  groupCells,
  fileCells,
  csv,
}: {
  groups: SourceGroup[];
  label: string;
  testId: string;
  headers: string[];
  numeric: number[];
  groupCells: (g: SourceGroup) => ReactNode[];
  fileCells: (g: SourceGroup, s: SourceGroup['sources'][number]) => ReactNode[];
  csv: { name: string; header: string[]; rows: () => (string | number)[][] };
}) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const { lang } = useLanguage();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [whole, setWhole] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const cls = (i: number) => (numeric.includes(i) ? 'num' : undefined);
  return (
    <div className="table-wrap">
      {groups.length > 0 && (
        <div className="table-tools">
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={() => download(`${csv.name}.csv`, toCsv(csv.header, csv.rows(), lang === 'fr' ? ';' : ','))}
            data-testid={`${testId}-csv`}
          >
            {tc('exportCsv')}
          </button>
        </div>
      )}
      <table className="data-table group-table" aria-label={label} data-testid={testId}>
        <thead>
          <tr>
            <th className="narrow" aria-hidden="true" />
            {headers.map((h, i) => (
              <th key={h} className={cls(i)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.length === 0 && (
            <tr>
              <td className="data-table__empty" colSpan={headers.length + 1}>
                {tc('emptyTable')}
              </td>
            </tr>
          )}
          {groups.map((g) => {
            const expandable = g.by !== 'file';
            const isOpen = open.has(g.key);
            const shown = whole.has(g.key) ? g.sources : g.sources.slice(0, FILES_SHOWN);
            return (
              <Fragment key={g.key}>
                <tr className="group-table__group" data-testid={`${testId}-group`}>
                  <td className="narrow">
                    {expandable && (
                      <button
                        type="button"
                        className="group-table__toggle"
                        aria-expanded={isOpen}
                        aria-label={t(isOpen ? 'groups.close' : 'groups.open', { label: g.label })}
                        onClick={() => toggle(g.key)}
                      >
                        {isOpen ? '▾' : '▸'}
                      </button>
                    )}
                  </td>
                  {groupCells(g).map((c, i) => (
                    <td key={i} className={cls(i)}>
                      {c}
                    </td>
                  ))}
                </tr>
                {isOpen &&
                  shown.map((s, j) => (
                    <tr key={`${s.file}#${j}`} className="group-table__file" data-testid={`${testId}-file`}>
                      <td className="narrow" />
                      {fileCells(g, s).map((c, i) => (
                        <td key={i} className={cls(i)}>
                          {c}
                        </td>
                      ))}
                    </tr>
                  ))}
                {isOpen && shown.length < g.sources.length && (
                  <tr className="group-table__file">
                    <td className="narrow" />
                    <td colSpan={headers.length}>
                      <button
                        type="button"
                        className="btn btn--ghost btn--small"
                        onClick={() => setWhole((prev) => new Set(prev).add(g.key))}
                      >
                        {t('groups.more', { n: g.sources.length - shown.length })}
                      </button>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** An archive of hundreds of files opens on its first ones; the rest on demand. */
const FILES_SHOWN = 50;

const join = (xs: string[], label: (x: string) => string) => xs.map(label).join(', ');

export function SourceGroupsTable({ groups }: { groups: SourceGroup[] }) {
  const { t } = useTranslation('overview');
  const labels = useLabels();
  const f = useFormat();
  const groupLabel = useGroupLabel();
  const warnings = (n: number, list: string[]) =>
    n === 0 ? (
      <span className="muted">—</span>
    ) : (
      <span className="badge badge--warn" title={list.join('\n')}>
        {n}
      </span>
    );
  const headers = ['export', 'platforms', 'format', 'records', 'added', 'importedAt', 'warnings'].map((c) => t(`columns.${c as 'export'}`));
  return (
    <GroupTable
      groups={groups}
      label={t('sourcesTitle')}
      testId="sources-table"
      headers={headers}
      numeric={[3, 4, 6]}
      groupCells={(g) => [
        groupLabel(g),
        join(g.platforms, labels.platform),
        g.formats.join(', '),
        f.int(g.records),
        f.int(g.added),
        f.dateTime(g.lastImportedAt),
        warnings(
          g.warnings,
          g.sources.flatMap((s) => s.warnings),
        ),
      ]}
      fileCells={(g, s) => [
        <span className="mono group-table__path">{innerPath(g, s.file)}</span>,
        labels.platform(s.platform),
        s.format,
        f.int(s.records),
        f.int(s.added),
        f.dateTime(s.importedAt),
        warnings(s.warnings.length, s.warnings),
      ]}
      csv={{
        name: 'sources',
        header: [
          t('columns.export'),
          t('columns.file'),
          t('columns.platform'),
          t('columns.format'),
          t('columns.records'),
          t('columns.added'),
          t('columns.importedAt'),
          t('columns.warnings'),
        ],
        rows: () =>
          groups.flatMap((g) =>
            g.sources.map((s) => [g.label, s.file, s.platform, s.format, s.records, s.added, s.importedAt, s.warnings.join(' | ')]),
          ),
      }}
    />
  );
}

// Coverage lines are stored in English with the source and shown in the reader's language; two
// English lines may share one French wording, hence the set.
const chips = (items: string[], tone: 'ok' | 'no', lang: Lang) => {
  const shown = [...new Set(items.map((s) => coverageText(s, lang)))];
  return (
    <ul className="chips">
      {shown.length === 0 ? (
        <li className="muted">—</li>
      ) : (
        shown.map((s) => (
          <li key={s} className={`chip chip--${tone}`}>
            {s}
          </li>
        ))
      )}
    </ul>
  );
};

export function CoverageGroupsTable({ groups }: { groups: SourceGroup[] }) {
  const { t } = useTranslation('overview');
  const labels = useLabels();
  const groupLabel = useGroupLabel();
  const { lang } = useLanguage();
  const lines = (items: string[]) => items.map((s) => coverageText(s, lang)).join(' | ');
  return (
    <GroupTable
      groups={groups}
      label={t('coverageTitle')}
      testId="coverage-table"
      headers={[t('columns.export'), t('columns.platforms'), t('columns.shows'), t('columns.lacks')]}
      numeric={[]}
      groupCells={(g) => [groupLabel(g), join(g.platforms, labels.platform), chips(g.shows, 'ok', lang), chips(g.lacks, 'no', lang)]}
      fileCells={(g, s) => [
        <span className="mono group-table__path">{innerPath(g, s.file)}</span>,
        labels.platform(s.platform),
        chips(s.shows, 'ok', lang),
        chips(s.lacks, 'no', lang),
      ]}
      csv={{
        name: 'coverage',
        header: [t('columns.export'), t('columns.file'), t('columns.platform'), t('columns.shows'), t('columns.lacks')],
        rows: () => groups.flatMap((g) => g.sources.map((s) => [g.label, s.file, s.platform, lines(s.shows), lines(s.lacks)])),
      }}
    />
  );
}
