/**
 * The first message of a chat reply chain gets its chain's thread key (see ingest/thread-roots.ts),
 * for clients imported before imports did it: their Discord and Telegram questions were counted apart
 * from the brand's answers.
 */
export const m005ThreadRoots = {
  version: 5,
  name: 'thread-roots',
  sql: `
UPDATE interactions SET thread_key = key
WHERE thread_key IS NULL AND id IN (
  SELECT root.id FROM (SELECT DISTINCT platform, thread_key FROM interactions WHERE thread_key IS NOT NULL) AS chain
  JOIN interactions AS root ON root.platform = chain.platform AND root.key = chain.thread_key);
`,
};
