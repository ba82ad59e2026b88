import type { AnalyticsSettings } from '../contract/analytics-settings';
import type { Interval } from '../contract/metrics';
import { type ThemeMetrics, type ThemeMetricsRow } from '../contract/themes';
import type { Db } from '../db/db';
import { platformSql, periodElapsed, periodStartsInside, type ResolvedFilter } from '../analytics/metrics/filter';
import { CONVERSATION_OF_MESSAGE } from '../analytics/metrics/conversation-rows';
import { readNumbers } from '../analytics/metrics/query-util';
import { addTo, type Histogram, median, rate } from '../analytics/model/stats';
import { period, type PeriodKey } from '../analytics/model/periods';
import { PLATFORMS } from '../domain/kinds';
import { addDays, asDayNumber, type DayNumber, dayToIso, earliest, latest, weekOfDay, weekStart } from '../util/time-keys';
import { BEFORE_WEEKS, EMERGENCE_TEST, emergence, RECENT_WEEKS } from './emergence';
import { readOverlays } from './theme-edits';
import { textsSinceRun } from './client-themes';
import { CONV_ADDRESSED, CONV_STARTED_BY_MEMBER, DEPTH_DM, DEPTH_STORY_REPLY, readThemeFacts, type ThemeFacts } from './theme-facts';

/** One theme's counts under the filter (or the unclassified texts'). */
interface Tally {
  size: number;
  depth: number;
  members: number;
  counts: number[];
  recent: number;
  before: number;
  /** Distinct awaited conversations holding one of its texts, those answered, their first responses in minutes. */
  inbound: number;
  answered: number;
  minutes: Histogram;
}

const tally = (periods: number): Tally => ({
  size: 0,
  depth: 0,
  members: 0,
  counts: new Array<number>(periods).fill(0),
  recent: 0,
  before: 0,
  inbound: 0,
  answered: 0,
  minutes: new Map(),
});

interface Tallies {
  themes: Map<number, Tally>;
  unclassified: Tally;
  /** Texts per period, and in the emergence windows: every text under the filter, unclassified included. */
  totals: number[];
  recentTotal: number;
  beforeTotal: number;
}

/** The range read and how a day falls in it: its period, and the emergence windows (week keys). */
interface Range {
  interval: Interval;
  from: DayNumber;
  to: DayNumber;
  firstWeek: number;
  lastWeek: number;
  slot: Map<number, number>;
  windowed: boolean;
  recentFrom: number;
  lastComplete: number;
  beforeFrom: number;
  beforeTo: number;
}

/** Where the counts come from: the facts the run stored when they hold (else the interactions), or always the interactions. */
export type ThemeMetricsSource = 'stored' | 'interactions';

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
 * Read from the facts the run stored per text (theme-facts.ts: one pass over arrays); when they are
 * missing or stale, or with `source` 'interactions', from the run's texts joined to the interactions,
 * each tied to its conversation by one index seek (the same numbers, ~2–7 µs a text).
 */
