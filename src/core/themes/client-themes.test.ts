import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { BRAND, buildCommunity, type Ev } from '../analytics/test-community';
import { computeClientThemes, readClientThemes, themeMessages } from './client-themes';

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
    computeClientThemes(
      db,
      { seed: 1, includeBrand: false, granularity: 0 },
      { now: () => 1_780_000_000_000, checkpoint: (p) => steps.add(p.step) },
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
    computeClientThemes(db, { seed: 2, includeBrand: true }, { now: () => 1_780_000_100_000 });
    const again = readClientThemes(db, 'c');
    expect(again.texts).toBe(14);
    expect(again.settings).toMatchObject({ seed: 2, includeBrand: true });
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM theme_members')!.n).toBe(14);
  });
});
