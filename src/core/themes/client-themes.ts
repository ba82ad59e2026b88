import { BulkInsert } from '../analytics/derived/bulk-insert';
import {
  THEME_KINDS,
  THEME_RUN_STEPS,
  type ThemeQuote,
  type ThemeSettings,
  type ThemesResult,
  type ThemeSummary,
} from '../contract/themes';
import { platformSql, type ResolvedFilter } from '../analytics/metrics/filter';
import { type Db, type SqlValue, transaction } from '../db/db';
import { asUtcMs, asWeekKey, nextWeek, weekToIso } from '../util/time-keys';
import { clusterTextsAsync, type ThemeStep } from './cluster-texts';
import type { WordVectors } from './word-vectors';
import { readOverlays, replayThemeEdits } from './theme-edits';
import { readNodeLabels, writeNodeLabels } from './node-labels';
import type { TextLang } from './language';
import { writeThemeFacts } from './theme-facts';

/** The steps of a client's run: reading its texts, the engine's steps, storing the result. */
export type ClientThemeStep = 'read' | ThemeStep | 'store';
// The contract spells these steps for the shells: a step added here and not there does not compile.
const SAME_STEPS: readonly ClientThemeStep[] = THEME_RUN_STEPS satisfies readonly ClientThemeStep[];
void SAME_STEPS;

export interface ClientThemeProgress {
  step: ClientThemeStep;
  /** 0..1 across the whole run (reading and storing included). */
  fraction: number;
}

/**
 * A client's themes: the text-bearing interactions (comments, replies, DMs, story replies, chat
 * messages; the brand's own left out unless asked) clustered by clusterTexts, and the result stored in
 * the client file (migration 007) with the settings used, so every reader gets it without recomputing.
 */
export interface ComputeOptions {
  now: () => number;
  /**
   * Awaited before reading, between the engine's steps and before storing (never while storing): the
   * shell reports progress and gives its thread back there. Throwing cancels: the client file is not
   * touched until the store step, which then runs to its end.
   */
  checkpoint?: (p: ClientThemeProgress) => void | Promise<void>;
  /**
   * Start the clustering from the stored run's leaves (the run after an import): the themes move only as
   * much as the new texts make them, and the consultant's edits find them again. Without it, a fresh run.
   */
  fromStoredRun?: boolean;
  /** English word vectors (the node ring hands in the shipped ones); the run is LSA alone without them. */
  wordVectors?: WordVectors;
}

/** Reading the texts, the engine and storing, as parts of the bar (reading a million texts takes a second or two). */
const READ_SHARE = 0.03;
const STORE_FROM = 0.9;

interface TextRow {
  id: number;
  text: string;
  week: number;
  person_id: number;
}

/** Reads the texts, clusters them and replaces the stored themes, in one transaction. */
export async function computeClientThemes(db: Db, settings: ThemeSettings, opts: ComputeOptions): Promise<void> {
  const t0 = opts.now();
  await opts.checkpoint?.({ step: 'read', fraction: 0 });
  const rows = db.all<TextRow>(
    `SELECT id, text, week, person_id FROM interactions
     WHERE ${themeTextsWhere(settings.includeBrand)} ORDER BY id`,
  );
  const result = await clusterTextsAsync(
    rows.map((r) => ({ id: String(r.id), text: r.text })),
    {
      seed: settings.seed,
      granularity: settings.granularity,
      ...(opts.wordVectors ? { wordVectors: opts.wordVectors } : {}),
      ...(opts.fromStoredRun ? { previousLeaf: storedLeaves(db, rows) } : {}),
      checkpoint: (p) => opts.checkpoint?.({ step: p.step, fraction: READ_SHARE + p.fraction * (STORE_FROM - READ_SHARE) }),
    },
  );
  await opts.checkpoint?.({ step: 'store', fraction: STORE_FROM });
  const themeIds = new Set(result.themes.map((t) => t.id));
  const quotesOf = new Map(result.themes.map((t) => [t.id, t.quotes.map(Number)]));
  transaction(db, () => {
    for (const table of ['theme_runs', 'theme_nodes', 'theme_members', 'theme_weeks']) db.run(`DELETE FROM ${table}`);
    const stored = { ...settings, kinds: [...THEME_KINDS], engine: result.stats };
    db.run('INSERT INTO theme_runs (id, computed_at, settings, texts, unclassified, seconds) VALUES (1, ?, ?, ?, ?, ?)', [
      opts.now(),
      JSON.stringify(stored),
      rows.length,
      result.unclassified.length,
      (opts.now() - t0) / 1000,
    ]);
    const nodes = new BulkInsert(db, 'theme_nodes', ['id', 'parent', 'is_theme', 'label', 'terms', 'size', 'similarity', 'quotes']);
    for (const n of result.tree.nodes)
      nodes.add([
        n.id,
        n.parent ?? null,
        themeIds.has(n.id) ? 1 : 0,
        n.label,
        JSON.stringify(n.terms),
        Math.round(n.size),
        n.similarity,
        JSON.stringify(quotesOf.get(n.id) ?? []),
      ]);
    nodes.flush();
    writeNodeLabels(db, result.tree.nodes);
    const members = new BulkInsert(db, 'theme_members', ['interaction_id', 'leaf', 'theme_id', 'person_id', 'week']);
    const weeks = new Map<string, number>();
    const count = (theme: number, week: number): void => {
      const key = `${theme}:${week}`;
      weeks.set(key, (weeks.get(key) ?? 0) + 1);
    };
    rows.forEach((r, i) => {
      const theme = result.assignment[i]!;
      const leaf = result.leafOf[i]!;
      members.add([r.id, leaf >= 0 ? leaf : null, theme >= 0 ? theme : null, r.person_id, r.week]);
      count(-1, r.week);
      if (theme >= 0) count(theme, r.week);
    });
    members.flush();
    const weekRows = new BulkInsert(db, 'theme_weeks', ['theme_id', 'week', 'n']);
    for (const [key, n] of weeks) {
      const [theme, week] = key.split(':').map(Number);
      weekRows.add([theme!, week!, n]);
    }
    weekRows.flush();
    // the consultant's edits, kept across runs: replayed on the themes that still exist
    replayThemeEdits(db);
    // what themes.metrics reads of each text (day, platform, depth, author, conversation), once
    writeThemeFacts(db);
  });
}