export function themeMetrics(
  db: Db,
  client: string,
  f: ResolvedFilter,
  s: AnalyticsSettings,
  interval: Interval,
  source: ThemeMetricsSource = 'stored',
): ThemeMetrics {
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
  // emergence windows: whole weeks inside the range
  const firstWeek = weekOfDay(from) as number;
  const lastWeek = weekOfDay(to) as number;
  const lastComplete = weekStart(weekOfDay(to)) + 6 <= to ? lastWeek : lastWeek - 7;
  const firstComplete = weekStart(weekOfDay(from)) >= from ? firstWeek : firstWeek + 7;
  const recentFrom = lastComplete - 7 * (RECENT_WEEKS - 1);
  const beforeTo = recentFrom - 7;
  const beforeFrom = Math.max(firstComplete, recentFrom - 7 * BEFORE_WEEKS);
  const windowed = keys.length > 0 && beforeTo - beforeFrom >= 7 * (RECENT_WEEKS - 1);
  const range: Range = {
    interval,
    from,
    to,
    firstWeek,
    lastWeek,
    slot: new Map<number, number>(keys.map((k, i) => [k as number, i])),
    windowed,
    recentFrom,
    lastComplete,
    beforeFrom,
    beforeTo,
  };

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

  const themeIds = nodes.map((n) => Number(n.id));
  const stored = source === 'stored' ? readThemeFacts(db) : null;
  const t = stored
    ? fromFacts(stored.facts, stored.themeOf, f, s, range, themeIds, keys.length)
    : fromInteractions(db, f, s, range, themeIds, keys.length);
  const { totals, unclassified } = t;
  const texts = totals.reduce((x, y) => x + y, 0);
  const overlays = readOverlays(db);
  const tests = nodes.length;
  const out: ThemeMetricsRow[] = nodes.map((n) => {
    const id = Number(n.id);
    const a = t.themes.get(id)!;
    const o = overlays.get(id);
    return {
      id,
      label: o?.label ?? n.label,
      computedLabel: n.label,
      terms: JSON.parse(n.terms) as string[],
      hidden: o?.hidden ?? false,
      canSplit: (o?.merged.length ?? 0) > 0 || Number(n.kids) > 0,
      size: a.size,
      share: texts > 0 ? a.size / texts : 0,
      members: a.members,
      meanDepth: a.size > 0 ? a.depth / a.size : null,
      inboundConversations: a.inbound,
      answered: a.answered,
      responseRate: rate(a.answered, a.inbound),
      medianFirstResponseMinutes: median(a.minutes),
      counts: a.counts,
      shares: a.counts.map((c, i) => (totals[i]! > 0 ? c / totals[i]! : 0)),
      emergence: windowed ? emergence(a.recent, t.recentTotal, a.before, t.beforeTotal, tests) : null,
    };
  });
  out.sort((x, y) => y.size - x.size || x.id - y.id);
  return {
    ...empty,
    texts,
    unclassified: { size: unclassified.size, share: texts > 0 ? unclassified.size / texts : 0, members: unclassified.members },
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

/** Whether a week key falls in the recent or the earlier emergence window. */
const inRecent = (r: Range, week: number) => r.windowed && week >= r.recentFrom && week <= r.lastComplete;
const inBefore = (r: Range, week: number) => r.windowed && week >= r.beforeFrom && week <= r.beforeTo;

/**
 * The counts from the interactions: one read of the run's texts along the interactions' key, each tied
 * to its conversation by one index seek (CONVERSATION_OF_MESSAGE), then the awaited conversations once.
 */
function fromInteractions(
  db: Db,
  f: ResolvedFilter,
  s: AnalyticsSettings,
  r: Range,
  themeIds: readonly number[],
  periods: number,
): Tallies {
  const w = s.depthWeights;
  const plat = platformSql(f, 'i.platform');
  const depth = `CASE WHEN i.kind = 'dm' OR ch.kind = 'dm' THEN ${w.dm} WHEN i.kind = 'story_reply' THEN ${w.storyReply}
    WHEN i.words >= ${s.detailedWords} THEN ${w.detailedComment} ELSE ${w.shortComment} END`;
  const rows = readNumbers(
    db,
    `SELECT ifnull(tm.theme_id, -1) || ',' || tm.person_id || ',' || i.day || ',' || (${depth}) || ',' || ifnull((${CONVERSATION_OF_MESSAGE}), '') AS r
     FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id LEFT JOIN channels ch ON ch.id = i.channel_id
     WHERE tm.week BETWEEN ? AND ? AND i.day BETWEEN ? AND ?${plat.sql}`,
    // The week copied onto theme_members skips the read of every text outside the range. It is the week
    // at the run: a later change of time zone moves a day by less than a week, hence the week of margin.
    [r.firstWeek - 7, r.lastWeek + 7, r.from, r.to, ...plat.params],
  );
  const people = new Map<Tally, Set<number>>();
  const conversations = new Map<Tally, Set<number>>();
  const t = emptyTallies(themeIds, periods);
  for (const a of [...t.themes.values(), t.unclassified]) {
    people.set(a, new Set());
    conversations.set(a, new Set());
  }
  for (const [theme, person, day, weight, conversation] of rows) {
    const a = theme! >= 0 ? t.themes.get(theme!) : t.unclassified;
    const i = r.slot.get(period.ofDay(r.interval, asDayNumber(day!)) as number)!;
    t.totals[i]!++;
    const week = weekOfDay(asDayNumber(day!)) as number;
    const recent = inRecent(r, week);
    const before = inBefore(r, week);
    if (recent) t.recentTotal++;
    if (before) t.beforeTotal++;
    if (!a) continue;
    a.size++;
    a.depth += weight!;
    people.get(a)!.add(person!);
    if (!Number.isNaN(conversation!)) conversations.get(a)!.add(conversation!);
    a.counts[i]!++;
    if (recent) a.recent++;
    if (before) a.before++;
  }
  // the conversations a response is awaited in (responsiveness' scope), with their first response in minutes
  const awaited = new Map<number, number>(
    readNumbers(
      db,
      `SELECT id || ',' || ifnull(response_min, '') AS r FROM conversations WHERE starter_id IS NOT NULL${s.responseScope === 'addressed' ? ' AND addressed = 1' : ''}`,
    ).map(([id, minutes]) => [id!, minutes!]),
  );
  for (const [a, set] of people) a.members = set.size;
  for (const [a, set] of conversations)
    for (const c of set) {
      const m = awaited.get(c);
      if (m === undefined) continue;
      a.inbound++;
      if (Number.isNaN(m)) continue;
      a.answered++;
      addTo(a.minutes, m);
    }
  return t;
}

function emptyTallies(themeIds: readonly number[], periods: number): Tallies {
  return {
    themes: new Map(themeIds.map((id) => [id, tally(periods)])),
    unclassified: tally(periods),
    totals: new Array<number>(periods).fill(0),
    recentTotal: 0,
    beforeTotal: 0,
  };
}

/**
 * The same counts from the stored facts: for each theme now, the day range of each of its groups (found
 * by binary search: a group's texts are sorted by day), one pass over the arrays; distinct authors and
 * conversations marked per theme in arrays instead of sets.
 */
function fromFacts(
  facts: ThemeFacts,
  themeOf: readonly (number | null)[],
  f: ResolvedFilter,
  s: AnalyticsSettings,
  r: Range,
  themeIds: readonly number[],
  periods: number,
): Tallies {
  const t = emptyTallies(themeIds, periods);
  const span = r.to - r.from + 1;
  const slotOfDay = new Int32Array(span);
  const recentDay = new Uint8Array(span);
  const beforeDay = new Uint8Array(span);
  for (let d = 0; d < span; d++) {
    const day = asDayNumber(r.from + d);
    slotOfDay[d] = r.slot.get(period.ofDay(r.interval, day) as number)!;
    const week = weekOfDay(day) as number;
    recentDay[d] = inRecent(r, week) ? 1 : 0;
    beforeDay[d] = inBefore(r, week) ? 1 : 0;
  }
  const allowed = new Uint8Array(256).fill(f.platforms ? 0 : 1);
  for (const p of f.platforms ?? []) allowed[PLATFORMS.indexOf(p)] = 1;
  const w = s.depthWeights;
  const weightOf = new Float64Array(DEPTH_DM + 1);
  for (let c = 0; c <= DEPTH_DM; c++)
    weightOf[c] =
      c === DEPTH_DM ? w.dm : c === DEPTH_STORY_REPLY ? w.storyReply : c >= s.detailedWords ? w.detailedComment : w.shortComment;
  const awaitedMask = CONV_STARTED_BY_MEMBER | (s.responseScope === 'addressed' ? CONV_ADDRESSED : 0);
  const { day, platform, depth, person, conversation, convFlags, convMinutes } = facts;
  const personSeen = new Int32Array(facts.maxPerson + 1);
  const convSeen = new Int32Array(convFlags.length);
  // each theme's groups together, so that one mark per author and conversation tells them apart
  const groupsOf = new Map<number | null, number[]>();
  themeOf.forEach((theme, g) => {
    const list = groupsOf.get(theme);
    if (list) list.push(g);
    else groupsOf.set(theme, [g]);
  });
  let mark = 0;
  for (const [theme, groups] of groupsOf) {
    mark++;
    const a = theme === null ? t.unclassified : t.themes.get(theme);
    for (const g of groups) {
      const { start, size } = facts.groups[g]!;
      const end = start + size;
      for (let k = firstAtLeast(day, start, end, r.from); k < end && day[k]! <= r.to; k++) {
        if (!allowed[platform[k]!]) continue;
        const d = day[k]! - r.from;
        const i = slotOfDay[d]!;
        t.totals[i]!++;
        if (recentDay[d]) t.recentTotal++;
        if (beforeDay[d]) t.beforeTotal++;
        if (!a) continue;
        a.size++;
        a.depth += weightOf[depth[k]!]!;
        a.counts[i]!++;
        if (recentDay[d]) a.recent++;
        if (beforeDay[d]) a.before++;
        const p = person[k]!;
        if (personSeen[p] !== mark) {
          personSeen[p] = mark;
          a.members++;
        }
        const c = conversation[k]!;
        if (c < 0 || convSeen[c] === mark) continue;
        convSeen[c] = mark;
        if ((convFlags[c]! & awaitedMask) !== awaitedMask) continue;
        a.inbound++;
        const m = convMinutes[c]!;
        if (Number.isNaN(m)) continue;
        a.answered++;
        addTo(a.minutes, m);
      }
    }
  }
  return t;
}

/** The first index in [lo, hi) of a run sorted ascending whose value is at least `x` (hi if none). */
function firstAtLeast(sorted: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
