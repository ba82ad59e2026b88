import type { AnalyticsSettings } from '../contract/analytics-settings';
import type { Interval } from '../contract/metrics';
import { type ThemeMetrics, type ThemeMetricsRow } from '../contract/themes';
import type { Db } from '../db/db';
import { platformSql, periodElapsed, periodStartsInside, type ResolvedFilter } from '../analytics/metrics/filter';
import { CONVERSATION_OF_MESSAGE } from '../analytics/metrics/conversation-rows';
import { readNumbers } from '../analytics/metrics/query-util';
import { addTo, type Histogram, median, rate } from '../analytics/model/stats';
import { period, type PeriodKey } from '../analytics/model/periods';
import { addDays, asDayNumber, dayToIso, earliest, latest, weekOfDay, weekStart } from '../util/time-keys';
import { BEFORE_WEEKS, EMERGENCE_TEST, emergence, RECENT_WEEKS } from './emergence';
import { readOverlays } from './theme-edits';
import { textsSinceRun } from './client-themes';

interface Acc {
  size: number;
  depth: number;
  people: Set<number>;
  conversations: Set<number>;
  counts: number[];
  recent: number;
  before: number;
}

const acc = (periods: number): Acc => ({
  size: 0,
  depth: 0,
  people: new Set(),
  conversations: new Set(),
  counts: new Array<number>(periods).fill(0),
  recent: 0,
  before: 0,
});

/**
 * Per-theme numbers of the stored run under the shared filters: the texts of the run whose day and
 * platform the filter keeps (a member segment does not apply: a theme is what is said, not who), with
 * - share: of the run's texts under the filter (unclassified included), members: distinct authors;
 * - mean depth: the depth weight of each text (analytics README "Depth": DM, story reply, detailed or
 *   short comment; the two-way class needs the conversation's order and is read as its own kind here);
 * - response rate and median first response: of the inbound conversations (as responsiveness counts
 *   them) holding at least one of the theme's texts;
 * - texts and share per week or month, and emergence: the last RECENT_WEEKS complete weeks against up
 *   to BEFORE_WEEKS complete weeks before them (emergence.ts).
 * One read of the run's texts along the interactions' key, each tied to its conversation by one index
 * seek (CONVERSATION_OF_MESSAGE), then the awaited conversations once.
 */
