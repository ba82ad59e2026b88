import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { BRAND, buildCommunity, type Ev } from '../analytics/test-community';
import type { Db } from '../db/db';
import { THEME_RUN_STEPS } from '../contract/themes';
import {
  type ClientThemeProgress,
  computeClientThemes,
  readClientThemes,
  storedThemeSettings,
  textsSinceRun,
  themeMessages,
  themesWatermark,
  themeTextsAfter,
} from './client-themes';
import { editTheme } from './theme-edits';

// Two topics, each said by several members over two weeks, plus a brand answer, a like and a text of stop words.
const DELIVERY = [
  'My parcel delivery is late, where is my order?',
  'La livraison de mon colis est en retard',
  'The delivery of my order took two weeks',
  'Order received but the parcel was damaged',
  'Colis reçu mais la commande était abîmée',
  'Still waiting for my parcel, delivery is so slow',
];
const SCENT = [
  'This candle smells amazing, the vanilla scent is perfect',
  'Cette bougie sent trop bon, le parfum vanille est parfait',
  'The scent of the fig candle fills the whole room',
  'I love the smell of this candle, vanilla is my favourite',
  'Le parfum de la bougie figue est incroyable',
  'Which candle scent is best for a bedroom?',
];
const day = (d: number, h = 10): string => `2026-03-${String(d).padStart(2, '0')} ${String(h).padStart(2, '0')}:00`;
const EVENTS: Ev[] = [
  ...DELIVERY.map((text, i): Ev => ({ who: `d${i}`, kind: i % 2 ? 'dm' : 'comment', at: day(2 + i * 2), text, post: 'p' })),
  ...SCENT.map((text, i): Ev => ({ who: `s${i}`, kind: 'comment', at: day(3 + i * 2), text, post: 'p' })),
  { who: BRAND, kind: 'reply', at: day(4, 12), text: 'Thank you, we are sorry for the delivery delay', post: 'p' },
  { who: 'x', kind: 'like', at: day(5), post: 'p' },
  { who: 'y', kind: 'comment', at: day(6), text: 'and then of the', post: 'p' },
];

