import { THEME_KINDS } from '../contract/themes';
import type { Db } from '../db/db';
import { hungarianAccuracy, nmi } from '../themes/metrics';
import type { TopicLabels } from './topic-labels';
import { CHATTER } from './topics';

export interface TopicScore {
  /** Texts the themes run read, and how many of them carry a recorded topic (one, unambiguous). */
  texts: number;
  labelled: number;
  /** Over texts drawn from a topic (chatter left out), the themes' unclassified group a cluster of its own. */
  topical: { texts: number; nmi: number; accuracy: number; unclassified: number };
  /** Over every labelled text, chatter as a class of its own. */
  all: { nmi: number; accuracy: number };
  /** Share of chatter among the unclassified texts. */
  chatterInUnclassified: number;
  /** Per theme: its label and the topics of its texts, largest first. */
  themes: { id: number; label: string; size: number; topics: [string, number][] }[];
}

/** Scores a client's stored themes against the topics the generator recorded for its texts. */
export function scoreThemes(db: Db, labels: TopicLabels): TopicScore {
  const kinds = THEME_KINDS.map((k) => `'${k}'`).join(',');
  const rows = db.all<{ text: string; theme: number | null }>(
    `SELECT i.text AS text, tm.theme_id AS theme FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id
     WHERE i.kind IN (${kinds}) ORDER BY i.id`,
  );
  const labelOf = new Map<string, number>();
  const id = (t: string) => labelOf.get(t) ?? labelOf.set(t, labelOf.size).get(t)!;
  const all: { topic: string; theme: number }[] = [];
  for (const r of rows) {
    const topic = labels.topicOf(r.text);
    if (topic) all.push({ topic, theme: r.theme === null ? -1 : Number(r.theme) });
  }
  const topical = all.filter((x) => x.topic !== CHATTER);
  const unclassified = all.filter((x) => x.theme === -1);
  const names = new Map(
    db.all<{ id: number; label: string }>('SELECT id, label FROM theme_nodes WHERE is_theme = 1').map((n) => [Number(n.id), n.label]),
  );
  const byTheme = new Map<number, Map<string, number>>();
  for (const x of all) {
    const m = byTheme.get(x.theme) ?? new Map<string, number>();
    m.set(x.topic, (m.get(x.topic) ?? 0) + 1);
    byTheme.set(x.theme, m);
  }
  return {
    texts: rows.length,
    labelled: all.length,
    topical: {
      texts: topical.length,
      nmi: nmi(
        topical.map((x) => id(x.topic)),
        topical.map((x) => x.theme),
      ),
      accuracy: hungarianAccuracy(
        topical.map((x) => id(x.topic)),
        topical.map((x) => x.theme),
      ),
      unclassified: topical.filter((x) => x.theme === -1).length,
    },
    all: {
      nmi: nmi(
        all.map((x) => id(x.topic)),
        all.map((x) => x.theme),
      ),
      accuracy: hungarianAccuracy(
        all.map((x) => id(x.topic)),
        all.map((x) => x.theme),
      ),
    },
    chatterInUnclassified: unclassified.length === 0 ? 0 : unclassified.filter((x) => x.topic === CHATTER).length / unclassified.length,
    themes: [...byTheme]
      .map(([theme, m]) => ({
        id: theme,
        label: names.get(theme) ?? '(unclassified)',
        size: [...m.values()].reduce((a, b) => a + b, 0),
        topics: [...m].sort((a, b) => b[1] - a[1]),
      }))
      .sort((a, b) => b.size - a.size),
  };
}