export function themeMetrics(db: Db, client: string, f: ResolvedFilter, s: AnalyticsSettings, interval: Interval): ThemeMetrics {
  const run = db.get<{ computed_at: number; seconds: number }>('SELECT computed_at, seconds FROM theme_runs WHERE id = 1');
  const nodes = db.all<{ id: number; label: string; terms: string; kids: number }>(
    'SELECT n.id AS id, n.label AS label, n.terms AS terms, (SELECT COUNT(*) FROM theme_nodes c WHERE c.parent = n.id) AS kids FROM theme_nodes n WHERE n.is_theme = 1',
  );
  const leaves = Number(
    db.get<{ n: number }>('SELECT COUNT(*) AS n FROM theme_nodes n WHERE NOT EXISTS (SELECT 1 FROM theme_nodes c WHERE c.parent = n.id)')
      ?.n ?? 0,
  );
  const newTexts = run ? textsSinceRun(db) : 0;
  const editsNotApplied = Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM theme_edits WHERE applied = 0')?.n ?? 0);
  const from = latest(f.fromDay, f.firstDataDay);
  const to = earliest(f.toDay, f.lastDataDay);
  const keys: PeriodKey[] = run && f.hasData && from <= to ? period.range(interval, from, to) : [];
  const slot = new Map<number, number>(keys.map((k, i) => [k as number, i]));
  // emergence windows: whole weeks inside the range
  const firstWeek = weekOfDay(from) as number;
  const lastWeek = weekOfDay(to) as number;
  const lastComplete = weekStart(weekOfDay(to)) + 6 <= to ? lastWeek : lastWeek - 7;
  const firstComplete = weekStart(weekOfDay(from)) >= from ? firstWeek : firstWeek + 7;
  const recentFrom = lastComplete - 7 * (RECENT_WEEKS - 1);
  const beforeTo = recentFrom - 7;
  const beforeFrom = Math.max(firstComplete, recentFrom - 7 * BEFORE_WEEKS);
  const windowed = keys.length > 0 && beforeTo - beforeFrom >= 7 * (RECENT_WEEKS - 1);

  const empty: ThemeMetrics = {
    client,
    computedAt: run ? new Date(Number(run.computed_at)).toISOString() : null,
    newTexts,
    seconds: run ? Number(run.seconds) : 0,
    texts: 0,
    unclassified: { size: 0, share: 0, members: 0 },
    interval,
    periods: [],
    themes: [],
    window: null,
    cut: { themes: nodes.length, leaves },
    editsNotApplied,
  };
  if (!run || keys.length === 0) return empty;

  const w = s.depthWeights;
  const plat = platformSql(f, 'i.platform');
  const depth = `CASE WHEN i.kind = 'dm' OR ch.kind = 'dm' THEN ${w.dm} WHEN i.kind = 'story_reply' THEN ${w.storyReply}
    WHEN i.words >= ${s.detailedWords} THEN ${w.detailedComment} ELSE ${w.shortComment} END`;
  const rows = readNumbers(
    db,
    `SELECT ifnull(tm.theme_id, -1) || ',' || tm.person_id || ',' || i.day || ',' || (${depth}) || ',' || ifnull((${CONVERSATION_OF_MESSAGE}), '') AS r
     FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id LEFT JOIN channels ch ON ch.id = i.channel_id
     WHERE tm.week BETWEEN ? AND ? AND i.day BETWEEN ? AND ?${plat.sql}`,
    // the week copied onto theme_members skips the read of every text outside the range
    [firstWeek, lastWeek, from, to, ...plat.params],
  );
  const themes = new Map<number, Acc>(nodes.map((n) => [Number(n.id), acc(keys.length)]));
  const unclassified = acc(keys.length);
  const totals = new Array<number>(keys.length).fill(0);
  let recentTotal = 0;
  let beforeTotal = 0;
  for (const [theme, person, day, weight, conversation] of rows) {
    const a = theme! >= 0 ? themes.get(theme!) : unclassified;
    const i = slot.get(period.ofDay(interval, asDayNumber(day!)) as number)!;
    totals[i]!++;
    const week = weekOfDay(asDayNumber(day!)) as number;
    const recent = windowed && week >= recentFrom && week <= lastComplete;
    const before = windowed && week >= beforeFrom && week <= beforeTo;
    if (recent) recentTotal++;
    if (before) beforeTotal++;
    if (!a) continue;
    a.size++;
    a.depth += weight!;
    a.people.add(person!);
    if (!Number.isNaN(conversation!)) a.conversations.add(conversation!);
    a.counts[i]!++;
    if (recent) a.recent++;
    if (before) a.before++;
  }
  const texts = totals.reduce((x, y) => x + y, 0);
  // the conversations a response is awaited in (responsiveness' scope), with their first response in minutes
  const awaited = new Map<number, number>(
    readNumbers(
      db,
      `SELECT id || ',' || ifnull(response_min, '') AS r FROM conversations WHERE starter_id IS NOT NULL${s.responseScope === 'addressed' ? ' AND addressed = 1' : ''}`,
    ).map(([id, minutes]) => [id!, minutes!]),
  );
  const overlays = readOverlays(db);
  const tests = nodes.length;
  const out: ThemeMetricsRow[] = nodes.map((n) => {
    const id = Number(n.id);
    const a = themes.get(id)!;
    const o = overlays.get(id);
    let inbound = 0;
    let answered = 0;
    const minutes: Histogram = new Map();
    for (const c of a.conversations) {
      const m = awaited.get(c);
      if (m === undefined) continue;
      inbound++;
      if (Number.isNaN(m)) continue;
      answered++;
      addTo(minutes, m);
    }
    return {
      id,
      label: o?.label ?? n.label,
      computedLabel: n.label,
      terms: JSON.parse(n.terms) as string[],
      hidden: o?.hidden ?? false,
      canSplit: (o?.merged.length ?? 0) > 0 || Number(n.kids) > 0,
      size: a.size,
      share: texts > 0 ? a.size / texts : 0,
      members: a.people.size,
      meanDepth: a.size > 0 ? a.depth / a.size : null,
      inboundConversations: inbound,
      answered,
      responseRate: rate(answered, inbound),
      medianFirstResponseMinutes: median(minutes),
      counts: a.counts,
      shares: a.counts.map((c, i) => (totals[i]! > 0 ? c / totals[i]! : 0)),
      emergence: windowed ? emergence(a.recent, recentTotal, a.before, beforeTotal, tests) : null,
    };
  });
  out.sort((x, y) => y.size - x.size || x.id - y.id);
  return {
    ...empty,
    texts,
    unclassified: { size: unclassified.size, share: texts > 0 ? unclassified.size / texts : 0, members: unclassified.people.size },
    periods: keys.map((k, i) => ({
      start: period.iso(interval, k),
      partial: !periodStartsInside(f, interval, k) ? ('start' as const) : !periodElapsed(f, interval, k) ? ('end' as const) : null,
      total: totals[i]!,
    })),
    themes: out,
    window: windowed
      ? {
          recentFrom: dayToIso(asDayNumber(recentFrom)),
          recentTo: dayToIso(addDays(asDayNumber(lastComplete), 6)),
          beforeFrom: dayToIso(asDayNumber(beforeFrom)),
          beforeTo: dayToIso(addDays(asDayNumber(beforeTo), 6)),
          test: EMERGENCE_TEST,
        }
      : null,
  };
}
