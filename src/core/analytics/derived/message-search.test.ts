import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../../node/store/memory-db';
import type { Db } from '../../db/db';
import { changeTimezone } from '../../settings/change-settings';
import { BRAND, buildCommunity } from '../test-community';
import { CONVERSATION_EVENTS } from '../test-conversations';
import { searchIndexState, updateSearchIndex } from './message-search';

const found = (db: Db, match: string) =>
  db
    .all<{ docid: number }>('SELECT docid FROM message_search WHERE message_search MATCH ? ORDER BY docid', [match])
    .map((r) => Number(r.docid));
const textOf = (db: Db, id: number) => db.get<{ text: string }>('SELECT text FROM interactions WHERE id = ?', [id])!.text;

describe('the full-text index of messages', () => {
  it('is empty after an import, and built on demand from every message with text', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, [
      ...CONVERSATION_EVENTS,
      { who: 'zoe', kind: 'like', at: '2026-03-04 11:00', post: 'p1', thread: 't1', text: '❤ cassé' },
    ]);
    // The import wrote nothing to it: it costs imports nothing.
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM message_search WHERE message_search MATCH ?', ['colis'])!.n).toBe(0);
    expect(searchIndexState(db)).toEqual({ current: false, pending: 16 });
    // The 15 messages; the like is not a message (its text is a reaction's).
    expect(updateSearchIndex(db)).toMatchObject({ added: 15, rebuilt: false });
    expect(searchIndexState(db)).toEqual({ current: true, pending: 0 });
    expect(found(db, 'casse').map((id) => textOf(db, id))).toEqual(['Le colis est arrivé cassé']);
  });

  it('folds accents and case, in French and English', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, CONVERSATION_EVENTS);
    updateSearchIndex(db);
    expect(found(db, 'arrivee').map((id) => textOf(db, id))).toEqual(["Ma commande n'est toujours pas arrivée"]);
    expect(found(db, 'ARRIVÉE')).toEqual(found(db, 'arrivee'));
    expect(found(db, 'livraison').length).toBe(4);
    expect(found(db, 'coute').map((id) => textOf(db, id))).toEqual(['Elle coûte 39 €, livraison offerte']);
    expect(found(db, '"pas arrivee"')).toHaveLength(1);
  });

  it('adds only the rows imported since, and stays current through changes that keep the texts', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, CONVERSATION_EVENTS);
    updateSearchIndex(db);
    changeTimezone(db, 'Europe/Paris');
    expect(searchIndexState(db).current).toBe(true);
    buildCommunity(db, [{ who: 'kim', kind: 'message', at: '2026-03-08 10:00', platform: 'telegram', channel: 'tg', text: 'Colis perdu' }]);
    expect(searchIndexState(db)).toEqual({ current: false, pending: 1 });
    expect(found(db, 'perdu')).toEqual([]);
    expect(updateSearchIndex(db)).toMatchObject({ added: 1, rebuilt: false });
    expect(found(db, 'colis').map((id) => textOf(db, id))).toEqual(['Le colis est arrivé cassé', 'Colis perdu']);
    expect(updateSearchIndex(db)).toMatchObject({ added: 0 });
  });

  it('is rebuilt when rows it holds went away', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, CONVERSATION_EVENTS);
    updateSearchIndex(db);
    db.run('DELETE FROM interactions WHERE id = (SELECT MAX(id) FROM interactions)');
    expect(updateSearchIndex(db)).toMatchObject({ added: 14, rebuilt: true });
    expect(found(db, 'idees')).toEqual([]);
    expect(found(db, 'livraison')).toHaveLength(3);
  });

  it('holds the brand’s messages too', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, CONVERSATION_EVENTS);
    updateSearchIndex(db);
    const brand = db.all<{ id: number }>("SELECT id FROM interactions WHERE direction = 'outbound'").map((r) => Number(r.id));
    expect(brand).toHaveLength(3);
    expect(found(db, 'desoles OR offerte OR gus').sort()).toEqual(brand.sort());
    expect(BRAND).toBe('Brand');
  });
});
