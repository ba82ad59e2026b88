import type { EChartsCoreOption } from 'echarts/core';
import type { Palette } from '../charts/palette';
import type { ReportData } from './collect';
import type { ReportFormat } from './format';
import type { ReportMessages } from './messages';
import type { ReportBlock } from './model';
import type { Pseudonymizer } from './pseudonymize';

/** What every section builder takes. */
export interface SectionContext {
  d: ReportData;
  f: ReportFormat;
  t: ReportMessages;
  palette: Palette;
  pseudo: Pseudonymizer;
}

/** The printable width of an A4 page between the margins, in CSS pixels. */
export const CHART_WIDTH = 660;
export const chart = (id: string, title: string, option: EChartsCoreOption, height: number, caption?: string): ReportBlock => ({
  type: 'chart',
  chart: { id, title, option, width: CHART_WIDTH, height, caption },
});
