import type { Db } from '../db/db';

export interface Coverage {
  shows: string[];
  lacks: string[];
}

const NONE: Coverage = { shows: [], lacks: [] };

/**
 * What each stored coverage row says a format shows and lacks (migration 012), parsed once: an Instagram
 * archive's 111k sources share one or two of them. A source without one (none is written so) shows nothing.
 */
export function coverageReader(db: Db): (id: number | null) => Coverage {
  const byId = new Map<number, Coverage>();
  for (const c of db.all<{ id: number; shows: string; lacks: string }>('SELECT id, shows, lacks FROM coverages'))
    byId.set(Number(c.id), { shows: JSON.parse(c.shows) as string[], lacks: JSON.parse(c.lacks) as string[] });
  return (id) => (id === null ? undefined : byId.get(Number(id))) ?? NONE;
}
