import type { ThemeMetrics, ThemeMetricsRow } from '../contract/themes';
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
 * Theme rows with their computed label and terms replaced by `lang`'s. A row whose label differs from its
 * computed one carries the consultant's name: kept as given.
 */
function inLanguage(rows: readonly ThemeMetricsRow[], labels: ReadonlyMap<number, LocalLabel>): ThemeMetricsRow[] {
  return rows.map((r) => {
    const l = labels.get(r.id);
    if (!l) return r;
    return { ...r, label: r.label === r.computedLabel ? l.label : r.label, computedLabel: l.label, terms: l.terms };
  });
}

/** The per-theme metrics with computed labels and terms in `lang` (as they were, without it). */
export function metricsInLanguage(db: Db, m: ThemeMetrics, lang: TextLang | undefined): ThemeMetrics {
  return lang ? { ...m, themes: inLanguage(m.themes, readNodeLabels(db, lang)) } : m;
}
