import type { ThemeMetrics } from '../contract/themes';
import type { Db } from '../db/db';
import { BulkInsert } from '../analytics/derived/bulk-insert';
import type { LocalLabel, LocalLabels } from './labels';
import type { TextLang } from './language';

/**
 * The themes' labels in each reader's language (migration 010): written with the run, read by whoever
 * shows a theme to someone who reads one language (the themes screen, the report, the CLI).
 */

export function writeNodeLabels(db: Db, nodes: readonly { id: number; labels: LocalLabels }[]): void {
  db.run('DELETE FROM theme_node_labels');
  const rows = new BulkInsert(db, 'theme_node_labels', ['node_id', 'lang', 'label', 'terms']);
  for (const n of nodes)
    for (const lang of ['en', 'fr'] as const) rows.add([n.id, lang, n.labels[lang].label, JSON.stringify(n.labels[lang].terms)]);
  rows.flush();
}

/** Every node's label and terms in `lang`; empty for a run stored before labels had languages. */
export function readNodeLabels(db: Db, lang: TextLang): Map<number, LocalLabel> {
  return new Map(
    db
      .all<{ node_id: number; label: string; terms: string }>('SELECT node_id, label, terms FROM theme_node_labels WHERE lang = ?', [lang])
      .map((r) => [Number(r.node_id), { label: r.label, terms: JSON.parse(r.terms) as string[] }]),
  );
}

/**
 * Rows of themes with their computed label and terms replaced by `lang`'s. `computedLabel`, where a row
 * has one, tells a consultant's name (kept as given) from the engine's (replaced); without it `renamed`
 * says which themes the consultant named.
 */
export function inLanguage<T extends { id: number; label: string; terms: string[]; computedLabel?: string }>(
  rows: readonly T[],
  labels: ReadonlyMap<number, LocalLabel>,
  renamed: (row: T) => boolean = (r) => r.computedLabel !== undefined && r.label !== r.computedLabel,
): T[] {
  if (labels.size === 0) return [...rows];
  return rows.map((r) => {
    const l = labels.get(r.id);
    if (!l) return r;
    const own = renamed(r);
    return {
      ...r,
      label: own ? r.label : l.label,
      terms: l.terms,
      ...(r.computedLabel !== undefined ? { computedLabel: l.label } : {}),
    };
  });
}

/** The per-theme metrics with computed labels and terms in `lang` (as they were, without it). */
export function metricsInLanguage(db: Db, m: ThemeMetrics, lang: TextLang | undefined): ThemeMetrics {
  return lang ? { ...m, themes: inLanguage(m.themes, readNodeLabels(db, lang)) } : m;
}
