/** Charts as data: pure builders from contract results to ECharts options, and the theme's colours. */
export { fillWeeks } from './fill-weeks';
export { cssVariableName, cssVariables, darkPalette, lightPalette, palettes, type ColorScheme, type Palette } from './palette';
export { weeklyChartOption, ZOOM_ABOVE_WEEKS, type WeeklyChartOption, type WeeklyChartParams } from './weekly-chart-option';
export { funnelChartOption, type FunnelChartOption, type FunnelChartParams } from './funnel-chart-option';
export {
  contentDepthChartOption,
  depthClass,
  depthMedians,
  type ContentDepthChartOption,
  type ContentDepthChartParams,
  type DepthClass,
  type DepthMedians,
} from './content-depth';
