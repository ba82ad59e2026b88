import { useMemo } from 'react';
import { weeklyChartOption } from '../../core/charts';
import type { StatsSummary } from '../../core/contract';
import { usePalette } from '../ui/color-scheme';
import { EChart } from '../ui/echart';
import { LOCALE } from '../ui/format';
import { summaryStrings as t } from './strings';

/** Inbound and outbound interactions per week, stacked: the volume and the brand's share at once. */
export function WeeklyChart({ weekly }: { weekly: StatsSummary['weekly'] }) {
  const palette = usePalette();
  const option = useMemo(
    () => weeklyChartOption(weekly, { palette, locale: LOCALE, labels: { inbound: t.inbound, outbound: t.outbound } }),
    [weekly, palette],
  );
  return <EChart option={option} label={t.weeklyTitle} testId="weekly-chart" />;
}
