/**
 * What themes.metrics needs of each text of the stored run, written once by the run
 * (src/core/themes/theme-facts.ts), so a call reads one row instead of joining every text to the
 * interactions and finding its conversation (2.9–3.2 s a call on 1.14M interactions).
 *
 * One row (id 1). The texts are grouped by the leaf and theme they had when the facts were written (a
 * merge, a split or a cut moves whole groups, so each group's theme is read from one of its texts),
 * sorted by day inside a group; each column is a little-endian typed array, one value per text:
 * day (Int32), platform (Uint8, its index in PLATFORMS), depth class (Uint16: words capped at 1000,
 * 1001 story reply, 1002 DM), person (Int32, as theme_members has it) and conversation (Int32, an index
 * into the conversation columns, -1 for none). Per conversation: flags (Uint8: 1 opened by a member,
 * 2 addressed to the brand) and first response in minutes (Float64, NaN for none).
 *
 * stamp says what the facts were read from (the run, the time zone, the people, the brand, the cut of
 * the conversations); a reader that finds another stamp reads the interactions as before, and the next
 * themes.metrics call writes the facts again. groups: JSON [{ leaf, theme, rep, start, size }].
 */
export const m011ThemeFacts = {
  version: 11,
  name: 'theme-facts',
  sql: `
CREATE TABLE IF NOT EXISTS theme_facts (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  stamp TEXT NOT NULL,
  groups TEXT NOT NULL,
  max_person INTEGER NOT NULL,
  day BLOB NOT NULL,
  platform BLOB NOT NULL,
  depth BLOB NOT NULL,
  person BLOB NOT NULL,
  conversation BLOB NOT NULL,
  conv_flags BLOB NOT NULL,
  conv_minutes BLOB NOT NULL
);
`,
};
