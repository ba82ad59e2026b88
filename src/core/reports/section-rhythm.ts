import { gapsHistogramOption } from '../charts/gaps-histogram-option';
import { peakSlots, rhythmHeatmapOption, unattendedShare, weekdayNames } from '../charts/rhythm-heatmap-option';
import type { ReportBlock } from './model';
import { chart, type SectionContext } from './section-context';

/** A week grid's height: seven rows and the hour axis, as the rhythm screen draws it. */
const RHYTHM_HEIGHT = 230;

/**
 * When members write and when the brand does, as the rhythm screen's two grids, with the share of the
 * members' messages sent in hours the brand never wrote in: the hours a community is left alone.
 */
export function rhythmBlocks({ d, f, t, palette }: SectionContext): ReportBlock[] {
  const { cells, totals } = d.rhythm;
  if (totals.memberMessages === 0) return [];
  const r = t.responsiveness;
  const common = { palette, locale: f.locale, interactive: false };
  const longDays = weekdayNames(f.locale, 'long');
  const peaks = peakSlots(cells, 'memberMessages').map((c) => r.slot(longDays[c.weekday]!, c.hour));
  const unattended = unattendedShare(cells);
  const lines = [r.rhythm(d.timezone), ...(peaks.length ? [r.peaks(peaks.join(', '))] : [])];
  if (unattended !== null && totals.brand > 0) lines.push(r.unattended(f.pct(unattended)));
  return [
    { type: 'paragraph', text: lines.join(' ') },
    chart(
      'rhythm-members',
      t.titles.rhythmMembers,
      rhythmHeatmapOption(cells, { ...common, measure: 'memberMessages', labels: { series: r.memberSeries } }),
      RHYTHM_HEIGHT,
    ),
    ...(totals.brand > 0
      ? [
          chart(
            'rhythm-brand',
            t.titles.rhythmBrand,
            rhythmHeatmapOption(cells, { ...common, measure: 'brand', labels: { series: r.brandSeries } }),
            RHYTHM_HEIGHT,
          ),
        ]
      : []),
  ];
}

/** How long members stay away before they come back, as the recurrence screen's histogram. */
export function gapsBlock({ d, f, t, palette }: SectionContext): ReportBlock[] {
  const g = d.metrics.interInteraction;
  if (g.gaps === 0) return [];
  const days = (x: number | null) => (x === null ? '–' : t.gaps.days(f.num(x, 1)));
  return [
    chart(
      'gaps',
      t.titles.gaps,
      gapsHistogramOption(g.histogram, {
        palette,
        locale: f.locale,
        interactive: false,
        labels: { series: t.gaps.series, axis: t.gaps.axis, bucket: t.gaps.bucket },
      }),
      220,
      t.gaps.summary(f.int(g.gaps), days(g.medianDays), days(g.p90Days)),
    ),
  ];
}
