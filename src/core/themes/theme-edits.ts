import { type Db, transaction } from '../db/db';
import { jaccard, MATCH_JACCARD, sketchOf, unionSketch } from './theme-sketch';

/**
 * The consultant's layer (migration 009): rename, merge, split, hide a theme, pin or remove quotes.
 * Every edit is applied to the stored run at once and appended to theme_edits with a sketch of its
 * theme's texts; a new run (or a new cut of the tree) starts from the engine's themes and replays the
 * log, each edit on the theme that overlaps its sketch (theme-sketch.ts), so an edit outlives
 * re-clustering wherever its theme still exists.
 */
export type ThemeEdit =
  | { kind: 'rename'; theme: number; label: string }
  | { kind: 'merge'; theme: number; into: number }
  | { kind: 'split'; theme: number }
  | { kind: 'hide'; theme: number; hidden: boolean }
  | { kind: 'quote'; theme: number; message: number; action: QuoteAction };
export type QuoteAction = 'pin' | 'unpin' | 'remove' | 'restore';

export interface Overlay {
  label: string | null;
  hidden: boolean;
  pinned: number[];
  removed: number[];
  merged: number[];
}

const EMPTY: Overlay = { label: null, hidden: false, pinned: [], removed: [], merged: [] };

interface OverlayRow {
  theme_id: number;
  label: string | null;
  hidden: number;
  pinned: string;
  removed: string;
  merged: string;
}

/** Every theme's overlay (themes without one are absent). */
export function readOverlays(db: Db): Map<number, Overlay> {
  return new Map(
    db.all<OverlayRow>('SELECT theme_id, label, hidden, pinned, removed, merged FROM theme_overlay').map((r) => [
      Number(r.theme_id),
      {
        label: r.label,
        hidden: Number(r.hidden) === 1,
        pinned: JSON.parse(r.pinned) as number[],
        removed: JSON.parse(r.removed) as number[],
        merged: JSON.parse(r.merged) as number[],
      },
    ]),
  );
}

function overlayOf(db: Db, theme: number): Overlay {
  return readOverlays(db).get(theme) ?? { ...EMPTY };
}

function writeOverlay(db: Db, theme: number, o: Overlay): void {
  db.run('INSERT OR REPLACE INTO theme_overlay (theme_id, label, hidden, pinned, removed, merged) VALUES (?, ?, ?, ?, ?, ?)', [
    theme,
    o.label,
    o.hidden ? 1 : 0,
    JSON.stringify(o.pinned),
    JSON.stringify(o.removed),
    JSON.stringify(o.merged),
  ]);
}

const isTheme = (db: Db, theme: number): boolean =>
  db.get('SELECT 1 AS x FROM theme_nodes WHERE id = ? AND is_theme = 1', [theme]) !== undefined;

/** The theme node's children in the stored tree. */
function childrenOf(db: Db, node: number): number[] {
  return db.all<{ id: number }>('SELECT id FROM theme_nodes WHERE parent = ? ORDER BY id', [node]).map((r) => Number(r.id));
}

/** The leaves at or below a node of the tree. */
function leavesUnder(db: Db, node: number): number[] {
  const kids = new Map<number, number[]>();
  for (const r of db.all<{ id: number; parent: number | null }>('SELECT id, parent FROM theme_nodes WHERE parent IS NOT NULL')) {
    const list = kids.get(Number(r.parent)) ?? [];
    list.push(Number(r.id));
    kids.set(Number(r.parent), list);
  }
  const out: number[] = [];
  const walk = (n: number): void => {
    const c = kids.get(n);
    if (!c) out.push(n);
    else for (const k of c) walk(k);
  };
  walk(node);
  return out;
}

