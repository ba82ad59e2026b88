/**
 * What one source can and cannot show (metrics.md "Data coverage"). Importers declare it, the store keeps
 * it per source, and stats/reports list it so no metric silently reads from data that was never there.
 */
export interface Coverage {
  shows: string[];
  lacks: string[];
}
