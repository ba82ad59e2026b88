/**
 * The full-text index of what members and the brand wrote (the conversations screen's search). Created
 * empty: imports never write to it, so they are not slowed; the first search fills it and later ones
 * add the rows imported since (analytics/derived/message-search.ts).
 *
 * Why a stored table and not a derived one: the derived tables are dropped and rebuilt whenever the
 * interactions, identities, brand, time zone or analytics settings change, while the texts never
 * change (a merge re-points people, a time-zone change re-keys days, an import only adds rows). Kept
 * here, the index is built once per client (~3 s and ~35 MB on 757k Discord messages) and extended by
 * the new rows only.
 *
 * FTS4 (this sql.js build has no FTS5) over the interactions' own text (`content=`: the text is not
 * stored twice; the index holds the terms only), keyed by the interaction id. unicode61 with
 * remove_diacritics=2 folds accents in the index and in the query alike (« arrivée » = "arrivee") and
 * lower-cases. matchinfo=fts3 drops the per-document size table that only ranking would need. IF NOT
 * EXISTS: a file whose history was rewound by hand (tests of earlier migrations) replays it safely.
 */
export const m007MessageSearch = {
  version: 7,
  name: 'message-search',
  sql: `
CREATE VIRTUAL TABLE IF NOT EXISTS message_search USING fts4(content="interactions", text, tokenize=unicode61 "remove_diacritics=2", matchinfo=fts3);
`,
};
