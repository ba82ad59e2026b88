import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { ImportWriter } from '../ingest/writer';
import { asUtcMs } from '../util/time-keys';
import { mergeIdentities, normaliseName, splitIdentity, suggestMerges } from './identities';

async function community() {
  const db = await memoryClientDb();
  db.run(
    "INSERT INTO sources (file, content_hash, format, platform, imported_at, records, added) VALUES ('t', 'h', 't', 'instagram', 0, 0, 0)",
  );
  const ig = new ImportWriter(db, 'instagram', 1, 'UTC', ['maison']);
  const dc = new ImportWriter(db, 'discord', 1, 'UTC', ['maison']);
  ig.interaction({ key: '1', kind: 'comment', at: asUtcMs(1000), author: { handle: 'lea.martin', name: 'Léa Martin' }, text: 'super' });
  ig.interaction({ key: '2', kind: 'comment', at: asUtcMs(2000), author: { handle: 'tom', name: 'Tom' }, text: 'ok' });
  ig.interaction({ key: '3', kind: 'reply', at: asUtcMs(3000), author: { handle: 'maison', name: 'Maison' }, text: 'merci' });
  dc.interaction({ key: 'a', kind: 'message', at: asUtcMs(1500), author: { handle: '981', name: 'Lea Martin' }, text: 'hello' });
  dc.interaction({ key: 'b', kind: 'message', at: asUtcMs(1600), author: { handle: '982', name: 'Tom' }, text: 'yo' });
  dc.interaction({ key: 'c', kind: 'message', at: asUtcMs(1700), author: { handle: '983', name: 'Maison' }, text: 'bienvenue' });
  return db;
}

const members = (db: Awaited<ReturnType<typeof community>>) =>
  Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM people WHERE is_brand = 0')!.n);

describe('identity merge', () => {
  it('normalises names', () => {
    expect(normaliseName('@Léa.Martin_')).toBe('leamartin');
  });

  it('suggests the same display name across platforms, never short names, never the brand', async () => {
    const db = await community();
    const s = suggestMerges(db);
    // "Léa Martin" (instagram) ~ "Lea Martin" (discord). "Tom" is too short to suggest. "Maison" on
    // Instagram is the brand (is_brand = 1) and is never proposed.
    expect(s).toHaveLength(1);
    expect(s[0]!.reason).toBe('same name');
    expect(s[0]!.identities.map((i) => i.platform).sort()).toEqual(['discord', 'instagram']);
  });

  it('merges only when asked, and a split restores both people', async () => {
    const db = await community();
    // Léa and Tom on each platform; both "Maison" identities match the brand name and are not members.
    expect(members(db)).toBe(4);
    const ids = suggestMerges(db)[0]!.identities.map((i) => i.identityId);
    const person = mergeIdentities(db, ids);
    expect(members(db)).toBe(3);
    expect(Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions WHERE person_id = ?', [person])!.n)).toBe(2);
    expect(suggestMerges(db)).toEqual([]);
    splitIdentity(db, ids[1]!);
    expect(members(db)).toBe(4);
    expect(Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM interactions WHERE person_id = ?', [person])!.n)).toBe(1);
  });

  it('refuses to merge the brand with a member', async () => {
    const db = await community();
    const brand = Number(db.get<{ id: number }>("SELECT id FROM identities WHERE handle = 'maison'")!.id);
    const lea = Number(db.get<{ id: number }>("SELECT id FROM identities WHERE handle = 'lea.martin'")!.id);
    expect(() => mergeIdentities(db, [brand, lea])).toThrow(/brand/);
  });
});
