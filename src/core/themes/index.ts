/** Theme clustering of short texts, French and English together (README.md in this folder). */
export { clusterTexts, clusterTextsAsync, THEME_STEPS } from './cluster-texts';
export type {
  AsyncClusterOptions,
  ClusterOptions,
  ClusterResult,
  Theme,
  ThemeProgress,
  ThemeStep,
  ThemeText,
  ThemeTreeNode,
} from './cluster-texts';
export type { WordVectors } from './word-vectors';
export { adjustedRandIndex, hungarianAccuracy, nmi } from './metrics';
export type { TextLang } from './language';