describe('client themes', () => {
  it('reads members’ texts only, stores the themes with their settings, and reads them back with shares and weekly trends', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, EVENTS);
    expect(readClientThemes(db, 'c')).toMatchObject({ computedAt: null, themes: [], unclassified: 0 });
    const steps = new Set<string>();
    await computeClientThemes(
      db,
      { seed: 1, includeBrand: false, granularity: 0 },
      { now: () => 1_780_000_000_000, checkpoint: (p) => void steps.add(p.step) },
    );
    expect(steps.has('cluster')).toBe(true);
    const r = readClientThemes(db, 'c');
    // 12 members' texts and the emoji; the brand's reply and the like are not read
    expect(r.texts).toBe(13);
    expect(r.settings).toMatchObject({ seed: 1, includeBrand: false, granularity: 0, kinds: expect.arrayContaining(['comment', 'dm']) });
    expect(r.computedAt).toBe(new Date(1_780_000_000_000).toISOString());
    expect(r.themes).toHaveLength(2);
    expect(r.themes.reduce((s, t) => s + t.size, 0) + r.unclassified).toBe(13);
    expect(r.unclassified).toBeGreaterThanOrEqual(1); // stop words alone
    for (const t of r.themes) {
      expect(t.share).toBeCloseTo(t.size / 13, 10);
      expect(t.members).toBe(t.size); // one text per member here
      expect(t.quotes.length).toBeGreaterThan(0);
      expect(t.trend.reduce((s, w) => s + w.count, 0)).toBe(t.size);
      expect(t.trend[0]!.week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // the two topics are apart, French with English
    const deliveryTheme = r.themes.find((t) => t.quotes.some((q) => DELIVERY.includes(q.text)))!;
    const messages = themeMessages(db, deliveryTheme.id, 100, 0);
    expect(messages.total).toBe(deliveryTheme.size);
    const texts = messages.messages.map((m) => m.text);
    expect(texts.filter((t) => DELIVERY.includes(t)).length).toBeGreaterThanOrEqual(5);
    expect(texts.filter((t) => SCENT.includes(t)).length).toBeLessThanOrEqual(1);
    expect(themeMessages(db, null, 10, 0).messages.map((m) => m.text)).toContain('and then of the');

    // with the brand: its reply is read too, and computing again replaces the stored run
    await computeClientThemes(db, { seed: 2, includeBrand: true }, { now: () => 1_780_000_100_000 });
    const again = readClientThemes(db, 'c');
    expect(again.texts).toBe(14);
    expect(again.settings).toMatchObject({ seed: 2, includeBrand: true });
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM theme_members')!.n).toBe(14);
  });

  it('reports its steps in order, the fraction rising from 0', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, EVENTS);
    const seen: ClientThemeProgress[] = [];
    await computeClientThemes(db, { seed: 1, includeBrand: false }, { now: () => 1, checkpoint: (p) => void seen.push(p) });
    expect([...new Set(seen.map((p) => p.step))]).toEqual([...THEME_RUN_STEPS]);
    expect(seen[0]).toEqual({ step: 'read', fraction: 0 });
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.fraction).toBeGreaterThan(seen[i - 1]!.fraction);
    expect(seen.at(-1)!.step).toBe('store');
    expect(seen.at(-1)!.fraction).toBeLessThan(1);
  });

  it('cancelled at any step (its checkpoint throws), leaves the stored themes and the edits exactly as they were', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, EVENTS);
    await computeClientThemes(db, { seed: 1, includeBrand: false }, { now: () => 1 });
    const first = readClientThemes(db, 'c').themes[0]!.id;
    expect(editTheme(db, { kind: 'rename', theme: first, label: 'Mine' }, 2)).toBe(true);
    const before = snapshot(db);
    for (const stop of THEME_RUN_STEPS) {
      const stopped = computeClientThemes(
        db,
        // other settings: a run that went through would store other themes
        { seed: 9, includeBrand: true, granularity: 1 },
        {
          now: () => 3,
          checkpoint: (p) => {
            if (p.step === stop) throw new Error(`stopped at ${stop}`);
          },
        },
      );
      await expect(stopped).rejects.toThrow(`stopped at ${stop}`);
      expect(snapshot(db)).toEqual(before);
    }
    expect(readClientThemes(db, 'c').themes.find((t) => t.id === first)!.label).toBe('Mine');
  });

  it('counts the texts imported after the run, of its kinds and of members only unless the brand was included', async () => {
    const db = await memoryClientDb();
    buildCommunity(db, EVENTS);
    expect(themesWatermark(db)).toBeNull(); // no themes: an import is not watched
    await computeClientThemes(db, { seed: 1, includeBrand: false }, { now: () => 1 });
    const mark = themesWatermark(db)!;
    expect(mark).toBe(db.get<{ n: number }>('SELECT MAX(id) AS n FROM interactions')!.n);
    expect(textsSinceRun(db)).toBe(0);
    expect(readClientThemes(db, 'c').newTexts).toBe(0);
    copyLast(db, "direction = 'inbound' AND text IS NOT NULL"); // a member's text
    copyLast(db, "direction = 'outbound'"); // the brand's reply
    copyLast(db, "kind = 'like'"); // no text
    expect(themeTextsAfter(db, mark)).toBe(1);
    expect(readClientThemes(db, 'c').newTexts).toBe(1);
    // a run that counts the brand counts its new reply too
    db.run(`UPDATE theme_runs SET settings = json_set(settings, '$.includeBrand', json('true'))`);
    expect(textsSinceRun(db)).toBe(2);
    await computeClientThemes(db, storedThemeSettings(db)!, { now: () => 2 });
    expect(readClientThemes(db, 'c')).toMatchObject({ texts: 16, newTexts: 0 });
  });
});

/** Every table a run or an edit writes, as it is. */
function snapshot(db: Db): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of ['theme_runs', 'theme_nodes', 'theme_members', 'theme_weeks', 'theme_edits', 'theme_overlay'])
    out[t] = db.all(`SELECT * FROM ${t} ORDER BY 1, 2`);
  return out;
}

/** A copy of the last interaction matching `where`, with the next id (as an import would add it). */
function copyLast(db: Db, where: string): void {
  const cols = db.all<{ name: string }>('PRAGMA table_info(interactions)').map((c) => c.name);
  const select = cols.map((c) => (c === 'id' ? '(SELECT MAX(id) + 1 FROM interactions)' : c === 'key' ? "key || '-copy'" : c)).join(', ');
  db.run(`INSERT INTO interactions SELECT ${select} FROM interactions WHERE id = (SELECT MAX(id) FROM interactions WHERE ${where})`);
}
