import type { EChartsCoreOption } from 'echarts/core';
import type { ReportBranding, ReportLang, ReportSectionId } from '../contract/reports';

/**
 * A report as data: what it says, in its language, pseudonymised or not, before any HTML. The HTML
 * renderer lays it out; the CSV export writes its tables. Pure and serialisable except the charts'
 * options, which hold formatter functions (they are rendered to SVG by the shell's ECharts).
 */
export interface ReportModel {
  lang: ReportLang;
  title: string;
  client: string;
  branding: ReportBranding;
  /** Local days, inclusive, in the client's time zone. */
  period: { from: string | null; to: string | null; timezone: string };
  /** The cover's wording of the period, the platforms and the date of the report. */
  cover: { subtitle: string; period: string; platforms: string; generated: string; preparedBy: string | null; notes: string[] };
  pseudonymized: boolean;
  sections: ReportSection[];
}

export interface ReportSection {
  id: ReportSectionId;
  title: string;
  /** One line under the title: how the section's numbers are computed. */
  lead: string;
  blocks: ReportBlock[];
}

export type Tone = 'good' | 'warn' | 'neutral';

export interface Finding {
  text: string;
  tone: Tone;
}

export interface KpiCard {
  label: string;
  value: string;
  /** "+12 % vs the 26 weeks before", or why there is no comparison. */
  change: string | null;
  tone: Tone;
}

/** How a column's raw values read: the HTML formats them in the report's language, the CSV keeps the number. */
export type ColumnKind = 'text' | 'int' | 'pct' | 'num' | 'minutes';
export type Cell = string | number | null;

export interface ReportTable {
  /** The CSV file's name (no extension). */
  id: string;
  title: string;
  /** `wrap`: the column holds long unbroken tokens (file names, captions with URLs) that may break anywhere. */
  columns: { label: string; kind: ColumnKind; wrap?: boolean }[];
  rows: Cell[][];
  /**
   * Print only the last N rows (a long history would fill pages); the CSV export keeps every row.
   * The printed table then says how many it shows.
   */
  printLast?: number;
  note?: string;
}

export interface ReportChart {
  id: string;
  title: string;
  option: EChartsCoreOption;
  width: number;
  height: number;
  caption?: string;
}

export interface Quote {
  text: string;
  who: string;
  meta: string;
}

export type ReportBlock =
  | { type: 'findings'; items: Finding[] }
  | { type: 'kpis'; items: KpiCard[] }
  | { type: 'chart'; chart: ReportChart }
  | { type: 'table'; table: ReportTable }
  | { type: 'paragraph'; text: string; muted?: boolean }
  | { type: 'heading'; text: string }
  | { type: 'quotes'; items: Quote[] }
  | { type: 'list'; items: string[] }
  | { type: 'definitions'; items: { term: string; text: string }[] };
