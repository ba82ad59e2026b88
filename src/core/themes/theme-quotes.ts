import type { ThemeQuotes } from '../contract/themes';
import type { Db } from '../db/db';
import { MESSAGE_COLUMNS, type MessageRow, toMessage } from './client-themes';
import { readOverlays } from './theme-edits';

/** Quotes shown for a theme, pinned ones aside. */
const QUOTES = 5;
/** Texts read to find quotes for a theme the engine did not quote (a part of a split, a finer cut). */
const FALLBACK_SAMPLE = 2000;

/**
 * A theme's quotes: the consultant's pinned texts first, then the engine's (most central first) that
 * were not removed and still belong to it. A theme the engine did not quote (a node of the tree that
 * became a theme by a split or another cut) gets the texts that hold most of its distinctive words.
 */
export function themeQuotes(db: Db, theme: number): ThemeQuotes {
  const o = readOverlays(db).get(theme);
  const pinned = o?.pinned ?? [];
  const removed = new Set(o?.removed ?? []);
  const node = db.get<{ quotes: string; terms: string }>('SELECT quotes, terms FROM theme_nodes WHERE id = ?', [theme]);
  if (!node) return { quotes: [], removed: [] };
  const read = (ids: readonly number[]): MessageRow[] => {
    if (ids.length === 0) return [];
    const rows = db.all<MessageRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id LEFT JOIN people p ON p.id = i.person_id
       WHERE tm.theme_id = ? AND tm.interaction_id IN (${ids.map(() => '?').join(',')})`,
      [theme, ...ids],
    );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.map((id) => byId.get(id)).filter((r): r is MessageRow => r !== undefined);
  };
  let computed = (JSON.parse(node.quotes) as number[]).filter((id) => !removed.has(id) && !pinned.includes(id));
  if (read(computed).length < 3)
    computed = [...computed, ...typicalTexts(db, theme, JSON.parse(node.terms) as string[], new Set([...removed, ...pinned, ...computed]))];
  const shown = read(computed).slice(0, QUOTES);
  return {
    quotes: [...read(pinned).map((r) => ({ ...toMessage(r), pinned: true })), ...shown.map((r) => ({ ...toMessage(r), pinned: false }))],
    removed: read([...removed]).map(toMessage),
  };
}

/** Texts of the theme holding most of its distinctive words, of a readable length, no two alike. */
function typicalTexts(db: Db, theme: number, terms: readonly string[], skip: ReadonlySet<number>): number[] {
  const words = terms.map((t) => t.toLowerCase());
  const rows = db.all<{ id: number; text: string }>(
    `SELECT i.id AS id, i.text AS text FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id WHERE tm.theme_id = ? LIMIT ${FALLBACK_SAMPLE}`,
    [theme],
  );
  const seen = new Set<string>();
  return rows
    .filter((r) => !skip.has(Number(r.id)))
    .map((r) => {
      const lower = r.text.toLowerCase();
      const length = lower.split(/\s+/).length;
      return { id: Number(r.id), lower, score: words.filter((w) => lower.includes(w)).length - Math.abs(length - 14) / 30 };
    })
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .filter((r) => !seen.has(r.lower) && (seen.add(r.lower), true))
    .slice(0, QUOTES)
    .map((r) => r.id);
}
