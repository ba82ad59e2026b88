/**
 * Drops the interaction indexes no query reads any more. Every analytics query reads the derived tables
 * and the summary reads the aggregates (003), so these four only cost imports: measured on a 1.26M-message
 * Discord import, rebuilding the seven indexes took ~9 s and these four about half of it. Kept:
 * interactions_key (de-duplication), interactions_at (first/last day of a filter) and
 * interactions_person_at (an ambassador's evidence).
 */
export const m004LeanInteractionIndexes = {
  version: 4,
  name: 'lean-interaction-indexes',
  sql: `
DROP INDEX IF EXISTS interactions_week;
DROP INDEX IF EXISTS interactions_month;
DROP INDEX IF EXISTS interactions_channel_at;
DROP INDEX IF EXISTS interactions_thread;
`,
};
