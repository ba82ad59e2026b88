import { describe, expect, it } from 'vitest';
import { foldText, highlight, matchRanges, parseSearch, snippet, type TextPart } from './search-text';

const hits = (parts: TextPart[]) => parts.filter((p) => p.hit).map((p) => p.text);
const joined = (parts: TextPart[]) => parts.map((p) => p.text).join('');

describe('parseSearch', () => {
  it('needs every word, and finds longer words from 3 letters on', () => {
    expect(parseSearch('Livraison retard')).toEqual({
      match: 'livraison* retard*',
      terms: [
        { word: 'livraison', prefix: true },
        { word: 'retard', prefix: true },
      ],
    });
    // Two letters match whole (a prefix "le*" would be most of the index); a star asks for it anyway.
    expect(parseSearch('le colis').match).toBe('le colis*');
    expect(parseSearch('le* colis').match).toBe('le* colis*');
  });

  it('folds accents and case as the index does', () => {
    expect(parseSearch('ARRIVÉE déçue').match).toBe('arrivee* decue*');
    expect(foldText('Œuvre Ça ÉTÉ naïve')).toBe('œuvre ca ete naive');
  });

  it('keeps "phrases" whole and in order, and reads a word with an apostrophe as a phrase', () => {
    expect(parseSearch('"pas arrivée" colis').match).toBe('"pas arrivee" colis*');
    expect(parseSearch('"pas arr"*').match).toBe('"pas arr*"');
    expect(parseSearch("l'arrivée").match).toBe('"l arrivee*"');
    expect(parseSearch('"pas arrivée').match).toBe('"pas arrivee"');
  });

  it('excludes -words and joins a OR b', () => {
    expect(parseSearch('merci -super').match).toBe('merci* NOT super*');
    expect(parseSearch('commande OR colis retard').match).toBe('(commande* OR colis*) retard*');
    expect(parseSearch('a OR b OR cde').match).toBe('(a OR b OR cde*)');
    expect(parseSearch('merci -"trop bien"').match).toBe('merci* NOT "trop bien"');
    // Excluded words are not highlighted.
    expect(parseSearch('merci -super').terms).toEqual([{ word: 'merci', prefix: true }]);
  });

  it('treats operators, brackets and punctuation as text, never as FTS syntax', () => {
    // NEAR(colis) is one word with a bracket in it: a phrase; AND is a word like any other.
    expect(parseSearch('NEAR(colis) AND "x').match).toBe('"near colis*" and* x');
    expect(parseSearch('or').match).toBe('or');
    expect(parseSearch('OR colis').match).toBe('colis*');
    expect(parseSearch('colis OR').match).toBe('colis*');
    expect(parseSearch('^colis: (retard)').match).toBe('colis* retard*');
  });

  it('has nothing to look for in punctuation, emoji or excluded words alone', () => {
    for (const q of ['', '   ', '?!', '😡 🙏', '-colis', '""']) expect(parseSearch(q)).toEqual({ match: null, terms: [] });
  });

  it('stops after a dozen words', () => {
    const q = Array.from({ length: 30 }, (_, i) => `mot${i}`).join(' ');
    expect(parseSearch(q).terms).toHaveLength(12);
  });
});

describe('highlight and snippet', () => {
  const terms = parseSearch('livr arrivée').terms;

  it('marks the words the index matched, accents and case aside', () => {
    const parts = highlight('Ma LIVRAISON n’est pas Arrivee, livré hier ? délivrance', terms);
    expect(hits(parts)).toEqual(['LIVRAISON', 'Arrivee', 'livré']);
    expect(joined(parts)).toBe('Ma LIVRAISON n’est pas Arrivee, livré hier ? délivrance');
  });

  it('matches a short word whole only', () => {
    expect(matchRanges('le lent Le', parseSearch('le').terms)).toEqual([
      [0, 2],
      [8, 10],
    ]);
  });

  it('cuts a long text around the first match, at spaces, with ellipses', () => {
    const text = `${'avant '.repeat(40)}la livraison est en retard ${'après '.repeat(40)}`;
    const parts = snippet(text, terms, 80);
    const s = joined(parts);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(86);
    expect(hits(parts)).toEqual(['livraison']);
    expect(s).not.toMatch(/\S…|…\S/);
  });

  it('shows the start of a text without a match, on one line', () => {
    expect(joined(snippet('Bonjour\n\ntout le monde', []))).toBe('Bonjour tout le monde');
    expect(joined(snippet('x '.repeat(200), [], 50)).endsWith(' …')).toBe(true);
  });
});
