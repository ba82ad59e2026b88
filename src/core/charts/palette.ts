/**
 * The theme's colours, in one place: the stylesheets read them as CSS custom properties (the renderer
 * writes `cssVariables(palette)` on the root element) and the chart builders take them as a parameter,
 * so a chart on screen, in dark mode or in a printed report uses the same colours as the page around it.
 */
export interface Palette {
  /** Page background, behind the cards. */
  bg: string;
  surface: string;
  /** Table heads, drop zone, secondary button hover. */
  surfaceMuted: string;
  /** Bar tracks, neutral chips, ghost button hover, row dividers: a step away from the surface. */
  surfaceSubtle: string;
  rowHover: string;
  border: string;
  borderStrong: string;
  text: string;
  textSecondary: string;
  muted: string;
  accent: string;
  accentStrong: string;
  accentSoft: string;
  /** The lighter end of the accent bars' gradient. */
  accentBright: string;
  /** Border of an accent card. */
  accentLine: string;
  /** Track of the progress bar. */
  accentTrack: string;
  focusRing: string;
  /** Text on a filled accent or danger background (primary button, error icon). */
  textOnFill: string;
  warm: string;
  ok: string;
  okSoft: string;
  warn: string;
  warnSoft: string;
  danger: string;
  dangerSoft: string;
  dangerLine: string;
  /** The top bar stays dark in both schemes; its greys are its own. */
  topbar: string;
  topbarText: string;
  topbarStrong: string;
  topbarLink: string;
  topbarMuted: string;
  topbarFaint: string;
  topbarLine: string;
  brandRing: string;
  shadowNear: string;
  shadowFar: string;
  /** Members' interactions: the accent, as on the bars of the summary. */
  chartInbound: string;
  /** The brand's own interactions: the warm colour of the logo's inner ring. */
  chartOutbound: string;
  chartLegend: string;
  chartAxisLabel: string;
  chartAxisLine: string;
  chartGridLine: string;
  /** Zoom slider: the selected range, the outline and area of its data shadow, its handles. */
  chartZoomFill: string;
  chartZoomLine: string;
  chartZoomArea: string;
  chartZoomHandle: string;
}

export type ColorScheme = 'light' | 'dark';

const lightAccent = '#4f46e5';
const lightWarm = '#f59e0b';

/** The look the app had before it had a dark mode; kept as it was. */
export const lightPalette: Palette = {
  bg: '#f5f6f8',
  surface: '#ffffff',
  surfaceMuted: '#f9fafb',
  surfaceSubtle: '#f2f4f7',
  rowHover: '#fafbff',
  border: '#e4e7ec',
  borderStrong: '#d0d5dd',
  text: '#101828',
  textSecondary: '#344054',
  muted: '#667085',
  accent: lightAccent,
  accentStrong: '#4338ca',
  accentSoft: '#eef2ff',
  accentBright: '#6366f1',
  accentLine: '#c7d2fe',
  accentTrack: '#e0e7ff',
  focusRing: 'rgba(79, 70, 229, 0.15)',
  textOnFill: '#ffffff',
  warm: lightWarm,
  ok: '#067647',
  okSoft: '#ecfdf3',
  warn: '#b54708',
  warnSoft: '#fffaeb',
  danger: '#b42318',
  dangerSoft: '#fef3f2',
  dangerLine: '#fecdca',
  topbar: '#0f172a',
  topbarText: '#e2e8f0',
  topbarStrong: '#ffffff',
  topbarLink: '#cbd5e1',
  topbarMuted: '#94a3b8',
  topbarFaint: '#475569',
  topbarLine: '#334155',
  brandRing: '#818cf8',
  shadowNear: 'rgba(16, 24, 40, 0.06)',
  shadowFar: 'rgba(16, 24, 40, 0.08)',
  chartInbound: lightAccent,
  chartOutbound: lightWarm,
  chartLegend: '#475467',
  chartAxisLabel: '#667085',
  chartAxisLine: '#d0d5dd',
  chartGridLine: '#eaecf0',
  // ECharts' own slider colours, which the light chart always had.
  chartZoomFill: 'rgba(135, 175, 255, 0.2)',
  chartZoomLine: '#a1aed9',
  chartZoomArea: '#c0c9e6',
  chartZoomHandle: '#ffffff',
};

const darkAccent = '#818cf8';
const darkWarm = '#fbbf24';

/**
 * Light text on dark greys. The accent is lighter than in light mode so links and bars stand out on
 * the dark surface; filled buttons then carry dark text, since white on a light indigo is hard to read.
 */
export const darkPalette: Palette = {
  bg: '#0c0e14',
  surface: '#161a23',
  surfaceMuted: '#1b202b',
  surfaceSubtle: '#232937',
  rowHover: '#1c2130',
  border: '#272d3b',
  borderStrong: '#3a4253',
  text: '#f2f4f7',
  textSecondary: '#d0d5dd',
  muted: '#98a2b3',
  accent: darkAccent,
  accentStrong: '#a5b4fc',
  accentSoft: '#1f1d47',
  accentBright: '#a5b4fc',
  accentLine: '#3b3680',
  accentTrack: '#2b2866',
  focusRing: 'rgba(129, 140, 248, 0.3)',
  textOnFill: '#0c0e14',
  warm: darkWarm,
  ok: '#47cd89',
  okSoft: '#0b3a26',
  warn: '#fdb022',
  warnSoft: '#3d2308',
  danger: '#f97066',
  dangerSoft: '#3f1511',
  dangerLine: '#7a271a',
  topbar: '#0f172a',
  topbarText: '#e2e8f0',
  topbarStrong: '#ffffff',
  topbarLink: '#cbd5e1',
  topbarMuted: '#94a3b8',
  topbarFaint: '#475569',
  topbarLine: '#334155',
  brandRing: '#818cf8',
  shadowNear: 'rgba(0, 0, 0, 0.3)',
  shadowFar: 'rgba(0, 0, 0, 0.4)',
  chartInbound: darkAccent,
  chartOutbound: darkWarm,
  chartLegend: '#d0d5dd',
  chartAxisLabel: '#98a2b3',
  chartAxisLine: '#3a4253',
  chartGridLine: '#272d3b',
  chartZoomFill: 'rgba(129, 140, 248, 0.2)',
  chartZoomLine: '#6f78c8',
  chartZoomArea: '#818cf8',
  chartZoomHandle: '#d0d5dd',
};

export const palettes: Record<ColorScheme, Palette> = { light: lightPalette, dark: darkPalette };

/** `surfaceMuted` → `--surface-muted`: the stylesheets' names for the palette's keys. */
export const cssVariableName = (key: keyof Palette): string => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Every colour of a palette as a CSS custom property, to be set on the root element. */
export function cssVariables(palette: Palette): Record<string, string> {
  return Object.fromEntries((Object.keys(palette) as (keyof Palette)[]).map((key) => [cssVariableName(key), palette[key]]));
}