/** Each text's leaf in the stored run (-1: new since, or unclassified). */
function storedLeaves(db: Db, rows: readonly TextRow[]): Int32Array {
  const leafOf = new Map<number, number>();
  for (const m of db.all<{ i: number; leaf: number }>('SELECT interaction_id AS i, leaf FROM theme_members WHERE leaf IS NOT NULL'))
    leafOf.set(Number(m.i), Number(m.leaf));
  return Int32Array.from(rows, (r) => leafOf.get(Number(r.id)) ?? -1);
}

/** The texts a run reads: of the theme kinds, not empty, the community's only unless the brand is included. */
function themeTextsWhere(includeBrand: boolean): string {
  const kinds = THEME_KINDS.map((k) => `'${k}'`).join(',');
  return `text IS NOT NULL AND text <> '' AND kind IN (${kinds})${includeBrand ? '' : " AND direction = 'inbound'"}`;
}

/** The settings of the stored run (to run again with them), or null when the themes were never computed. */
export function storedThemeSettings(db: Db): ThemeSettings | null {
  const run = db.get<{ settings: string }>('SELECT settings FROM theme_runs WHERE id = 1');
  if (!run) return null;
  const s = JSON.parse(run.settings) as Partial<ThemeSettings>;
  return {
    seed: s.seed ?? 1,
    includeBrand: s.includeBrand ?? false,
    ...(typeof s.granularity === 'number' ? { granularity: s.granularity } : {}),
  };
}

/**
 * Where an import starts, for themesTextsAfter: the last interaction's id when the client has themes
 * (null otherwise, so an import into a client without themes costs one lookup and nothing more).
 */
export function themesWatermark(db: Db): number | null {
  if (!db.get('SELECT 1 AS x FROM theme_runs WHERE id = 1')) return null;
  return Number(db.get<{ n: number | null }>('SELECT MAX(id) AS n FROM interactions')?.n ?? 0);
}

