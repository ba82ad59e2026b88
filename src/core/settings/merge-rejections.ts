import type { Db } from '../db/db';
import { getJsonSetting, setJsonSetting } from './settings';

/** Groups of identity ids the consultant said are not one person (a rejected suggestion, or a split). */
const REJECTED_MERGES = 'identities.rejected';

export function rejectedMerges(db: Db): number[][] {
  return getJsonSetting<number[][]>(db, REJECTED_MERGES, []);
}

/** Remembers a group as "not the same person"; a group inside one already remembered adds nothing. Returns how many are stored. */
export function rejectMerge(db: Db, identityIds: readonly number[]): number {
  const group = [...new Set(identityIds)].sort((a, b) => a - b);
  const kept = rejectedMerges(db);
  if (group.length < 2 || kept.some((g) => group.every((id) => g.includes(id)))) return kept.length;
  // A wider group replaces the ones it contains.
  const next = [...kept.filter((g) => !g.every((id) => group.includes(id))), group];
  setJsonSetting(db, REJECTED_MERGES, next);
  return next.length;
}
