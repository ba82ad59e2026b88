/**
 * What a file's format shows and lacks was stored on every source row as two JSON texts. An Instagram
 * archive is one file per DM thread, the same ~530 characters each time: at 1M interactions 111k rows,
 * ~59 MB of the 377 MB client file, and binding those texts cost more than the rest of each row's insert
 * (~2.5 s of the import). Each distinct pair is now stored once and a source points at it. The pair is
 * still kept per import, not read from the importer at display time: a file imported by an older Cercle
 * says what that version took from it. A coverage row is never deleted (a handful per client), so a
 * source's id always finds its row.
 */
export const m012SourceCoverages = {
  version: 12,
  name: 'source-coverages',
  sql: `
CREATE TABLE coverages (
  id INTEGER PRIMARY KEY,
  shows TEXT NOT NULL,
  lacks TEXT NOT NULL,
  UNIQUE (shows, lacks)
);
INSERT INTO coverages (shows, lacks) SELECT shows, lacks FROM sources GROUP BY shows, lacks ORDER BY min(id);
ALTER TABLE sources ADD COLUMN coverage_id INTEGER;
UPDATE sources SET coverage_id = (SELECT c.id FROM coverages c WHERE c.shows = sources.shows AND c.lacks = sources.lacks);
ALTER TABLE sources DROP COLUMN shows;
ALTER TABLE sources DROP COLUMN lacks;
`,
};
