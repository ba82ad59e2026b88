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
export { TopicLabels, TopicLines, type TopicSink } from './topic-labels';
export { CHATTER, TOPIC_IDS, type Topic } from './topics';
export { GEN_FORMATS, type FormatCounts, type GenFormat, type GeneratedFile } from './types';
