import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { identitiesOfPerson, mergeIdentities, splitIdentity, suggestMerges } from '../identity/identities';
import { ImportWriter } from '../ingest/writer';
import { asUtcMs } from '../util/time-keys';
import { rejectedMerges, rejectMerge } from './merge-rejections';

/** Léa on Instagram and Discord, Camille on Instagram and Discord: two suggestions. */
async function community() {
  const db = await memoryClientDb();
  db.run(
    "INSERT INTO sources (file, content_hash, format, platform, imported_at, records, added) VALUES ('t', 'h', 't', 'instagram', 0, 0, 0)",
  );
  const ig = new ImportWriter(db, 'instagram', 1, 'UTC', []);
  const dc = new ImportWriter(db, 'discord', 1, 'UTC', []);
  ig.interaction({ key: '1', kind: 'comment', at: asUtcMs(1000), author: { handle: 'lea.martin', name: 'Léa Martin' }, text: 'super' });
  ig.interaction({ key: '2', kind: 'comment', at: asUtcMs(2000), author: { handle: 'camille_b', name: 'Camille Bernard' }, text: 'ok' });
  dc.interaction({ key: 'a', kind: 'message', at: asUtcMs(1500), author: { handle: '981', name: 'Lea Martin' }, text: 'hello' });
  dc.interaction({ key: 'b', kind: 'message', at: asUtcMs(1600), author: { handle: '982', name: 'Camille Bernard' }, text: 'yo' });
  return db;
}

const handles = (s: ReturnType<typeof suggestMerges>) => s.map((x) => x.identities.map((i) => i.handle).sort());
const idOf = (db: Awaited<ReturnType<typeof community>>, handle: string) =>
  Number(db.get<{ id: number }>('SELECT id FROM identities WHERE handle = ?', [handle])!.id);

describe('rejected merge suggestions', () => {
  it('are remembered in the client and never suggested again', async () => {
    const db = await community();
    expect(handles(suggestMerges(db, rejectedMerges(db))).sort()).toEqual([
      ['981', 'lea.martin'],
      ['982', 'camille_b'],
    ]);
    expect(rejectMerge(db, [idOf(db, 'lea.martin'), idOf(db, '981')])).toBe(1);
    expect(rejectedMerges(db)).toEqual([[idOf(db, 'lea.martin'), idOf(db, '981')].sort((a, b) => a - b)]);
    expect(handles(suggestMerges(db, rejectedMerges(db)))).toEqual([['982', 'camille_b']]);
    // Rejecting the same group again, or a part of it, stores nothing new.
    expect(rejectMerge(db, [idOf(db, '981'), idOf(db, 'lea.martin')])).toBe(1);
  });

  it('come back when a new identity joins the group', async () => {
    const db = await community();
    rejectMerge(db, [idOf(db, 'lea.martin'), idOf(db, '981')]);
    const tg = new ImportWriter(db, 'telegram', 1, 'UTC', []);
    tg.interaction({ key: 'x', kind: 'message', at: asUtcMs(5000), author: { handle: 'lea_tg', name: 'Léa Martin' }, text: 'coucou' });
    expect(handles(suggestMerges(db, rejectedMerges(db))).sort()).toEqual([
      ['981', 'lea.martin', 'lea_tg'],
      ['982', 'camille_b'],
    ]);
  });

  it('hold a split apart: the identities it separates are not suggested together again', async () => {
    const db = await community();
    const ids = [idOf(db, 'lea.martin'), idOf(db, '981')];
    mergeIdentities(db, ids);
    expect(handles(suggestMerges(db))).toEqual([['982', 'camille_b']]);
    // What the split handler does: remember the person's identities, then split one off.
    rejectMerge(db, identitiesOfPerson(db, ids[1]!));
    splitIdentity(db, ids[1]!);
    expect(handles(suggestMerges(db))).toHaveLength(2);
    expect(handles(suggestMerges(db, rejectedMerges(db)))).toEqual([['982', 'camille_b']]);
  });

  it('keep the widest group: one rejected later that contains earlier ones replaces them', async () => {
    const db = await memoryClientDb();
    rejectMerge(db, [3, 1]);
    rejectMerge(db, [7, 8]);
    expect(rejectMerge(db, [1, 2, 3])).toBe(2);
    expect(rejectedMerges(db)).toEqual([
      [7, 8],
      [1, 2, 3],
    ]);
  });
});
