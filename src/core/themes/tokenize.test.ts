import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { joinCompounds, labelOf } from './labels';
import { foldAccents, isWord, tokenize } from './tokenize';

describe('tokenize', () => {
  it('cuts French elisions (straight and curly apostrophes) and keeps aujourd’hui whole', () => {
    expect(tokenize("L'Occident s’est retrouvé qu'il j'aime d'accord jusqu'ici aujourd'hui")).toEqual([
      'occident',
      'est',
      'retrouvé',
      'il',
      'aime',
      'accord',
      'ici',
      "aujourd'hui",
    ]);
  });
  it('keeps emoji as tokens without skin tones or variation selectors', () => {
    expect(tokenize('top 👍🏽 👍 ❤️ 🇫🇷')).toEqual(['top', '👍', '👍', '❤', '🇫🇷']);
  });
  it('keeps hashtags, adds their camelCase words, marks mentions and reduces URLs to their host', () => {
    expect(tokenize('#BlackFriday @Acme https://www.youtube.com/watch?v=1')).toEqual([
      '#blackfriday',
      'black',
      'friday',
      '@acme',
      '~youtube.com',
    ]);
  });
  it('drops possessives and bare numbers but keeps years, c#, c++ and asp.net', () => {
    expect(tokenize("John's 12 2004 C# c++ ASP.NET sous-marins")).toEqual(['john', '2004', 'c#', 'c++', 'asp.net', 'sous', 'marins']);
  });
  it('splits hyphenated words and tells which parts were one word', () => {
    const seen: string[][] = [];
    expect(tokenize('Ouvert ce Week-End ? l’e-shop, porte-monnaie, bien', (parts) => seen.push([...parts]))).toEqual([
      'ouvert',
      'ce',
      'week',
      'end',
      'e',
      'shop',
      'porte',
      'monnaie',
      'bien',
    ]);
    expect(seen).toEqual([
      ['week', 'end'],
      ['e', 'shop'],
      ['porte', 'monnaie'],
    ]);
  });
  it('tells words from marked tokens and folds accents', () => {
    expect(['été', '#x', '@y', '~z.com', '👍'].map(isWord)).toEqual([true, false, false, false, false]);
    expect(foldAccents('œuvre été ça')).toBe('oeuvre ete ca');
  });
});

describe('detectLanguage', () => {
  it('reads function words, accents and elisions', () => {
    const fr = "C'est la meilleure boutique de la ville";
    const en = 'This is the best shop in the city';
    expect(detectLanguage(fr, tokenize(fr))).toBe('fr');
    expect(detectLanguage(en, tokenize(en))).toBe('en');
    expect(detectLanguage('👍', tokenize('👍'))).toBeUndefined();
  });
});

describe('labels', () => {
  it('name a theme by its words first, then hashtags, then emoji, from its three best terms', () => {
    expect(labelOf(['😂', '#homedecor', 'pots', 'vases'])).toBe('pots · #homedecor · 😂');
    expect(labelOf(['accord', '😅', '🔥'])).toBe('accord · 😅 · 🔥');
    expect(labelOf(['🎂', 'anniversaire', 'happy', 'birthday'])).toBe('anniversaire · happy · 🎂');
    expect(labelOf(['gift', 'box'])).toBe('gift · box');
  });
  it('join the parts of a hyphenated word the corpus wrote often enough', () => {
    const compounds = new Map([
      ['week-end', 12],
      ['porte-monnaie', 2],
    ]);
    expect(joinCompounds(['boutique', 'week', 'end', 'horaires'], compounds)).toEqual(['boutique', 'week-end', 'horaires']);
    expect(joinCompounds(['end', 'boutique', 'week'], compounds)).toEqual(['week-end', 'boutique']);
    // seen twice: the parts stay apart
    expect(joinCompounds(['porte', 'monnaie', 'cuir'], compounds)).toEqual(['porte', 'monnaie', 'cuir']);
    expect(joinCompounds(['week', 'boutique'], compounds)).toEqual(['week', 'boutique']);
  });
});