/** Rewrites a theme's trend rows (theme_weeks) after its texts changed. */
function refreshWeeks(db: Db, themes: readonly number[]): void {
  for (const t of themes) {
    db.run('DELETE FROM theme_weeks WHERE theme_id = ?', [t]);
    db.run(
      'INSERT INTO theme_weeks (theme_id, week, n) SELECT theme_id, week, COUNT(*) FROM theme_members WHERE theme_id = ? GROUP BY week',
      [t],
    );
  }
}

/** Moves the texts of `from` (under `leaves`, or all of them) to `to`. */
function move(db: Db, from: number, to: number, leaves?: readonly number[]): void {
  if (leaves === undefined) db.run('UPDATE theme_members SET theme_id = ? WHERE theme_id = ?', [to, from]);
  else if (leaves.length > 0)
    db.run(`UPDATE theme_members SET theme_id = ? WHERE theme_id = ? AND leaf IN (${leaves.map(() => '?').join(',')})`, [
      to,
      from,
      ...leaves,
    ]);
}

function quotesOf(db: Db, node: number): number[] {
  return JSON.parse(db.get<{ quotes: string }>('SELECT quotes FROM theme_nodes WHERE id = ?', [node])?.quotes ?? '[]') as number[];
}

function mergeInto(db: Db, from: number, into: number): boolean {
  if (from === into || !isTheme(db, from) || !isTheme(db, into)) return false;
  move(db, from, into);
  db.run('UPDATE theme_nodes SET is_theme = 0 WHERE id = ?', [from]);
  const a = overlayOf(db, into);
  const b = overlayOf(db, from);
  // the merged theme quotes both: its own and the other's, alternately
  const qa = quotesOf(db, into);
  const qb = quotesOf(db, from);
  const mixed: number[] = [];
  for (let i = 0; i < Math.max(qa.length, qb.length); i++)
    mixed.push(...(qa[i] !== undefined ? [qa[i]!] : []), ...(qb[i] !== undefined ? [qb[i]!] : []));
  db.run('UPDATE theme_nodes SET quotes = ? WHERE id = ?', [JSON.stringify(mixed), into]);
  writeOverlay(db, into, {
    ...a,
    pinned: [...a.pinned, ...b.pinned],
    removed: [...a.removed, ...b.removed],
    merged: [...a.merged, from, ...b.merged],
  });
  // the merged theme keeps its own overlay (its name): a split gives it back as it was
  refreshWeeks(db, [into, from]);
  return true;
}

/** Back to its parts: the themes merged into it if any, else its two children in the tree. */
function split(db: Db, theme: number): number[] {
  if (!isTheme(db, theme)) return [];
  const o = overlayOf(db, theme);
  let parts: number[];
  if (o.merged.length > 0) {
    parts = o.merged;
    for (const m of parts) move(db, theme, m, leavesUnder(db, m));
    writeOverlay(db, theme, { ...o, merged: [] });
  } else {
    parts = childrenOf(db, theme);
    if (parts.length === 0) return [];
    for (const c of parts) move(db, theme, c, leavesUnder(db, c));
    db.run('UPDATE theme_nodes SET is_theme = 0 WHERE id = ?', [theme]);
    db.run('DELETE FROM theme_overlay WHERE theme_id = ?', [theme]);
  }
  for (const p of parts) db.run('UPDATE theme_nodes SET is_theme = 1 WHERE id = ?', [p]);
  refreshWeeks(db, [theme, ...parts]);
  return parts;
}

