import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { themeHeatmapOption } from '../../core/charts/theme-heatmap-option';
import type { ThemeMetrics, ThemeMetricsRow } from '../../core/contract/themes';
import { useExportName } from '../app/export-name';
import { useFormat } from '../i18n/format';
import { usePalette } from '../ui/color-scheme';
import { EChart } from '../ui/echart';

/** Themes down, periods across, each cell the theme's share of the period's texts; a click opens the theme. */
export function ThemeHeatmap({ rows, m, onOpen }: { rows: ThemeMetricsRow[]; m: ThemeMetrics; onOpen: (theme: number) => void }) {
  const { t } = useTranslation('themes');
  const { locale } = useFormat();
  const palette = usePalette();
  const option = useMemo(
    () =>
      themeHeatmapOption(rows, {
        palette,
        locale,
        periods: m.periods.map((p) => p.start),
        interval: m.interval,
        labels: { texts: t('heatmap.texts') },
      }),
    [rows, m.periods, m.interval, palette, locale, t],
  );
  // a row per theme (and the export buttons' line): the chart grows with them so labels never overlap
  return (
    <div style={{ height: Math.max(3, rows.length) * 26 + 126 }} className="themes-heatmap">
      <EChart
        option={option}
        label={t('heatmap.label')}
        testId="themes-heatmap"
        className="chart"
        exportName={useExportName(t('heatmap.title'))}
        onItemClick={(item) => {
          const y = (item.value as number[])[1];
          if (y !== undefined && rows[y]) onOpen(rows[y].id);
        }}
      />
    </div>
  );
}
