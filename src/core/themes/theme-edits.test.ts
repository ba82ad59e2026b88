import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { resolveFilter } from '../analytics/metrics/filter';
import { DEFAULT_ANALYTICS_SETTINGS } from '../analytics/settings/analytics-settings';
import { buildCommunity, type Ev } from '../analytics/test-community';
import type { Db } from '../db/db';
import { computeClientThemes, readClientThemes, storedThemeSettings } from './client-themes';
import { cutStoredTree, editTheme, replayThemeEdits } from './theme-edits';
import { themeMetrics } from './theme-metrics';
import { themeQuotes } from './theme-quotes';
import { hashId, jaccard, sketchOf } from './theme-sketch';
import { dayAt, DELIVERY, SCENT, storeTopicRun, themeCommunity } from './test-theme-community';

const FIRST = { delivery: 0, scent: 1, sizesA: 2, sizesB: 3, sizes: 4, rest: 5, root: 6 };
// another run: other node ids, and two scent texts drawn into delivery
const SECOND = { delivery: 13, scent: 11, sizesA: 10, sizesB: 12, sizes: 14, rest: 15, root: 16 };

const membersOf = (db: Db, theme: number) =>
  new Set(db.all<{ i: number }>('SELECT interaction_id AS i FROM theme_members WHERE theme_id = ?', [theme]).map((r) => Number(r.i)));
const metrics = (db: Db) => themeMetrics(db, 'c', resolveFilter(db, {}), DEFAULT_ANALYTICS_SETTINGS, 'week');
const idOf = (db: Db, text: string) =>
  Number(db.get<{ id: number }>('SELECT id FROM interactions WHERE text = ? ORDER BY id LIMIT 1', [text])!.id);
const themeOfText = (db: Db, text: string) =>
  Number(
    db.get<{ t: number }>(
      'SELECT tm.theme_id AS t FROM theme_members tm JOIN interactions i ON i.id = tm.interaction_id WHERE i.text = ? LIMIT 1',
      [text],
    )!.t,
  );

describe('theme sketches', () => {
  it('estimate the overlap of two sets of texts, exactly below k texts', () => {
    const a = Array.from({ length: 60 }, (_, i) => i);
    const b = Array.from({ length: 60 }, (_, i) => i + 30);
    expect(jaccard(sketchOf(a), sketchOf(b))).toBeCloseTo(30 / 90, 10);
    const big = Array.from({ length: 20000 }, (_, i) => i);
    const shifted = Array.from({ length: 20000 }, (_, i) => i + 10000);
    expect(jaccard(sketchOf(big), sketchOf(shifted))).toBeGreaterThan(0.2);
    expect(jaccard(sketchOf(big), sketchOf(shifted))).toBeLessThan(0.47);
    expect(new Set(a.map(hashId)).size).toBe(60);
  });
});

