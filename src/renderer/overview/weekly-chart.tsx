import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { weeklyChartOption } from '../../core/charts';
import type { StatsSummary } from '../../core/contract';
import { useFormat } from '../i18n/format';
import { usePalette } from '../ui/color-scheme';
import { EChart } from '../ui/echart';

/** Inbound and outbound interactions per week, stacked: the volume and the brand's share at once. */
export function WeeklyChart({
  weekly,
  openWeek = null,
  exportName,
}: {
  weekly: StatsSummary['weekly'];
  openWeek?: string | null;
  /** The file name the chart is offered under (none: no export buttons). */
  exportName?: string;
}) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const { locale } = useFormat();
  const palette = usePalette();
  const option = useMemo(
    () =>
      weeklyChartOption(weekly, {
        palette,
        locale,
        openWeek,
        labels: { inbound: tc('directions.inbound'), outbound: tc('directions.outbound') },
      }),
    [weekly, palette, locale, tc, openWeek],
  );
  return <EChart option={option} label={t('weeklyTitle')} testId="weekly-chart" exportName={exportName} />;
}
