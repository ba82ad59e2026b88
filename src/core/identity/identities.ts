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

/** Lower-case, accents and punctuation off: "Léa.Martin_" and "lea martin" compare equal. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function identityRows(db: Db): IdentityView[] {
  return db
    .all<{ id: number; person_id: number; platform: string; handle: string; name: string | null; n: number }>(
      // One grouped scan: a count per identity as a correlated subquery scanned every interaction per
      // identity (no index on identity_id), hours on a 1M-interaction client.
      `SELECT i.id, i.person_id, i.platform, i.handle, i.name, ifnull(x.n, 0) AS n
       FROM identities i LEFT JOIN (SELECT identity_id, COUNT(*) AS n FROM interactions GROUP BY identity_id) x ON x.identity_id = i.id
       WHERE i.is_brand = 0 ORDER BY i.id`,
    )
    .map((r) => ({
      identityId: Number(r.id),
      personId: Number(r.person_id),
      platform: r.platform,
      handle: r.handle,
      name: r.name,
      interactions: Number(r.n),
    }));
}

/**
 * Likely same-person identities that are still separate people: the same handle or display name
 * (at least 5 characters once normalised, so "Tom" alone never merges strangers), across platforms.
 * Nothing is merged here: the consultant confirms each suggestion.
 */
export function suggestMerges(db: Db): MergeSuggestion[] {
  const rows = identityRows(db);
  // One key space for handles and names: "lea.martin" on Instagram meets "Lea Martin" on Discord.
  const groups = new Map<string, { viaHandle: boolean; ids: Map<number, IdentityView> }>();
  const add = (key: string, viaHandle: boolean, row: IdentityView) => {
    const g = groups.get(key) ?? { viaHandle: true, ids: new Map() };
    g.viaHandle &&= viaHandle;
    g.ids.set(row.identityId, row);
    groups.set(key, g);
  };
  for (const r of rows) {
    const h = normaliseName(r.handle);
    if (h.length >= 5 && !/^\d+$/.test(h)) add(h, true, r);
    const n = r.name ? normaliseName(r.name) : '';
    if (n.length >= 5 && n !== h) add(n, false, r);
  }
  const out: MergeSuggestion[] = [];
  const emitted: Set<number>[] = [];
  // Largest groups first; a group whose people are all inside an emitted one adds nothing new.
  const ordered = [...groups.values()].sort((a, b) => b.ids.size - a.ids.size);
  for (const g of ordered) {
    const ids = [...g.ids.values()];
    const people = new Set(ids.map((i) => i.personId));
    if (people.size < 2) continue;
    if (emitted.some((e) => [...people].every((p) => e.has(p)))) continue;
    emitted.push(people);
    out.push({ reason: g.viaHandle ? 'same handle' : 'same name', identities: ids });
  }
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
