import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STEPS, type FunnelBreakdown, type FunnelStep, type Interval } from '../../core/contract/metrics';
import type { Platform } from '../../core/domain/kinds';
import { useClientSearch } from '../app/client-context';
import { MembersLink } from '../app/evidence-link';
import type { MembersSearch } from '../app/search';
import { useFormat } from '../i18n/format';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { useLabels } from '../ui/labels';
import { useStepLabels } from './ladder';
import { useExportName } from '../app/export-name';

interface Row {
  key: string;
  label: string;
  entrants: number;
  steps: FunnelStep[];
  /** The members search that selects this row's entrants (a platform, or a cohort). */
  search: Partial<MembersSearch>;
}

const col = createColumnHelper<TableFeaturesUsed, Row>();

/**
 * The ladder by platform or by entry cohort: one row each, the entrants then every step's members and
 * their share of the entrants; each count opens those members (the platform as the platform filter,
 * the cohort as `cohort`, the interval of the filters).
 */
export function BreakdownTable({ breakdown, by, interval }: { breakdown: FunnelBreakdown; by: 'platform' | 'cohort'; interval: Interval }) {
  const { t } = useTranslation('funnel');
  const exportName = useExportName();
  const f = useFormat();
  const labels = useLabels();
  const stepLabels = useStepLabels();
  const shared = useClientSearch();
  const rows: Row[] = useMemo(
    () =>
      by === 'platform'
        ? breakdown.byPlatform.map((p) => ({
            key: p.platform,
            label: labels.platform(p.platform),
            entrants: p.steps[0]?.members ?? 0,
            steps: p.steps,
            search: { platforms: [p.platform as Platform] },
          }))
        : breakdown.byCohort.map((c) => ({
            key: c.period,
            label: interval === 'month' ? f.month(c.period) : f.day(c.period),
            entrants: c.steps[0]?.members ?? 0,
            steps: c.steps,
            search: { cohort: c.period },
          })),
    [breakdown, by, interval, labels, f],
  );
  const columns: Columns<Row> = useMemo(
    () =>
      col.columns([
        // A cohort sorts (and exports) by its first day; it shows as a date of the language.
        col.accessor((r) => (by === 'cohort' ? r.key : r.label), {
          id: 'label',
          header: by === 'platform' ? t('columns.platform') : t('columns.cohort'),
          cell: (i) => <span className="strong">{i.row.original.label}</span>,
        }),
        col.accessor('entrants', {
          header: t('columns.entrants'),
          cell: (i) => (
            <MembersLink
              search={{ ...shared, ...i.row.original.search, step: 'audience' }}
              testId={`breakdown-${i.row.original.key}-audience`}
            >
              {f.int(i.getValue())}
            </MembersLink>
          ),
        }),
        ...FUNNEL_STEPS.slice(1).map((step, k) =>
          col.accessor((r) => r.steps[k + 1]?.members ?? 0, {
            id: step,
            header: stepLabels[step],
            cell: (i) => {
              const s = i.row.original.steps[k + 1];
              return (
                <span className="count-share">
                  <MembersLink search={{ ...shared, ...i.row.original.search, step }} testId={`breakdown-${i.row.original.key}-${step}`}>
                    {f.int(i.getValue())}
                  </MembersLink>
                  <span className="count-share__share">{f.percent(s?.overallConversion ?? null)}</span>
                </span>
              );
            },
          }),
        ),
      ]),
    [t, f, shared, stepLabels, by],
  );
  return (
    <DataTable
      columns={columns}
      data={rows}
      label={by === 'platform' ? t('byPlatform') : t('byCohort')}
      numeric={['entrants', ...FUNNEL_STEPS.slice(1)]}
      testId={`funnel-by-${by}`}
      exportName={exportName(by === 'platform' ? t('byPlatform') : t('byCohort'))}
      empty={t('empty')}
    />
  );
}