describe('the consultant’s edits', () => {
  it('rename, merge, split, hide and quote a theme, and keep them when the themes are computed again', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, themeCommunity());
    storeTopicRun(db, FIRST);
    const now = 1_780_000_000_000;
    const pin = idOf(db, DELIVERY[2]!);
    expect(editTheme(db, { kind: 'rename', theme: 0, label: 'Shipping' }, now)).toBe(true);
    expect(editTheme(db, { kind: 'quote', theme: 0, message: pin, action: 'pin' }, now)).toBe(true);
    expect(editTheme(db, { kind: 'merge', theme: 1, into: 4 }, now)).toBe(true);
    expect(editTheme(db, { kind: 'hide', theme: 4, hidden: true }, now)).toBe(true);
    // a leaf cannot split; a text of another theme cannot be pinned
    expect(editTheme(db, { kind: 'split', theme: 0 }, now)).toBe(false);
    expect(editTheme(db, { kind: 'quote', theme: 0, message: idOf(db, SCENT[0]!), action: 'pin' }, now)).toBe(false);

    const check = (ids: typeof FIRST, scentMoved: number) => {
      const m = metrics(db);
      expect(m.themes.map((t) => t.id).sort()).toEqual([ids.delivery, ids.sizes].sort());
      const delivery = m.themes.find((t) => t.id === ids.delivery)!;
      expect(delivery).toMatchObject({ label: 'Shipping', computedLabel: 'delivery parcel', hidden: false, size: 28 + scentMoved });
      expect(m.themes.find((t) => t.id === ids.sizes)).toMatchObject({ hidden: true, size: 64 - scentMoved, canSplit: true });
      expect(themeOfText(db, SCENT[5]!)).toBe(ids.sizes);
      expect(themeQuotes(db, ids.delivery).quotes[0]).toMatchObject({ id: pin, pinned: true, text: DELIVERY[2] });
      expect(readClientThemes(db, 'c').themes.find((t) => t.id === ids.delivery)!.label).toBe('Shipping');
      expect(m.editsNotApplied).toBe(0);
    };
    check(FIRST, 0);

    // the engine runs again: new node ids, the line drawn a little elsewhere; the log is replayed
    storeTopicRun(db, SECOND, 2);
    expect(metrics(db).themes.find((t) => t.id === SECOND.delivery)!.label).toBe('delivery parcel');
    expect(replayThemeEdits(db)).toEqual({ applied: 4, notApplied: 0 });
    check(SECOND, 2);

    // split gives the merged theme back first, then the tree's children
    expect(editTheme(db, { kind: 'split', theme: SECOND.sizes }, now)).toBe(true);
    expect(
      metrics(db)
        .themes.map((t) => t.id)
        .sort((a, b) => a - b),
    ).toEqual([SECOND.scent, SECOND.delivery, SECOND.sizes]);
    expect(editTheme(db, { kind: 'split', theme: SECOND.sizes }, now)).toBe(true);
    const parts = metrics(db).themes;
    expect(parts.map((t) => t.id).sort((a, b) => a - b)).toEqual([SECOND.sizesA, SECOND.scent, SECOND.sizesB, SECOND.delivery]);
    expect(parts.find((t) => t.id === SECOND.sizesA)!.size).toBe(16);
    // a part of a split has no engine quotes: it gets the texts with most of its words
    expect(themeQuotes(db, SECOND.sizesA).quotes.length).toBeGreaterThanOrEqual(3);

    // a theme that no longer exists: its edits wait, not applied
    storeTopicRun(db, { ...FIRST }, 20);
    const replay = replayThemeEdits(db);
    expect(replay.notApplied).toBeGreaterThan(0);
    expect(metrics(db).editsNotApplied).toBe(replay.notApplied);
  });

  it('survive a real re-run of the engine and a new cut of the tree', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, themeCommunity());
    await computeClientThemes(db, { seed: 2, includeBrand: false, granularity: 0 }, { now: () => 1 });
    const delivery = themeOfText(db, DELIVERY[0]!);
    const before = membersOf(db, delivery);
    expect(editTheme(db, { kind: 'rename', theme: delivery, label: 'Livraison' }, 2)).toBe(true);
    // the texts move a little before the next run: three comments of the other theme now speak of a late parcel
    db.run(
      `UPDATE interactions SET text = ? WHERE id IN (
         SELECT interaction_id FROM theme_members WHERE theme_id IS NOT NULL AND theme_id <> ? ORDER BY interaction_id LIMIT 3)`,
      [DELIVERY[0]!, delivery],
    );
    await computeClientThemes(db, { seed: 2, includeBrand: false, granularity: 0 }, { now: () => 3 });
    const after = membersOf(db, themeOfText(db, DELIVERY[0]!));
    // not the same lines: the theme gained the three texts
    expect(after.size).toBe(before.size + 3);
    const again = metrics(db).themes.find((t) => t.id === themeOfText(db, DELIVERY[0]!))!;
    expect(again.label).toBe('Livraison');
    expect(cutStoredTree(db, 2)).toBe(true);
    expect(metrics(db).themes.find((t) => t.id === themeOfText(db, DELIVERY[0]!))!.label).toBe('Livraison');
  });

  it('keeps the consultant’s cut of the tree as the run’s granularity, for the next run', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, wordCommunity());
    await computeClientThemes(db, { seed: 1, includeBrand: false }, { now: () => 1 });
    expect(storedThemeSettings(db)).toEqual({ seed: 1, includeBrand: false });
    const leaves = db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM theme_nodes WHERE id NOT IN (SELECT parent FROM theme_nodes WHERE parent IS NOT NULL)',
    )!.n;
    expect(leaves).toBeGreaterThan(2);
    expect(cutStoredTree(db, 3)).toBe(true);
    expect(storedThemeSettings(db)).toEqual({ seed: 1, includeBrand: false, granularity: 1 / (leaves - 2) });
    await computeClientThemes(db, storedThemeSettings(db)!, { now: () => 2 });
    expect(readClientThemes(db, 'c').themes).toHaveLength(3);
  });
});

/** Four topics, each a set of five words said three and four at a time by different members: 60 distinct texts, several leaves. */
function wordCommunity(): Ev[] {
  const topics = [
    ['parcel', 'delivery', 'late', 'courier', 'tracking'],
    ['candle', 'scent', 'vanilla', 'smell', 'fragrance'],
    ['size', 'small', 'large', 'fit', 'medium'],
    ['price', 'expensive', 'discount', 'cheap', 'promo'],
  ];
  const ev: Ev[] = [];
  let n = 0;
  for (const words of topics)
    for (let mask = 0; mask < 32; mask++) {
      const chosen = words.filter((_, i) => mask & (1 << i));
      if (chosen.length < 3 || chosen.length > 4) continue;
      const i = n++;
      ev.push({ who: `m${i}`, kind: 'comment', at: dayAt(i % 100), text: chosen.join(' '), post: `p${i % 10}` });
    }
  return ev;
}
