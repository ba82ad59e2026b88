import { describe, expect, it } from 'vitest';
import { memoryClientDb } from '../../node/store/memory-db';
import { buildCommunity, type Ev } from '../analytics/test-community';
import { analyse } from './analyse';
import { computeClientThemes, readClientThemes } from './client-themes';
import { clusterTexts } from './cluster-texts';
import { FrenchToEnglish } from './crosslingual';
import { topTerms } from './labels';
import { metricsInLanguage, readNodeLabels } from './node-labels';
import { editTheme } from './theme-edits';
import { themeMetrics } from './theme-metrics';
import { resolveFilter } from '../analytics/metrics/filter';
import { loadAnalyticsSettings } from '../analytics/settings/analytics-settings';

function run<T>(g: Generator<unknown, T>): T {
  for (;;) {
    const s = g.next();
    if (s.done) return s.value;
  }
}

// One theme said in both languages: the lexicon makes livraison and delivery, colis and parcel one term each.
const CANDLES = [
  'This candle smells lovely, the vanilla scent fills the room',
  'The fig candle has the best scent',
  'Cette bougie sent bon, le parfum vanille est parfait',
  'La bougie figue a le meilleur parfum du monde',
  'Which candle scent is best for a bedroom?',
  'I love the smell of this candle',
  'Quelle bougie choisir pour le salon, quel parfum ?',
  'Le parfum de cette bougie est incroyable',
];
const DELIVERY = [
  'My parcel delivery is late again',
  'The delivery of my parcel took two weeks',
  'Parcel delivery so slow, still waiting',
  'Delivery of the parcel failed twice',
  'La livraison de mon colis est en retard, je suis déçue',
  'Je attends toujours la livraison de mon colis',
  'Mon colis est perdu et la livraison a échoué',
];

describe('labels in the reader’s language', () => {
  it('shows each term in the words each language’s texts write, and keeps a word only one language writes', () => {
    const texts = [...DELIVERY, ...CANDLES].map((text, i) => ({ id: String(i), text }));
    const r = clusterTexts(texts, { seed: 1, k: 2 });
    const theme = r.themes.find((t) => t.members.includes('0'))!;
    expect(theme.labels.en.terms).toEqual(expect.arrayContaining(['delivery', 'parcel']));
    expect(theme.labels.fr.terms).toEqual(expect.arrayContaining(['livraison', 'colis']));
    expect(theme.labels.fr.terms).not.toContain('delivery');
    expect(theme.labels.en.label).toBe('parcel · delivery · waiting');
    expect(theme.labels.fr.label).toBe('colis · livraison · attends');
    // "lovely" has no French word in these texts: French readers see the English one, in its place
    const candles = r.themes.find((t) => t !== theme)!;
    expect(candles.labels.en.terms.slice(0, 4)).toEqual(['scent', 'smells', 'best', 'lovely']);
    expect(candles.labels.fr.terms.slice(0, 4)).toEqual(['parfum', 'sent', 'meilleur', 'lovely']);
    // every node of the tree has both
    for (const n of r.tree.nodes) expect(n.labels.fr.label).not.toBe('');
  });

  it('takes a language’s form only where that language writes it at least as often as the other, and not a rare typo', () => {
    const texts = [
      ...Array.from({ length: 6 }, () => ({ text: 'this candle smells lovely, the smell fills the room' })),
      { text: "l'odeur de la bougie est top" },
      { text: "l'odeur de cette bougie, j'adore" },
      // an English word in a French text: "smells" stays the English texts' word
      { text: 'la bougie smells trop bien, quelle odeur' },
    ];
    const corpus = run(analyse(texts));
    const term = corpus.vocab.indexOf('smell');
    expect(term).toBeGreaterThanOrEqual(0);
    expect(corpus.surfaceIn[0][term]).toMatch(/^smells?$/);
    expect(corpus.surfaceIn[1][term]).toBe('odeur');
    // a language's form written less than a tenth as often as the term's main form is not shown (likely a typo)
    const parcel = (french: number) => {
      const c = run(
        analyse([
          ...Array.from({ length: 30 }, () => ({ text: 'where is my parcel, I am still waiting for it' })),
          ...Array.from({ length: french }, () => ({ text: 'mon colis est perdu, je suis très déçue' })),
        ]),
      );
      const t = c.vocab.indexOf('parcel');
      return { main: c.surface[t], fr: c.surfaceIn[1][t] };
    };
    expect(parcel(2)).toEqual({ main: 'parcel', fr: '' });
    expect(parcel(3)).toEqual({ main: 'parcel', fr: 'colis' });
  });

  it('are stored with the run and read in the language asked; a consultant’s name stays as given', async () => {
    const db = await memoryClientDb();
    const events: Ev[] = [...DELIVERY, ...CANDLES].map((text, i) => ({
      who: `m${i}`,
      kind: 'comment',
      at: `2026-03-${String(i + 1).padStart(2, '0')} 10:00`,
      text,
      post: 'p',
    }));
    buildCommunity(db, events);
    await computeClientThemes(db, { seed: 1, includeBrand: false, granularity: 0 }, { now: () => 1_780_000_000_000 });
    const mixed = readClientThemes(db, 'c');
    const fr = readClientThemes(db, 'c', 'fr');
    const en = readClientThemes(db, 'c', 'en');
    const frLabels = fr.themes.map((t) => t.label).join(' ');
    expect(frLabels).toMatch(/livraison|colis/);
    expect(en.themes.map((t) => t.label).join(' ')).toMatch(/delivery|parcel/);
    expect(fr.themes.map((t) => t.id)).toEqual(mixed.themes.map((t) => t.id));
    expect(readNodeLabels(db, 'fr').size).toBeGreaterThan(fr.themes.length - 1);

    const id = fr.themes[0]!.id;
    editTheme(db, { kind: 'rename', theme: id, label: 'Retards de livraison' }, 1_780_000_100_000);
    expect(readClientThemes(db, 'c', 'en').themes.find((t) => t.id === id)!.label).toBe('Retards de livraison');
    const f = resolveFilter(db, {});
    const metrics = themeMetrics(db, 'c', f, loadAnalyticsSettings(db), 'week');
    const inEnglish = metricsInLanguage(db, metrics, 'en').themes.find((t) => t.id === id)!;
    expect(inEnglish.label).toBe('Retards de livraison');
    expect(inEnglish.computedLabel).toBe(en.themes.find((t) => t.id === id)!.label);
    const inFrench = metricsInLanguage(db, metrics, 'fr');
    expect(inFrench.themes.find((t) => t.id === id)!.computedLabel).toBe(fr.themes.find((t) => t.id === id)!.label);
    expect(metricsInLanguage(db, metrics, undefined)).toBe(metrics);

    // a run stored before labels had languages: the form written most over both, as before
    db.run('DELETE FROM theme_node_labels');
    expect(readClientThemes(db, 'c', 'fr').themes.map((t) => t.terms)).toEqual(mixed.themes.map((t) => t.terms));
  });
});

