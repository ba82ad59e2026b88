import { CercleError } from '../errors';
import type { Db } from '../db/db';
import { transaction } from '../db/db';

export interface IdentityView {
  identityId: number;
  personId: number;
  platform: string;
  handle: string;
  name: string | null;
  interactions: number;
}

export interface MergeSuggestion {
  reason: 'same handle' | 'same name';
  identities: IdentityView[];
}

const ASCII = /^[\x20-\x7e]*$/;

/** Lower-case, accents and punctuation off: "Léa.Martin_" and "lea martin" compare equal. */
export function normaliseName(s: string): string {
  // Most names and handles are plain ASCII: no accents to take off (a third of the time on 115k identities).
  if (ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Every member identity, read as one string (rows joined by char(30), fields by char(31)): measured on
 * 115k identities, row objects took half a second. Interactions are counted later, for the suggested
 * ones only: a count per identity over the whole table sorted every interaction (13 s on 680k).
 */
function identityRows(db: Db): IdentityView[] {
  const clean = (c: string) => `replace(replace(${c}, char(30), ' '), char(31), ' ')`;
  const s = db.get<{ s: string | null }>(
    `SELECT group_concat(id || char(31) || person_id || char(31) || platform || char(31) || ${clean('handle')} || char(31) || (name IS NULL) || char(31) || ifnull(${clean('name')}, ''), char(30)) AS s
     FROM identities WHERE is_brand = 0`,
  )?.s;
  if (!s) return [];
  return s.split('\x1e').map((line) => {
    const [id, person, platform, handle, noName, name] = line.split('\x1f');
    return {
      identityId: Number(id),
      personId: Number(person),
      platform: platform!,
      handle: handle!,
      name: noName === '1' ? null : name!,
      interactions: 0,
    };
  });
}

/**
 * Interactions of each of these identities, read along interactions_person_at: a person with one identity
 * is counted from the index alone; only the identities of a merged person need their rows read.
 */
function countInteractions(db: Db, identities: readonly IdentityView[], all: readonly IdentityView[]): Map<number, number> {
  const perPerson = new Map<number, number>();
  for (const i of all) perPerson.set(i.personId, (perPerson.get(i.personId) ?? 0) + 1);
  const alone = new Map<number, number>();
  const shared = new Set<number>();
  for (const i of identities) {
    if (perPerson.get(i.personId) === 1) alone.set(i.personId, i.identityId);
    else shared.add(i.personId);
  }
  const counts = new Map<number, number>();
  const chunks = (xs: number[]) => Array.from({ length: Math.ceil(xs.length / 500) }, (_, k) => xs.slice(k * 500, k * 500 + 500));
  const marks = (xs: number[]) => xs.map(() => '?').join(',');
  for (const chunk of chunks([...alone.keys()]))
    for (const r of db.all<{ p: number; n: number }>(
      `SELECT person_id AS p, COUNT(*) AS n FROM interactions INDEXED BY interactions_person_at WHERE person_id IN (${marks(chunk)}) GROUP BY person_id`,
      chunk,
    ))
      counts.set(alone.get(Number(r.p))!, Number(r.n));
  for (const chunk of chunks([...shared]))
    for (const r of db.all<{ id: number; n: number }>(
      `SELECT identity_id AS id, COUNT(*) AS n FROM interactions INDEXED BY interactions_person_at WHERE person_id IN (${marks(chunk)}) GROUP BY identity_id`,
      chunk,
    ))
      counts.set(Number(r.id), Number(r.n));
  return counts;
}

/**
 * Likely same-person identities that are still separate people: the same handle or display name
 * (at least 5 characters once normalised, so "Tom" alone never merges strangers), across platforms.
 * Nothing is merged here: the consultant confirms each suggestion. A suggestion whose identities all lie
 * in one `rejected` group (the consultant said no, or split them) is not made again; a new identity
 * joining the group brings it back.
 */
export function suggestMerges(db: Db, rejected: readonly (readonly number[])[] = []): MergeSuggestion[] {
  const rows = identityRows(db);
  // One key space for handles and names: "lea.martin" on Instagram meets "Lea Martin" on Discord.
  // Arrays, not maps: most of the keys hold one identity (measured: 230k maps for 115k identities cost a second).
  const groups = new Map<string, { viaHandle: boolean; ids: IdentityView[] }>();
  const add = (key: string, viaHandle: boolean, row: IdentityView) => {
    const g = groups.get(key);
    if (!g) groups.set(key, { viaHandle, ids: [row] });
    else {
      g.viaHandle &&= viaHandle;
      g.ids.push(row);
    }
  };
  for (const r of rows) {
    const h = normaliseName(r.handle);
    if (h.length >= 5 && !/^\d+$/.test(h)) add(h, true, r);
    const n = r.name ? normaliseName(r.name) : '';
    if (n.length >= 5 && n !== h) add(n, false, r);
  }
  const out: MergeSuggestion[] = [];
  // The people of each suggestion made, found by any of them (a client can have thousands of suggestions).
  const emittedWith = new Map<number, Set<number>[]>();
  const rejectedWith = new Map<number, Set<number>[]>();
  for (const r of rejected) {
    const group = new Set(r);
    for (const id of r) rejectedWith.set(id, [...(rejectedWith.get(id) ?? []), group]);
  }
  // Largest groups first; a group whose people are all inside an emitted one adds nothing new.
  const ordered = [...groups.values()].filter((g) => g.ids.length > 1).sort((a, b) => b.ids.length - a.ids.length);
  for (const g of ordered) {
    const ids = g.ids;
    const people = new Set(ids.map((i) => i.personId));
    if (people.size < 2) continue;
    if ((rejectedWith.get(ids[0]!.identityId) ?? []).some((r) => ids.every((i) => r.has(i.identityId)))) continue;
    const first = ids[0]!.personId;
    if ((emittedWith.get(first) ?? []).some((e) => [...people].every((p) => e.has(p)))) continue;
    for (const p of people) emittedWith.set(p, [...(emittedWith.get(p) ?? []), people]);
    out.push({ reason: g.viaHandle ? 'same handle' : 'same name', identities: ids });
  }
  const counts = countInteractions(db, [...new Set(out.flatMap((x) => x.identities))], rows);
  for (const x of out) for (const i of x.identities) i.interactions = counts.get(i.identityId) ?? 0;
  return out.sort((a, b) => b.identities.reduce((s, i) => s + i.interactions, 0) - a.identities.reduce((s, i) => s + i.interactions, 0));
}

/** Merges the people behind these identities into one (the oldest person id keeps its name). */
export function mergeIdentities(db: Db, identityIds: readonly number[]): number {
  if (identityIds.length < 2) throw new CercleError('identity.merge-needs-two');
  return transaction(db, () => {
    const people = identityIds.map((id) => {
      const row = db.get<{ person_id: number; is_brand: number }>('SELECT person_id, is_brand FROM identities WHERE id = ?', [id]);
      if (!row) throw new CercleError('identity.missing', { id });
      if (Number(row.is_brand) === 1) throw new CercleError('identity.brand', { id });
      return Number(row.person_id);
    });
    const target = Math.min(...people);
    for (const p of new Set(people)) {
      if (p === target) continue;
      db.run('UPDATE identities SET person_id = ? WHERE person_id = ?', [target, p]);
      db.run('UPDATE interactions SET person_id = ? WHERE person_id = ?', [target, p]);
      db.run('DELETE FROM people WHERE id = ?', [p]);
    }
    return target;
  });
}

/** Every identity of the person this identity belongs to (the group a split takes apart). */
export function identitiesOfPerson(db: Db, identityId: number): number[] {
  return db
    .all<{ id: number }>('SELECT id FROM identities WHERE person_id = (SELECT person_id FROM identities WHERE id = ?) ORDER BY id', [
      identityId,
    ])
    .map((r) => Number(r.id));
}

/** Undoes a merge for one identity: it becomes its own person again, with its own interactions. */
export function splitIdentity(db: Db, identityId: number): number {
  return transaction(db, () => {
    const row = db.get<{ person_id: number; name: string | null; handle: string }>(
      'SELECT person_id, name, handle FROM identities WHERE id = ?',
      [identityId],
    );
    if (!row) throw new CercleError('identity.missing', { id: identityId });
    const others = db.get<{ n: number }>('SELECT COUNT(*) AS n FROM identities WHERE person_id = ? AND id <> ?', [
      row.person_id,
      identityId,
    ])!;
    if (Number(others.n) === 0) return Number(row.person_id);
    db.run('INSERT INTO people (name, is_brand) VALUES (?, 0)', [row.name ?? row.handle]);
    const person = Number(db.get<{ id: number }>('SELECT last_insert_rowid() AS id')!.id);
    db.run('UPDATE identities SET person_id = ? WHERE id = ?', [person, identityId]);
    db.run('UPDATE interactions SET person_id = ? WHERE identity_id = ?', [person, identityId]);
    return person;
  });
}