/** Applies one edit to the stored run; false when it has nothing to apply to (no such theme, a leaf split). */
function apply(db: Db, e: ThemeEdit): boolean {
  if (!isTheme(db, e.theme)) return false;
  switch (e.kind) {
    case 'merge':
      return mergeInto(db, e.theme, e.into);
    case 'split':
      return split(db, e.theme).length > 0;
    case 'rename':
      writeOverlay(db, e.theme, { ...overlayOf(db, e.theme), label: e.label.trim() === '' ? null : e.label.trim() });
      return true;
    case 'hide':
      writeOverlay(db, e.theme, { ...overlayOf(db, e.theme), hidden: e.hidden });
      return true;
    case 'quote': {
      const inTheme =
        db.get('SELECT 1 AS x FROM theme_members WHERE interaction_id = ? AND theme_id = ?', [e.message, e.theme]) !== undefined;
      if (!inTheme) return false;
      const o = overlayOf(db, e.theme);
      const without = (list: number[]) => list.filter((m) => m !== e.message);
      const next = { ...o, pinned: without(o.pinned), removed: without(o.removed) };
      if (e.action === 'pin') next.pinned.push(e.message);
      if (e.action === 'remove') next.removed.push(e.message);
      writeOverlay(db, e.theme, next);
      return true;
    }
  }
}

function sketchOfTheme(db: Db, theme: number): number[] {
  return sketchOf(
    db.all<{ id: number }>('SELECT interaction_id AS id FROM theme_members WHERE theme_id = ?', [theme]).map((r) => Number(r.id)),
  );
}

/** Applies an edit to the stored run and keeps it in the log for the next runs. */
export function editTheme(db: Db, e: ThemeEdit, now: number): boolean {
  return transaction(db, () => {
    const target = sketchOfTheme(db, e.kind === 'merge' ? e.into : e.theme);
    const other = e.kind === 'merge' ? sketchOfTheme(db, e.theme) : null;
    const applied = apply(db, e);
    if (!applied) return false;
    const { kind, theme: _theme, ...value } = e;
    db.run('INSERT INTO theme_edits (kind, target, other, value, applied, at) VALUES (?, ?, ?, ?, 1, ?)', [
      kind,
      JSON.stringify(target),
      other === null ? null : JSON.stringify(other),
      JSON.stringify(value),
      now,
    ]);
    return true;
  });
}

/** The current theme whose texts overlap the sketch most, if it overlaps enough. */
function match(sketches: Map<number, number[]>, sketch: readonly number[], except?: number): number | undefined {
  let best: number | undefined;
  let bestJ = MATCH_JACCARD;
  for (const [id, s] of sketches) {
    if (id === except) continue;
    const j = jaccard(s, sketch);
    if (j >= bestJ) [best, bestJ] = [id, j];
  }
  return best;
}

interface EditRow {
  seq: number;
  kind: ThemeEdit['kind'];
  target: string;
  other: string | null;
  value: string;
}

function replayMerge(db: Db, sketches: Map<number, number[]>, row: EditRow): boolean {
  const into = JSON.parse(row.target) as number[];
  const other = JSON.parse(row.other ?? '[]') as number[];
  const target = match(sketches, into);
  const from = target === undefined ? undefined : match(sketches, other, target);
  if (target !== undefined && from !== undefined && mergeInto(db, from, target)) {
    sketches.set(target, unionSketch(sketches.get(target)!, sketches.get(from)!));
    sketches.delete(from);
    return true;
  }
  // the new run may already hold both in one theme: the merge is there without doing it
  return match(sketches, unionSketch(into, other)) !== undefined;
}

function replayOne(db: Db, sketches: Map<number, number[]>, row: EditRow): boolean {
  const target = match(sketches, JSON.parse(row.target) as number[]);
  if (target === undefined) return false;
  if (row.kind !== 'split') return apply(db, { ...(JSON.parse(row.value) as object), kind: row.kind, theme: target } as ThemeEdit);
  const parts = split(db, target);
  if (parts.length === 0) return false;
  if (!isTheme(db, target)) sketches.delete(target);
  else sketches.set(target, sketchOfTheme(db, target));
  for (const p of parts) sketches.set(p, sketchOfTheme(db, p));
  return true;
}

/**
 * Replays the log over a run that holds only the engine's themes (just computed, or just cut): each
 * edit on the theme matching its sketch, or marked not applied. Call inside the run's transaction.
 */