describe('label terms', () => {
  it('leave out a French word whose English word is an English stop word (savais → know): it names nothing', () => {
    const texts = [
      ...Array.from({ length: 6 }, (_, i) => `je savais pas que la cire ${i % 2 ? 'fondait' : 'brûlait'} si vite, je savais pas`),
      ...Array.from({ length: 6 }, (_, i) => `didn't know the wax ${i % 2 ? 'melts' : 'burns'} so fast`),
      ...Array.from({ length: 12 }, (_, i) => `parcel delivery late again ${i % 3 ? 'courier' : 'colis'}`),
    ].map((text, i) => ({ id: String(i), text }));
    // savais is a term, the most frequent of its theme (twice in each French text)
    const corpus = run(analyse(texts));
    const know = corpus.vocab.indexOf('know');
    expect(corpus.surfaceIn[1][know]).toBe('savais');
    const r = clusterTexts(texts, { seed: 1, k: 2 });
    for (const n of r.tree.nodes) {
      expect(n.terms).not.toContain('savais');
      expect(n.labels.fr.terms).not.toContain('savais');
      expect(n.labels.en.terms).not.toContain('savais');
    }
    expect(r.themes.find((t) => t.members.includes('0'))!.labels.fr.label).toContain('brûlait');
  });

  it('are the best by class-based TF-IDF among those not skipped', () => {
    const counts = Float32Array.from([10, 8, 6, 1]);
    const termTotal = Float64Array.from([10, 8, 6, 1]);
    expect(topTerms(counts, 25, termTotal, 25, 2)).toEqual([0, 1]);
    expect(topTerms(counts, 25, termTotal, 25, 2, Uint8Array.from([1, 0, 0, 0]))).toEqual([1, 2]);
  });
});

describe('French → English lexicon lookups', () => {
  it('finds inflected forms, and never maps a word through a stem shorter than four letters', () => {
    const f = new FrenchToEnglish();
    expect(f.map('cires')).toBe('wax');
    expect(f.map('déçus')).toBe('disappointed');
    expect(f.map('bonnes')).toBe('good');
    expect(f.map('guerres')).toBe('war');
    // savais and sav (the after-sales abbreviation) and savant share the stem "sav"
    expect(f.map('savais')).toBe('know');
    expect(f.map('savoureux')).toBe('tasty');
    expect(f.map('savant')).toBe('scholar');
    expect(f.map('savions')).toBeUndefined();
  });
});
