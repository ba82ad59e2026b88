import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { resolveFilter } from '../analytics/metrics/filter';
import { DEFAULT_ANALYTICS_SETTINGS } from '../analytics/settings/analytics-settings';
import { buildCommunity } from '../analytics/test-community';
import type { MetricsFilter } from '../contract/metrics';
import type { Db } from '../db/db';
import { editTheme } from '../themes/theme-edits';
import { themeMetrics } from '../themes/theme-metrics';
import { DELIVERY, storeTopicRun, themeCommunity } from '../themes/test-theme-community';
import { buildReportModel } from './build-model';
import { collectReportData } from './collect';
import type { ReportBlock } from './model';
import { collectReportThemes } from './report-themes';
import { monthlyTrend } from './section-themes';

const IDS = { delivery: 0, scent: 1, sizesA: 2, sizesB: 3, sizes: 4, rest: 5, root: 6 };
/** Week 12 of the test community (its last four weeks, when delivery rises from one DM a week to four). */
const LAST_WEEKS: MetricsFilter = { from: '2026-03-30' };
const NOW = 1_780_000_000_000;

async function community(): Promise<Db> {
  const db = await memoryClientDb();
  buildCommunity(db, themeCommunity());
  storeTopicRun(db, IDS);
  return db;
}
const idOf = (db: Db, text: string, fromDay = 0) =>
  Number(db.get<{ id: number }>('SELECT id FROM interactions WHERE text = ? AND day >= ? ORDER BY id LIMIT 1', [text, fromDay])!.id);
const dayOf = (db: Db, id: number) => Number(db.get<{ day: number }>('SELECT day FROM interactions WHERE id = ?', [id])!.day);

describe('the report’s themes', () => {
  it('are the themes screen’s numbers under the report’s filters, without hidden themes or quotes from outside the period', async () => {
    const db = await community();
    const early = idOf(db, DELIVERY[0]!);
    const late = idOf(db, DELIVERY[1]!, resolveFilter(db, LAST_WEEKS).fromDay);
    expect(editTheme(db, { kind: 'hide', theme: IDS.scent, hidden: true }, NOW)).toBe(true);
    expect(editTheme(db, { kind: 'quote', theme: IDS.delivery, message: early, action: 'pin' }, NOW)).toBe(true);
    expect(editTheme(db, { kind: 'quote', theme: IDS.delivery, message: late, action: 'remove' }, NOW)).toBe(true);

    const f = resolveFilter(db, LAST_WEEKS);
    const r = collectReportThemes(db, 'c', f, DEFAULT_ANALYTICS_SETTINGS);
    const screen = themeMetrics(db, 'c', f, DEFAULT_ANALYTICS_SETTINGS, 'month');
    // delivery: four DMs a week in the last four weeks, against two scent and two size comments
    expect(r.top.map((x) => x.row.id)).toEqual([IDS.delivery, IDS.sizes]);
    expect(r.top[0]!.row.share).toBeCloseTo(16 / 32, 10);
    expect(r.top[0]!.row).toEqual(screen.themes.find((x) => x.id === IDS.delivery));
    const quotes = r.top[0]!.quotes;
    expect(quotes.length).toBe(3);
    expect(new Set(quotes.map((q) => q.text.toLowerCase())).size).toBe(3);
    for (const q of quotes) {
      expect(dayOf(db, q.id)).toBeGreaterThanOrEqual(f.fromDay);
      expect(DELIVERY).toContain(q.text);
    }
    // the pinned text is from January, outside the period; the removed one is never printed
    expect(quotes.map((q) => q.id)).not.toContain(early);
    expect(quotes.map((q) => q.id)).not.toContain(late);
    // over the whole period the pinned quote comes first
    const all = collectReportThemes(db, 'c', resolveFilter(db, {}), DEFAULT_ANALYTICS_SETTINGS);
    const delivery = all.top.find((x) => x.row.id === IDS.delivery)!;
    expect(all.top.map((x) => x.row.id)).toEqual([IDS.sizes, IDS.delivery]);
    expect(delivery.quotes[0]!.id).toBe(early);
    expect(delivery.row.share).toBeCloseTo(28 / 92, 10);
  });

  it('print the emergence test’s themes with their ratio, and say when the period is too short to test', async () => {
    const db = await community();
    const blocksOf = (filter: MetricsFilter, lang: 'en' | 'fr') =>
      buildReportModel(collectReportData(db, 'c', filter), {
        lang,
        pseudonymize: false,
        branding: {},
        today: '2026-04-27',
        sections: ['themes'],
      }).sections[0]!.blocks;
    const text = (bs: ReportBlock[]) => JSON.stringify(bs);

    const whole = blocksOf({}, 'en');
    const list = whole.find((b) => b.type === 'list');
    // delivery: 1 of 5 texts a week before, 4 of 8 in the last four weeks
    expect(list).toEqual({
      type: 'list',
      items: [expect.stringMatching(/^delivery parcel: 50% of the texts in the last four weeks against 20% before \(×2\.5, p = /)],
    });
    expect(text(whole)).toMatch(/Bonferroni correction over the 3 themes/);
    expect(text(whole)).not.toMatch(/candle scent: /);
    const table = whole.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.table.rows.map((r) => r[0])).toEqual(['candle scent', 'size sweater', 'delivery parcel']);
    expect(whole.some((b) => b.type === 'chart' && b.chart.id === 'theme-heatmap')).toBe(true);

    const fr = blocksOf({}, 'fr');
    expect(text(fr)).toMatch(/delivery parcel : 50\s% des textes ces quatre dernières semaines contre 20\s% avant \(×2,5, p = /);

    const short = blocksOf(LAST_WEEKS, 'en');
    expect(text(short)).toMatch(/too few complete weeks to test which themes are emerging/);
    expect(short.some((b) => b.type === 'list')).toBe(false);
  });

  it('call a theme rising or falling from the months that hold texts, not the empty ones', () => {
    const flat = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1];
    expect(monthlyTrend(flat, [5, 5, 5, 5, 5, 5])).toBe('stable');
    // years of empty months before would make a flat theme look rising
    expect(monthlyTrend([0, 0, 0, 0, 0, 0, ...flat], [0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5])).toBe('stable');
    expect(monthlyTrend([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 0.3, 0.3], [5, 5, 5, 5, 5, 5, 5, 5, 5])).toBe('rising');
    expect(monthlyTrend([0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.05, 0.05, 0.05], [5, 5, 5, 5, 5, 5, 5, 5, 5])).toBe('falling');
    expect(monthlyTrend([0.1, 0.5], [5, 5])).toBe('stable');
  });
});
