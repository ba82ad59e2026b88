import { cognateCandidates } from './cognates';
import { FR_EN_LEXICON } from './lexicon-fr-en';
import { stemEnglish } from './stem-en';
import { stemFrench } from './stem-fr';
import { foldAccents } from './tokenize';

/** Shortest French stem looked up (see the constructor). */
const MIN_STEM = 4;

/**
 * French words → English words, so a French message and its English translation share terms
 * (themes-crosslingual.md: a corpus mixing both languages otherwise splits by language). Looked up
 * in order: the project's lexicon by exact form, by accent-folded form, by French stem (so guerres,
 * guerrière find guerre → war), then cognate rules checked against known English stems.
 */
export class FrenchToEnglish {
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string>();
  private readonly byStem = new Map<string, string>();
  private readonly englishStems = new Set<string>();
  private readonly cache = new Map<string, string | null>();

  constructor() {
    for (const line of FR_EN_LEXICON.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      for (const pair of line.trim().split(/\s+/)) {
        const at = pair.indexOf(':');
        if (at <= 0) continue;
        const fr = pair.slice(0, at).replace(/_/g, ' ');
        // an English compound keeps its head word (ice_cream → cream, prime_minister → minister)
        const en = pair
          .slice(at + 1)
          .split('_')
          .pop()!;
        // the first entry of a form wins: the lexicon lists the common sense first
        if (!this.exact.has(fr)) this.exact.set(fr, en);
        const f = foldAccents(fr);
        if (!this.folded.has(f)) this.folded.set(f, en);
        // A stem of fewer than 4 letters (sav, the abbreviation; savant → sav) is shared by unrelated words
        // ("je savais" → sav → after-sales, scholar): such words are found by their form only.
        const s = stemFrench(fr);
        if (s.length >= MIN_STEM && !this.byStem.has(s)) this.byStem.set(s, en);
        this.englishStems.add(stemEnglish(en));
      }
    }
  }

  /** A word's plural or feminine (cires → cire, déçus → déçu), where its stem found nothing or is too short to look up. */
  private inflected(word: string): string | undefined {
    for (const end of ['es', 's', 'x', 'e']) {
      if (!word.endsWith(end) || word.length - end.length < 2) continue;
      const base = word.slice(0, -end.length);
      const e = this.exact.get(base) ?? this.folded.get(foldAccents(base));
      if (e) return e;
    }
    return undefined;
  }

  /** Lexicon size (French forms). */
  get size(): number {
    return this.exact.size;
  }

  /** Declares English stems known to exist (the corpus' English terms, word-vector vocabularies) for cognates. */
  addEnglishStem(stem: string): void {
    this.englishStems.add(stem);
  }

  /** The English word for a French word, or undefined when nothing trustworthy is found. */
  map(word: string): string | undefined {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit ?? undefined;
    const found = this.lookup(word);
    this.cache.set(word, found ?? null);
    return found;
  }

  private lookup(word: string): string | undefined {
    const stem = stemFrench(word);
    const e =
      this.exact.get(word) ??
      this.folded.get(foldAccents(word)) ??
      (stem.length >= MIN_STEM ? this.byStem.get(stem) : undefined) ??
      this.inflected(word);
    if (e) return e;
    if (word.length < 4) return undefined;
    for (const c of cognateCandidates(word)) if (c.length >= 4 && this.englishStems.has(stemEnglish(c))) return c;
    return undefined;
  }
}
