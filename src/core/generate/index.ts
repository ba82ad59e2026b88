export {
  DEFAULT_BRAND,
  DEFAULT_END,
  parseFormats,
  parseSize,
  planGeneration,
  type FormatPlan,
  type GenerateOptions,
  type GenerationPlan,
} from './generate';
export { GEN_FORMATS, type FormatCounts, type GenFormat, type GeneratedFile } from './types';
