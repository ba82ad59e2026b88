import { describe, expect, it } from 'vitest';
import { clusterTexts, clusterTextsAsync, THEME_STEPS, type ThemeProgress } from './cluster-texts';

// A tiny bilingual corpus: three topics, each sentence in English and in French.
const PAIRS: [string, string, string][] = [
  ['food', 'The bread and the cheese at this bakery are delicious', 'Le pain et le fromage de cette boulangerie sont délicieux'],
  ['food', 'I love the chocolate cake and the coffee here', "J'adore le gâteau au chocolat et le café ici"],
  ['food', 'Fresh bread every morning at the bakery', 'Du pain frais chaque matin à la boulangerie'],
  ['food', 'The cheese and wine were delicious', 'Le fromage et le vin étaient délicieux'],
  ['delivery', 'My parcel delivery is late, where is my order?', 'La livraison de mon colis est en retard, où est ma commande ?'],
  ['delivery', 'Order received but the parcel was damaged', 'Commande reçue mais le colis était abîmé'],
  ['delivery', 'The delivery of my order took two weeks', 'La livraison de ma commande a pris deux semaines'],
  [
    'delivery',
    'I want a refund for my order, the parcel never arrived',
    'Je veux un remboursement pour ma commande, le colis est jamais arrivé',
  ],
  ['football', 'Great match, the team scored a goal in the final', "Super match, l'équipe a marqué un but en finale"],
  ['football', 'The coach of the football team is leaving', "L'entraîneur de l'équipe de football s'en va"],
  ['football', 'What a goal! The team won the match', "Quel but ! L'équipe a gagné le match"],
  [
    'football',
    'The football season starts, the team is ready for the match',
    'La saison de football commence, l’équipe est prête pour le match',
  ],
];

const texts = [...PAIRS.map(([, en], i) => ({ id: `en${i}`, text: en })), ...PAIRS.map(([, , fr], i) => ({ id: `fr${i}`, text: fr }))];

describe('clusterTexts', () => {
  it('puts a French message in the theme of its English translation', () => {
    const r = clusterTexts(texts, { seed: 1, k: 3 });
    expect(r.themes).toHaveLength(3);
    const together = PAIRS.filter((_, i) => r.assignment[i] === r.assignment[PAIRS.length + i]).length;
    expect(together / PAIRS.length).toBeGreaterThanOrEqual(0.8);
    // and the themes follow the topics, not the languages
    const byTopic = new Map<string, Set<number>>();
    PAIRS.forEach(([topic], i) => byTopic.set(topic, (byTopic.get(topic) ?? new Set()).add(r.assignment[i]!)));
    expect(new Set([...byTopic.values()].map((s) => [...s].sort().join())).size).toBe(3);
  });

  it('gives the same themes for the same seed, and reports every step', () => {
    const steps: ThemeProgress[] = [];
    const a = clusterTexts(texts, { seed: 7, k: 3, checkpoint: (p) => steps.push(p) });
    const b = clusterTexts(texts, { seed: 7, k: 3 });
    expect(Array.from(a.assignment)).toEqual(Array.from(b.assignment));
    expect(a.themes.map((t) => t.label)).toEqual(b.themes.map((t) => t.label));
    expect(new Set(steps.map((s) => s.step))).toEqual(new Set(['analyse', 'features', 'embed', 'cluster', 'refine', 'tree', 'label']));
  });

  it('awaited, gives the same themes and reports the steps in order, every 5,000 texts while analysing', async () => {
    const many = Array.from({ length: 12_000 }, (_, i) => ({ id: String(i), text: texts[i % texts.length]!.text }));
    const steps: ThemeProgress[] = [];
    const a = await clusterTextsAsync(many, {
      seed: 7,
      checkpoint: async (p) => {
        steps.push(p);
        await Promise.resolve();
      },
    });
    const b = clusterTexts(many, { seed: 7 });
    expect(Array.from(a.assignment)).toEqual(Array.from(b.assignment));
    expect(a.themes.map((t) => t.label)).toEqual(b.themes.map((t) => t.label));
    expect(steps.map((p) => p.step)).toEqual(['analyse', 'analyse', 'analyse', ...THEME_STEPS.slice(1)]);
    expect(steps[0]!.fraction).toBe(0);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.fraction).toBeGreaterThan(steps[i - 1]!.fraction);
    expect(steps.at(-1)!.fraction).toBeLessThan(1);
  });

  it('starts from the leaves of a previous run when they fit, and afresh when they do not', () => {
    const first = clusterTexts(texts, { seed: 1, k: 3 });
    // another seed, from the first run's leaves: the same clusters (its centres are a fixed point)
    const again = clusterTexts(texts, { seed: 5, k: 3, previousLeaf: first.leafOf });
    expect(Array.from(again.leafOf)).toEqual(Array.from(first.leafOf));
    // a new text joins the leaf of its topic; the others stay where they were
    const more = [...texts, { id: 'new', text: 'The bakery bread and the cheese, delicious again' }];
    const grown = clusterTexts(more, { seed: 5, k: 3, previousLeaf: Int32Array.from([...first.leafOf, -1]) });
    expect(Array.from(grown.leafOf.subarray(0, texts.length))).toEqual(Array.from(first.leafOf));
    expect(grown.leafOf[texts.length]).toBe(first.leafOf[0]);
    // previous leaves that do not fit this run's number (4 asked, 3 before): k-means++ as without them
    const four = clusterTexts(texts, { seed: 5, k: 4, previousLeaf: first.leafOf });
    expect(Array.from(four.assignment)).toEqual(Array.from(clusterTexts(texts, { seed: 5, k: 4 }).assignment));
  });

  it('cancels when checkpoint throws', () => {
    expect(() =>
      clusterTexts(texts, {
        seed: 1,
        checkpoint: (p) => {
          if (p.step === 'embed') throw new Error('cancelled');
        },
      }),
    ).toThrow('cancelled');
  });

  it('labels themes with words as written, quotes traceable members, and keeps empty texts unclassified', () => {
    const r = clusterTexts([...texts, { id: 'empty', text: '👋' }, { id: 'stop', text: 'the and of' }], { seed: 1 });
    expect(r.unclassified).toEqual(expect.arrayContaining(['stop']));
    for (const t of r.themes) {
      expect(t.quotes.length).toBeGreaterThan(0);
      for (const q of t.quotes) expect(t.members).toContain(q);
      expect(t.terms.every((w) => !/[A-Z]/.test(w))).toBe(true);
    }
    const allTerms = r.themes.flatMap((t) => t.terms);
    expect(allTerms.some((w) => ['delivery', 'livraison', 'parcel', 'colis', 'order', 'commande'].includes(w))).toBe(true);
    const total = r.themes.reduce((s, t) => s + t.size, 0) + r.unclassified.length;
    expect(total).toBe(texts.length + 2);
  });

  it('leaves every text unclassified when none holds a word that tells themes apart, instead of failing', () => {
    for (const words of [['the', 'and of', 'ok'], ['😂', '👍'], []]) {
      const r = clusterTexts(
        words.map((text, i) => ({ id: String(i), text })),
        { seed: 1 },
      );
      expect(r.themes).toEqual([]);
      expect(r.unclassified).toEqual(words.map((_, i) => String(i)));
      expect(Array.from(r.assignment)).toEqual(words.map(() => -1));
      expect(r.tree.nodes).toEqual([]);
    }
  });
});
