import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LIFECYCLE_CLASSES } from '../../core/charts/lifecycle-option';
import type { Interval, LifecycleRow, Retention } from '../../core/contract/metrics';
import { EvidenceLink } from '../app/evidence-link';
import { useFormat } from '../i18n/format';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { usePeriodLabel, useStep } from './recurrence-charts';
import { useExportName } from '../app/export-name';

type Cohort = Retention['cohorts'][number];

const cohortColumn = createColumnHelper<TableFeaturesUsed, Cohort>();

/**
 * The cohort matrix as counts of members, each a link to them (the keyboard's way into the heatmap's
 * cells). Counts of intervals not over yet are set in italics. In the unbounded view only N = 0 (the
 * whole cohort) is a members search of its own.
 */
export function CohortTable({ cohorts, interval, unbounded }: { cohorts: Cohort[]; interval: Interval; unbounded: boolean }) {
  const { t } = useTranslation('recurrence');
  const f = useFormat();
  const step = useStep(interval);
  const label = usePeriodLabel(interval);
  const width = Math.max(0, ...cohorts.map((c) => c.counts.length));
  const columns: Columns<Cohort> = useMemo(
    () =>
      cohortColumn.columns([
        cohortColumn.accessor((c) => c.period, {
          id: 'cohort',
          header: t('cohorts.cohort'),
          cell: (i) => (i.row.original.partialStart ? `${label(i.getValue())} *` : label(i.getValue())),
        }),
        cohortColumn.accessor('size', { header: t('cohorts.size'), cell: (i) => f.int(i.getValue()) }),
        ...Array.from({ length: width }, (_, n) =>
          cohortColumn.accessor((c) => c.counts[n] ?? null, {
            id: `n${n}`,
            header: step(n),
            enableSorting: false,
            cell: (i) => {
              const count = i.getValue();
              if (count === null) return null;
              const c = i.row.original;
              const running = c.incompleteFrom !== null && n >= c.incompleteFrom;
              const text = <span className={running ? 'cell-running' : undefined}>{f.int(count)}</span>;
              if (count === 0 || (unbounded && n > 0)) return text;
              return (
                <EvidenceLink
                  to={{ screen: 'members', search: { cohort: c.period, n } }}
                  label={t('cohorts.cellLink', {
                    members: f.int(count),
                    cohort: label(c.period),
                    n: t(`stepLong.${interval}`, { count: n }),
                  })}
                >
                  {text}
                </EvidenceLink>
              );
            },
          }),
        ),
      ]),
    [t, f, step, label, width, unbounded, interval],
  );
  return (
    <DataTable
      columns={columns}
      data={cohorts}
      label={t('cohorts.title')}
      numeric={['size', ...Array.from({ length: width }, (_, n) => `n${n}`)]}
      testId="cohort-table"
      exportName={useExportName(`${t('cohorts.title')} ${unbounded ? t('cohorts.unbounded') : t('cohorts.classic')}`)}
    />
  );
}

const lifeColumn = createColumnHelper<TableFeaturesUsed, LifecycleRow>();

/** The lifecycle per period, every count a link to its members. */
export function LifecycleTable({ rows, interval }: { rows: LifecycleRow[]; interval: Interval }) {
  const { t } = useTranslation('recurrence');
  const f = useFormat();
  const label = usePeriodLabel(interval);
  const columns: Columns<LifecycleRow> = useMemo(
    () =>
      lifeColumn.columns([
        lifeColumn.accessor('period', {
          header: t('lifecycle.period'),
          cell: (i) => (i.row.original.complete ? label(i.getValue()) : `${label(i.getValue())} *`),
        }),
        ...LIFECYCLE_CLASSES.map((cls) =>
          lifeColumn.accessor(cls, {
            header: t(`lifecycle.${cls}`),
            cell: (i) => {
              const count = i.getValue();
              if (count === 0) return f.int(0);
              const period = i.row.original.period;
              return (
                <EvidenceLink
                  to={{ screen: 'members', search: { lifecycle: cls, period } }}
                  label={t('lifecycle.link', { what: t(`lifecycle.${cls}`), members: f.int(count), period: label(period) })}
                >
                  {f.int(count)}
                </EvidenceLink>
              );
            },
          }),
        ),
        lifeColumn.accessor((r) => (r.complete ? t('lifecycle.yes') : t('lifecycle.no')), { id: 'whole', header: t('lifecycle.whole') }),
      ]),
    [t, f, label],
  );
  return (
    <DataTable
      columns={columns}
      data={rows}
      label={t('lifecycle.title')}
      numeric={[...LIFECYCLE_CLASSES]}
      testId="lifecycle-table"
      exportName={useExportName(t('lifecycle.title'))}
    />
  );
}
