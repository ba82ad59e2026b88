/**
 * Each theme node's label and terms in each language's own words (core/themes/labels.ts, localLabels):
 * a French reader sees "livraison · colis · retard" where an English one sees "delivery · parcel · late",
 * for the same theme of a bilingual community. A table of its own rather than a column of theme_nodes, so
 * a test that rewinds user_version replays it harmlessly. Runs stored before it have no rows here: their
 * readers keep theme_nodes.label (the form written most over both languages).
 */
export const m010ThemeLabelsByLanguage = {
  version: 10,
  name: 'theme-labels-by-language',
  sql: `
CREATE TABLE IF NOT EXISTS theme_node_labels (
  node_id INTEGER NOT NULL,
  -- en | fr
  lang TEXT NOT NULL,
  label TEXT NOT NULL,
  -- JSON array of words, most distinctive first
  terms TEXT NOT NULL,
  PRIMARY KEY (node_id, lang)
) WITHOUT ROWID;
`,
};