export function replayThemeEdits(db: Db): { applied: number; notApplied: number } {
  db.run('DELETE FROM theme_overlay');
  const edits = db.all<EditRow>('SELECT seq, kind, target, other, value FROM theme_edits ORDER BY seq');
  if (edits.length === 0) return { applied: 0, notApplied: 0 };
  const sketches = new Map<number, number[]>();
  const ids = new Map<number, number[]>();
  for (const r of db.all<{ t: number; i: number }>(
    'SELECT theme_id AS t, interaction_id AS i FROM theme_members WHERE theme_id IS NOT NULL',
  )) {
    const list = ids.get(Number(r.t)) ?? [];
    list.push(Number(r.i));
    ids.set(Number(r.t), list);
  }
  for (const t of db.all<{ id: number }>('SELECT id FROM theme_nodes WHERE is_theme = 1'))
    sketches.set(Number(t.id), sketchOf(ids.get(Number(t.id)) ?? []));
  let applied = 0;
  for (const row of edits) {
    const ok = row.kind === 'merge' ? replayMerge(db, sketches, row) : replayOne(db, sketches, row);
    if (ok) applied++;
    db.run('UPDATE theme_edits SET applied = ? WHERE seq = ?', [ok ? 1 : 0, row.seq]);
  }
  return { applied, notApplied: edits.length - applied };
}

/**
 * Cuts the stored tree at `count` themes (the granularity control, without recomputing): each text goes
 * to the theme above its leaf, then the edits are replayed.
 */
export function cutStoredTree(db: Db, count: number): boolean {
  return transaction(db, () => {
    const nodes = db.all<{ id: number; parent: number | null }>('SELECT id, parent FROM theme_nodes ORDER BY id');
    if (nodes.length === 0) return false;
    // merges are numbered in the order they were made: cutting at m themes undoes the last m − 1 of them
    const n = nodes.length;
    const leaves = nodes.filter((x) => !nodes.some((y) => y.parent === x.id)).length;
    const m = Math.max(1, Math.min(count, leaves));
    const limit = n - m + 1;
    const themeOf = new Map<number, number>();
    const parentOf = new Map(nodes.map((x) => [Number(x.id), x.parent === null ? null : Number(x.parent)]));
    const themes = nodes.filter((x) => x.id < limit && (x.parent === null || x.parent >= limit)).map((x) => Number(x.id));
    for (const x of nodes) {
      let t: number | null = Number(x.id);
      while (t !== null && !themes.includes(t)) t = parentOf.get(t) ?? null;
      if (t !== null) themeOf.set(Number(x.id), t);
    }
    db.run('UPDATE theme_nodes SET is_theme = 0');
    db.run(`UPDATE theme_nodes SET is_theme = 1 WHERE id IN (${themes.join(',')})`);
    const cases = [...themeOf].map(([leaf, t]) => `WHEN ${leaf} THEN ${t}`).join(' ');
    db.run(`UPDATE theme_members SET theme_id = CASE leaf ${cases} END WHERE leaf IS NOT NULL`);
    db.run('DELETE FROM theme_weeks WHERE theme_id >= 0');
    db.run(
      'INSERT INTO theme_weeks (theme_id, week, n) SELECT theme_id, week, COUNT(*) FROM theme_members WHERE theme_id IS NOT NULL GROUP BY theme_id, week',
    );
    // The cut is the consultant's choice: kept as the run's granularity, so that the next run (after an
    // import) cuts its tree as finely (the same number of themes when it has as many leaves).
    const run = db.get<{ settings: string }>('SELECT settings FROM theme_runs WHERE id = 1');
    if (run) {
      const settings = JSON.parse(run.settings) as Record<string, unknown>;
      settings.granularity = leaves > 2 ? Math.min(1, Math.max(0, (m - 2) / (leaves - 2))) : 0;
      db.run('UPDATE theme_runs SET settings = ? WHERE id = 1', [JSON.stringify(settings)]);
    }
    replayThemeEdits(db);
    return true;
  });
}
