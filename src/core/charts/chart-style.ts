import type { Palette } from './palette';

/** What every builder of the explorer's charts takes besides its data and texts. */
export interface ChartParams {
  palette: Palette;
  /** BCP 47 tag ('en-GB', 'fr-FR') for numbers and dates: the caller picks the language. */
  locale: string;
  /** On screen: tooltips. A printed chart has none. */
  interactive?: boolean;
  animation?: boolean;
}

/** The tooltip box in the page's colours, or none for print. */
export function tooltipBox(p: Palette, interactive: boolean) {
  return interactive
    ? { backgroundColor: p.surface, borderColor: p.border, textStyle: { color: p.text }, confine: true }
    : { show: false as const };
}

export function axisLabelStyle(p: Palette) {
  return { color: p.chartAxisLabel };
}

export function axisLineStyle(p: Palette) {
  return { lineStyle: { color: p.chartAxisLine } };
}

export function gridLineStyle(p: Palette) {
  return { lineStyle: { color: p.chartGridLine } };
}

/**
 * The colour scale under a heatmap whose cell values are the data's third dimension: 0 to `max` (1 when
 * everything is 0), its two ends labelled `[high, low]`, coloured from `colours[0]` to `colours[1]`.
 */
export function heatmapScale(p: Palette, max: number, labels: [string, string], colours: [string, string]) {
  return {
    type: 'continuous' as const,
    dimension: 2,
    min: 0,
    max: max > 0 ? max : 1,
    calculable: false,
    orient: 'horizontal' as const,
    left: 'center',
    bottom: 0,
    itemHeight: 160,
    itemWidth: 10,
    text: labels,
    textStyle: { color: p.chartAxisLabel },
    inRange: { color: colours },
  };
}

/** 0.1315 → "13.2%" / "13,2 %": ECharts would write shares as bare decimals. */
export function percentFormatter(locale: string, digits = 1): (share: number) => string {
  const f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
  return (share) => f.format(share);
}

/** Escapes text placed in a tooltip's HTML (member-facing labels never hold markup, but dates and names come from data). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
