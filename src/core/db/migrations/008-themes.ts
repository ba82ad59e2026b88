/**
 * The themes found in a client's texts (src/core/themes), kept in the client file so the explorer and
 * the reports read them at once. One run is kept: computing again replaces it. The run's settings are
 * stored with it, so a reader knows what it looks at.
 *
 * theme_nodes holds the whole merge tree (leaves and merges, with their labels) for a granularity
 * control; is_theme marks the nodes that stand as themes at the run's cut. theme_members gives each
 * classified text its leaf and its theme (NULL theme = unclassified), with the week copied so that a
 * theme's trend reads along one index. theme_weeks is every theme's count per week (theme_id -1 for
 * all the texts of the run), written once by the run. (IF NOT EXISTS: tests that rewind user_version to
 * replay an earlier migration replay this one over its own tables.)
 */
export const m008Themes = {
  version: 8,
  name: 'themes',
  sql: `
CREATE TABLE IF NOT EXISTS theme_runs (
  id INTEGER PRIMARY KEY,
  computed_at INTEGER NOT NULL,
  -- JSON: what the run was asked (seed, granularity, brand included, kinds) and the engine's stats
  settings TEXT NOT NULL,
  texts INTEGER NOT NULL,
  unclassified INTEGER NOT NULL,
  seconds REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS theme_nodes (
  id INTEGER PRIMARY KEY,
  parent INTEGER,
  is_theme INTEGER NOT NULL,
  label TEXT NOT NULL,
  -- JSON array of words, most distinctive first
  terms TEXT NOT NULL,
  size INTEGER NOT NULL,
  similarity REAL NOT NULL,
  -- JSON array of interaction ids (themes only), most central first
  quotes TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS theme_members (
  interaction_id INTEGER PRIMARY KEY,
  leaf INTEGER,
  theme_id INTEGER,
  person_id INTEGER NOT NULL,
  week INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS theme_members_theme ON theme_members(theme_id, week, person_id);
CREATE TABLE IF NOT EXISTS theme_weeks (
  theme_id INTEGER NOT NULL,
  week INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (theme_id, week)
) WITHOUT ROWID;
`,
};
