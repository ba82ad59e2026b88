/**
 * The consultant's layer over the computed themes (src/core/themes/theme-edits.ts).
 *
 * theme_edits is the log of every edit (rename, merge, split, hide, quote), in order. An edit names its
 * theme by a bottom-k MinHash sketch of the theme's texts when it was made, not by the run's node id:
 * after a new run the log is replayed, each edit on the theme whose texts overlap its sketch most
 * (Jaccard ≥ 0.5), so an edit survives re-clustering where its theme still exists. `applied` says
 * whether the latest replay found it a theme.
 *
 * theme_overlay is what the log gives the current run, per theme node: the consultant's label, hidden,
 * pinned and removed quotes, and the nodes merged into it (so a split can give them back). It is
 * rebuilt with the run; merges and splits also rewrite theme_members.theme_id and theme_nodes.is_theme.
 */
export const m009ThemeEdits = {
  version: 9,
  name: 'theme-edits',
  sql: `
CREATE TABLE IF NOT EXISTS theme_edits (
  seq INTEGER PRIMARY KEY,
  -- rename | merge | split | hide | quote
  kind TEXT NOT NULL,
  -- JSON: the sketch of the edited theme (merge: of the theme it went into)
  target TEXT NOT NULL,
  -- JSON: merge: the sketch of the theme merged in
  other TEXT,
  -- JSON: the edit's value (a label, hidden, a quote and its action)
  value TEXT,
  applied INTEGER NOT NULL DEFAULT 1,
  at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS theme_overlay (
  theme_id INTEGER PRIMARY KEY,
  label TEXT,
  hidden INTEGER NOT NULL DEFAULT 0,
  -- JSON arrays of interaction ids, and of the theme nodes merged in
  pinned TEXT NOT NULL DEFAULT '[]',
  removed TEXT NOT NULL DEFAULT '[]',
  merged TEXT NOT NULL DEFAULT '[]'
);
`,
};
