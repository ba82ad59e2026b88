import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { funnelChartOption } from '../../core/charts';
import type { FunnelStep } from '../../core/contract/metrics';
import { useClientSearch } from '../app/client-context';
import { MembersLink } from '../app/evidence-link';
import { useFormat } from '../i18n/format';
import { usePalette } from '../ui/color-scheme';
import { DataTable, type Columns, type TableFeaturesUsed } from '../ui/data-table';
import { EChart } from '../ui/echart';
import { useExportName } from '../app/export-name';

type StepName = FunnelStep['step'];

/** The step names in the current language, as the chart builder takes them. */
export function useStepLabels(): Record<StepName, string> {
  const { t } = useTranslation('funnel');
  return useMemo(
    () => ({
      audience: t('steps.audience'),
      reacted: t('steps.reacted'),
      spoke: t('steps.spoke'),
      deep: t('steps.deep'),
      conversation: t('steps.conversation'),
      recurring: t('steps.recurring'),
      ambassador: t('steps.ambassador'),
    }),
    [t],
  );
}

export function FunnelChart({ steps }: { steps: FunnelStep[] }) {
  const { t } = useTranslation('funnel');
  const exportName = useExportName();
  const { locale } = useFormat();
  const palette = usePalette();
  const stepLabels = useStepLabels();
  const option = useMemo(
    () =>
      funnelChartOption(steps, {
        palette,
        locale,
        labels: { steps: stepLabels, members: t('columns.reached'), literal: t('columns.literal') },
      }),
    [steps, palette, locale, stepLabels, t],
  );
  return (
    <EChart
      option={option}
      label={t('chartLabel')}
      testId="funnel-chart"
      exportName={exportName(t('ladderTitle'))}
      className="chart chart--funnel"
    />
  );
}

const col = createColumnHelper<TableFeaturesUsed, FunnelStep>();

/**
 * The ladder as a table: per step the members who reached it and those who did its own action, side
 * by side and named, each opening those members; conversions, drop-off, median days to convert.
 */
export function LadderTable({ steps, fullWindow }: { steps: FunnelStep[]; fullWindow: boolean }) {
  const { t } = useTranslation('funnel');
  const exportName = useExportName();
  const f = useFormat();
  const shared = useClientSearch();
  const stepLabels = useStepLabels();
  const columns: Columns<FunnelStep> = useMemo(
    () =>
      col.columns([
        col.accessor((s) => stepLabels[s.step], {
          id: 'step',
          header: t('columns.step'),
          enableSorting: false,
          cell: (i) => (
            <span className="step-cell">
              <span className="strong">{i.getValue()}</span>
              <span className="step-cell__hint">{t(`stepHints.${i.row.original.step}`)}</span>
            </span>
          ),
        }),
        col.accessor('members', {
          header: t('columns.reached'),
          enableSorting: false,
          cell: (i) => (
            <MembersLink
              search={{ ...shared, step: i.row.original.step, fullWindow: fullWindow || undefined }}
              title={t('reachedTitle', { step: stepLabels[i.row.original.step] })}
              testId={`funnel-reached-${i.row.original.step}`}
            >
              {f.int(i.getValue())}
            </MembersLink>
          ),
        }),
        col.accessor('literalMembers', {
          header: t('columns.literal'),
          enableSorting: false,
          cell: (i) =>
            i.row.original.step === 'ambassador' ? (
              <span className="muted" title={t('noLiteral')}>
                {f.int(i.getValue())}
              </span>
            ) : (
              <MembersLink
                search={{ ...shared, step: i.row.original.step, literal: true, fullWindow: fullWindow || undefined }}
                title={t('literalTitle', { step: stepLabels[i.row.original.step] })}
                testId={`funnel-literal-${i.row.original.step}`}
              >
                {f.int(i.getValue())}
              </MembersLink>
            ),
        }),
        col.accessor('stepConversion', { header: t('columns.stepConversion'), enableSorting: false, cell: (i) => f.percent(i.getValue()) }),
        col.accessor('overallConversion', { header: t('columns.overall'), enableSorting: false, cell: (i) => f.percent(i.getValue()) }),
        col.accessor('dropOff', { header: t('columns.dropOff'), enableSorting: false, cell: (i) => f.int(i.getValue()) }),
        col.accessor('medianDaysToConvert', {
          header: t('columns.days'),
          enableSorting: false,
          cell: (i) => (i.getValue() === null ? '—' : f.decimal(i.getValue()!, 1)),
        }),
      ]),
    [t, f, shared, stepLabels, fullWindow],
  );
  return (
    <DataTable
      columns={columns}
      data={steps}
      label={t('ladderTitle')}
      numeric={['members', 'literalMembers', 'stepConversion', 'overallConversion', 'dropOff', 'medianDaysToConvert']}
      testId="funnel-table"
      exportName={exportName(fullWindow ? `${t('ladderTitle')} ${t('fullWindowFile')}` : t('ladderTitle'))}
    />
  );
}