/** Texts the stored run would read, written after interaction `afterId` (ids only grow; read along the key). */
export function themeTextsAfter(db: Db, afterId: number): number {
  const settings = storedThemeSettings(db);
  if (!settings) return 0;
  return Number(
    db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM interactions WHERE id > ? AND ${themeTextsWhere(settings.includeBrand)}`, [afterId])
      ?.n ?? 0,
  );
}

/** Texts imported since the stored run, in no theme yet (0 when never computed). */
export function textsSinceRun(db: Db): number {
  const lastRead = Number(db.get<{ n: number | null }>('SELECT MAX(interaction_id) AS n FROM theme_members')?.n ?? 0);
  return themeTextsAfter(db, lastRead);
}

interface NodeRow {
  id: number;
  parent: number | null;
  label: string;
  terms: string;
  size: number;
  quotes: string;
}

export interface MessageRow {
  id: number;
  text: string;
  at: number;
  platform: string;
  kind: string;
  author: string;
  person: number;
}

export const MESSAGE_COLUMNS = `i.id AS id, i.text AS text, i.at AS at, i.platform AS platform, i.kind AS kind,
  COALESCE(p.name, '') AS author, i.person_id AS person`;

export function toMessage(r: MessageRow): ThemeQuote {
  return {
    id: Number(r.id),
    text: r.text,
    at: new Date(asUtcMs(Number(r.at))).toISOString(),
    platform: r.platform,
    kind: r.kind,
    author: r.author,
    person: Number(r.person),
  };
}

/**
 * The stored themes with their share, members, quotes and weekly trend (empty when never computed);
 * with `lang`, computed labels and terms in that language's words (a consultant's name as given).
 */
export function readClientThemes(db: Db, client: string, lang?: TextLang): ThemesResult {
  const run = db.get<{ computed_at: number; settings: string; texts: number; unclassified: number; seconds: number }>(
    'SELECT computed_at, settings, texts, unclassified, seconds FROM theme_runs WHERE id = 1',
  );
  if (!run) return { client, computedAt: null, settings: null, texts: 0, seconds: 0, themes: [], unclassified: 0, newTexts: 0 };
  const stored = JSON.parse(run.settings) as ThemesResult['settings'] & object;
  const texts = Number(run.texts);
  // weeks: every one from the first to the last, and each week's total for the shares
  const all = db.all<{ week: number; n: number }>('SELECT week, n FROM theme_weeks WHERE theme_id = -1 ORDER BY week');
  const totalOf = new Map(all.map((w) => [Number(w.week), Number(w.n)]));
  const weekKeys: number[] = [];
  if (all.length > 0)
    for (let w = asWeekKey(Number(all[0]!.week)); w <= Number(all[all.length - 1]!.week); w = nextWeek(w)) weekKeys.push(w);
  const byTheme = new Map<number, Map<number, number>>();
  for (const r of db.all<{ theme_id: number; week: number; n: number }>('SELECT theme_id, week, n FROM theme_weeks WHERE theme_id >= 0')) {
    const m = byTheme.get(Number(r.theme_id)) ?? new Map<number, number>();
    m.set(Number(r.week), Number(r.n));
    byTheme.set(Number(r.theme_id), m);
  }
  const people = new Map(
    db
      .all<{ theme_id: number; n: number }>(
        'SELECT theme_id, COUNT(DISTINCT person_id) AS n FROM theme_members WHERE theme_id IS NOT NULL GROUP BY theme_id',
      )
      .map((r) => [Number(r.theme_id), Number(r.n)]),
  );
  const quoteStatement = db.prepare(
    `SELECT ${MESSAGE_COLUMNS} FROM interactions i LEFT JOIN people p ON p.id = i.person_id WHERE i.id = ?`,
  );
  const overlays = readOverlays(db);
  const local = lang ? readNodeLabels(db, lang) : undefined;
  try {
    const themes: ThemeSummary[] = db
      .all<NodeRow>('SELECT id, parent, label, terms, size, quotes FROM theme_nodes WHERE is_theme = 1')
      .map((n) => {
        const id = Number(n.id);
        const counts = byTheme.get(id) ?? new Map<number, number>();
        const size = [...counts.values()].reduce((a, b) => a + b, 0);
        const quotes = (JSON.parse(n.quotes) as number[])
          .map((q) => quoteStatement.get([q]) as MessageRow | undefined)
          .filter((q): q is MessageRow => q !== undefined)
          .map(toMessage);
        return {
          id,
          label: overlays.get(id)?.label ?? local?.get(id)?.label ?? n.label,
          terms: local?.get(id)?.terms ?? (JSON.parse(n.terms) as string[]),
          size,
          share: texts > 0 ? size / texts : 0,
          members: people.get(id) ?? 0,
          parent: n.parent === null ? null : Number(n.parent),
          quotes,
          trend: weekKeys.map((w) => {
            const count = counts.get(w) ?? 0;
            const total = totalOf.get(w) ?? 0;
            return { week: weekToIso(asWeekKey(w)), count, share: total > 0 ? count / total : 0 };
          }),
        };
      })
      .sort((a, b) => b.size - a.size || a.id - b.id);
    return {
      client,
      computedAt: new Date(Number(run.computed_at)).toISOString(),
      settings: { seed: stored.seed, granularity: stored.granularity, includeBrand: stored.includeBrand, kinds: stored.kinds },
      texts,
      seconds: Number(run.seconds),
      themes,
      unclassified: Number(run.unclassified),
      newTexts: textsSinceRun(db),
    };
  } finally {
    quoteStatement.free();
  }
}

/** The texts of one theme (theme null: the unclassified ones), newest first; with a filter, those of its days and platforms. */
export function themeMessages(
  db: Db,
  theme: number | null,
  limit: number,
  offset: number,
  f?: ResolvedFilter,
): { total: number; messages: ThemeQuote[] } {
  let where = theme === null ? 'tm.theme_id IS NULL' : 'tm.theme_id = ?';
  const params: SqlValue[] = theme === null ? [] : [theme];
  if (f) {
    const plat = platformSql(f, 'i.platform');
    where += ` AND i.day BETWEEN ? AND ?${plat.sql}`;
    params.push(f.fromDay, f.toDay, ...plat.params);
  }
  const total = Number(
    db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id WHERE ${where}`,
      params,
    )?.n ?? 0,
  );
  const messages = db
    .all<MessageRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id
       LEFT JOIN people p ON p.id = i.person_id WHERE ${where} ORDER BY i.at DESC, i.id DESC LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    )
    .map(toMessage);
  return { total, messages };
}
