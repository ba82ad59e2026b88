import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cohortHeatmapOption } from '../../core/charts/cohort-heatmap-option';
import { gapsHistogramOption } from '../../core/charts/gaps-histogram-option';
import { LIFECYCLE_CLASSES, lifecycleOption } from '../../core/charts/lifecycle-option';
import { retentionCurveOption } from '../../core/charts/retention-curve-option';
import { stickinessOption } from '../../core/charts/stickiness-option';
import type { InterInteraction, Interval, LifecycleRow, Retention } from '../../core/contract/metrics';
import type { StickinessMonth } from '../../core/contract/recurrence';
import { useEvidence } from '../app/evidence-link';
import { useFormat } from '../i18n/format';
import { usePalette } from '../ui/color-scheme';
import { EChart } from '../ui/echart';
import { useExportName } from '../app/export-name';

type Cohort = Retention['cohorts'][number];

/** A period key as the axis writes it: a week by its Monday, a month by its name. */
export function usePeriodLabel(interval: Interval): (isoDay: string) => string {
  const f = useFormat();
  return useMemo(() => (interval === 'week' ? (d: string) => f.day(d, 'short') : (d: string) => f.month(d)), [f, interval]);
}

/** "W3" / "S3" / "M3": column N of a matrix. */
export function useStep(interval: Interval): (n: number) => string {
  const { t } = useTranslation('recurrence');
  return useMemo(() => (n: number) => t(`step.${interval}`, { n }), [t, interval]);
}

export function RetentionCurve({ curve, interval }: { curve: Retention['curve']; interval: Interval }) {
  const { t } = useTranslation('recurrence');
  const { locale } = useFormat();
  const palette = usePalette();
  const step = useStep(interval);
  const option = useMemo(
    () =>
      retentionCurveOption(curve, {
        palette,
        locale,
        labels: { series: t('curve.series'), step, base: (members) => t('curve.base', { members }) },
      }),
    [curve, palette, locale, t, step],
  );
  return <EChart option={option} label={t('curve.title')} testId="retention-curve" exportName={useExportName(t('curve.title'))} />;
}

export function CohortHeatmap({ cohorts, interval, unbounded }: { cohorts: Cohort[]; interval: Interval; unbounded: boolean }) {
  const { t } = useTranslation('recurrence');
  const { locale } = useFormat();
  const palette = usePalette();
  const step = useStep(interval);
  const cohort = usePeriodLabel(interval);
  const evidence = useEvidence();
  const option = useMemo(
    () =>
      cohortHeatmapOption(cohorts, {
        palette,
        locale,
        labels: {
          cohort,
          step,
          incomplete: t('cohorts.legendIncomplete'),
          partialCohort: t(`cohorts.partialCohort.${interval}`),
          members: (members, size) => t('cohorts.cellMembers', { members, size }),
        },
      }),
    [cohorts, palette, locale, t, step, cohort, interval],
  );
  // Tall enough for a row per cohort to stay readable: a year of months is 13 rows, of weeks 53.
  const size = cohorts.length > 16 ? 'chart chart--tall' : cohorts.length > 8 ? 'chart chart--medium' : 'chart';
  return (
    <EChart
      option={option}
      label={t('cohorts.title')}
      testId="cohort-heatmap"
      className={size}
      exportName={useExportName(`${t('cohorts.title')} ${unbounded ? t('cohorts.unbounded') : t('cohorts.classic')}`)}
      onItemClick={({ value }) => {
        const [n, y] = value as number[];
        const c = y === undefined ? undefined : cohorts[y];
        // An unbounded cell (active in N or later) is not a members search: only N = 0, the whole cohort, is the same set.
        if (!c || n === undefined || (unbounded && n > 0)) return;
        evidence.open({ screen: 'members', search: { cohort: c.period, n } });
      }}
    />
  );
}

export function LifecycleChart({ rows, interval }: { rows: LifecycleRow[]; interval: Interval }) {
  const { t } = useTranslation('recurrence');
  const { locale } = useFormat();
  const palette = usePalette();
  const period = usePeriodLabel(interval);
  const evidence = useEvidence();
  const option = useMemo(
    () =>
      lifecycleOption(rows, {
        palette,
        locale,
        labels: {
          new: t('lifecycle.new'),
          returning: t('lifecycle.returning'),
          resurrecting: t('lifecycle.resurrecting'),
          dormant: t('lifecycle.dormant'),
          period,
          incomplete: t('lifecycle.incomplete'),
        },
      }),
    [rows, palette, locale, t, period],
  );
  return (
    <EChart
      option={option}
      label={t('lifecycle.title')}
      testId="lifecycle-chart"
      exportName={useExportName(t('lifecycle.title'))}
      onItemClick={({ seriesIndex, dataIndex }) => {
        const row = rows[dataIndex];
        const lifecycle = LIFECYCLE_CLASSES[seriesIndex];
        if (row && lifecycle) evidence.open({ screen: 'members', search: { lifecycle, period: row.period } });
      }}
    />
  );
}

export function StickinessChart({ months }: { months: StickinessMonth[] }) {
  const { t } = useTranslation('recurrence');
  const f = useFormat();
  const palette = usePalette();
  const option = useMemo(
    () =>
      stickinessOption(months, {
        palette,
        locale: f.locale,
        labels: {
          series: t('stickiness.series'),
          incomplete: t('stickiness.incomplete'),
          month: (d) => f.month(d),
          detail: (weekly, monthly) => t('stickiness.detail', { weekly, monthly }),
        },
      }),
    [months, palette, f, t],
  );
  return (
    <EChart option={option} label={t('stickiness.title')} testId="stickiness-chart" exportName={useExportName(t('stickiness.title'))} />
  );
}

export function GapsChart({ histogram }: { histogram: InterInteraction['histogram'] }) {
  const { t } = useTranslation('recurrence');
  const { locale } = useFormat();
  const palette = usePalette();
  const option = useMemo(
    () =>
      gapsHistogramOption(histogram, {
        palette,
        locale,
        labels: {
          series: t('gaps.series'),
          axis: t('gaps.axis'),
          bucket: (from, to) =>
            to === null ? t('gaps.over', { from }) : from === to ? t('gaps.day', { count: from }) : t('gaps.range', { from, to }),
        },
      }),
    [histogram, palette, locale, t],
  );
  return <EChart option={option} label={t('gaps.title')} testId="gaps-chart" exportName={useExportName(t('gaps.title'))} />;
}
