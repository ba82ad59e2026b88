import type { Db } from '../../db/db';
import { PLATFORMS } from '../../domain/kinds';
import { pairPeople } from './network';
import { gapKey } from './write-members';
import { slotKey } from './activity-hours';

/**
 * Adds changes in counts to the tables that sum over members (member_reach, member_pairs, week_gaps,
 * activity_hours). Every change is an integer (reach strengths are checked to be whole numbers before),
 * so adding it gives the very number a full rebuild sums, and a row that falls to zero is one a full
 * rebuild would not write.
 */

export function mergeReach(db: Db, delta: Map<number, number>): void {
  const update = db.prepare('UPDATE member_reach SET value = value + ? WHERE person_id = ? AND month = ? AND plat = ?');
  const insert = db.prepare('INSERT INTO member_reach (plat, person_id, month, value) VALUES (?, ?, ?, ?)');
  try {
    for (const [key, v] of delta) {
      if (v === 0) continue;
      const plat = PLATFORMS[key % 16]!;
      const person = Math.floor(key / 16 / 100_000);
      const month = Math.floor(key / 16) % 100_000;
      update.run([v, person, month, plat]);
      if (db.changes() === 0) insert.run([plat, person, month, v]);
    }
  } finally {
    update.free();
    insert.free();
  }
  db.run('DELETE FROM member_reach WHERE value = 0');
}

/** Applies pair count changes; returns each person's change in distinct people met. */
export function mergePairs(db: Db, delta: Map<number, number>): Map<number, number> {
  const met = new Map<number, number>();
  const bump = (p: number, d: number) => met.set(p, (met.get(p) ?? 0) + d);
  for (const [key, d] of delta) {
    if (d === 0) continue;
    const [a, b] = pairPeople(key);
    const before = Number(db.get<{ n: number }>('SELECT n FROM member_pairs WHERE a = ? AND b = ?', [a, b])?.n ?? 0);
    const after = before + d;
    if (after < 0) throw new Error(`member_pairs (${a}, ${b}) would fall below zero`);
    if (after === 0) db.run('DELETE FROM member_pairs WHERE a = ? AND b = ?', [a, b]);
    else db.run('INSERT INTO member_pairs (a, b, n) VALUES (?, ?, ?) ON CONFLICT(a, b) DO UPDATE SET n = excluded.n', [a, b, after]);
    const change = (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
    if (change !== 0) {
      bump(a, change);
      bump(b, change);
    }
  }
  return met;
}

export function mergeGaps(db: Db, delta: Map<number, number[]>): void {
  const cols = ['n', 'n_t1', 'n_t2', 'n_t3', 'n_amb', 'n_spoke'];
  const update = db.prepare(
    `UPDATE week_gaps SET ${cols.map((c) => `${c} = ${c} + ?`).join(', ')} WHERE scope = ? AND week = ? AND gap = ?`,
  );
  const insert = db.prepare(`INSERT INTO week_gaps (scope, week, gap, ${cols.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  try {
    for (const [key, c] of delta) {
      if (c.every((x) => x === 0)) continue;
      const k = gapKey(key);
      update.run([...c, ...k]);
      if (db.changes() === 0) insert.run([...k, ...c]);
    }
  } finally {
    update.free();
    insert.free();
  }
  db.run('DELETE FROM week_gaps WHERE n = 0');
}

export function mergeActivityHours(db: Db, counts: Map<number, [number, number, number]>): void {
  const update = db.prepare(
    'UPDATE activity_hours SET member_n = member_n + ?, member_messages = member_messages + ?, brand_messages = brand_messages + ? WHERE weekday = ? AND hour = ? AND day = ? AND platform = ?',
  );
  const insert = db.prepare(
    'INSERT INTO activity_hours (platform, day, weekday, hour, member_n, member_messages, brand_messages) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  try {
    for (const [key, c] of counts) {
      const [platform, day, weekday, hour] = slotKey(key);
      update.run([...c, weekday, hour, day, platform]);
      if (db.changes() === 0) insert.run([platform, day, weekday, hour, ...c]);
    }
  } finally {
    update.free();
    insert.free();
  }
}
