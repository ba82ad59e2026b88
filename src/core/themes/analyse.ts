import { FrenchToEnglish } from './crosslingual';
import { detectLanguage, type TextLang } from './language';
import { stemEnglish } from './stem-en';
import { stemFrench } from './stem-fr';
import { STOP_WORDS_EN, STOP_WORDS_FR } from './stop-words';
import { foldAccents, isWord, tokenize } from './tokenize';

/**
 * Texts → terms. Each text is tokenised once into ids of distinct raw tokens (a million short texts
 * hold a few hundred thousand distinct tokens, so stemming and the lexicon run once per token, not
 * once per occurrence). A French word becomes its English lexicon word's English stem when it has
 * one (crosslingual.ts), else its French stem; an English word its Porter2 stem; hashtags, mentions,
 * URLs and emoji stay as they are.
 */
export interface InputText {
  text: string;
  lang?: TextLang;
}

export interface Corpus {
  n: number;
  /** 0 English, 1 French, per text. */
  lang: Uint8Array;
  /** Terms of text i: terms[termPtr[i]..termPtr[i+1]] (ids into vocab, repeats kept, in order). */
  termPtr: Int32Array;
  terms: Int32Array;
  vocab: string[];
  /** The most frequent surface form of each term, for labels ("running" shown for "run"). */
  surface: string[];
  /**
   * The most frequent surface form of each term in the English texts (0) and in the French ones (1), ''
   * where the term never occurs in that language: a label in the reader's language shows "livraison"
   * for the term the English texts write "delivery" (the lexicon made them one term).
   */
  surfaceIn: [string[], string[]];
  /** The most frequent English word behind each term (a French word's lexicon word), for word vectors; '' if none. */
  english: string[];
  /** How many French word occurrences found an English word (lexicon or cognate), of all French content words. */
  frenchMapped: { mapped: number; total: number };
  /** Two-part hyphenated words seen ("week-end" → count): tokens split them, labels join them back. */
  compounds: ReadonlyMap<string, number>;
}

export interface AnalyseOptions {
  /** Map French to English (default true); off only to measure what the mapping brings. */
  crossLingual?: boolean;
  /** Extra known English stems (of a word-vector vocabulary), to accept more cognates. */
  englishStems?: Iterable<string>;
}

/** Texts tokenised between two yields of analyse(): a checkpoint (progress, cancel) every few thousand texts. */
const CHUNK = 5000;

class IntBuffer {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** The raw tokens of the texts read so far, filled a chunk at a time. */
interface Tokens {
  rawIndex: Map<string, number>;
  raw: string[];
  rawCount: [number[], number[]];
  lang: Uint8Array;
  undecided: number[];
  tokPtr: Int32Array;
  toks: IntBuffer;
  /** French texts minus English ones, for the majority language. */
  votes: number;
  /** Two-part hyphenated words ("week-end"), by their parts joined with a hyphen, and how often seen. */
  compounds: Map<string, number>;
}

function tokenizeRange(texts: readonly InputText[], s: Tokens, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const t = texts[i]!;
    const tokens = tokenize(t.text, (parts) => {
      if (parts.length !== 2) return;
      const key = parts.join('-');
      s.compounds.set(key, (s.compounds.get(key) ?? 0) + 1);
    });
    const l = t.lang ?? detectLanguage(t.text, tokens);
    if (l === undefined) s.undecided.push(i);
    else {
      s.lang[i] = l === 'fr' ? 1 : 0;
      s.votes += l === 'fr' ? 1 : -1;
    }
    for (const tok of tokens) {
      let id = s.rawIndex.get(tok);
      if (id === undefined) {
        id = s.raw.length;
        s.rawIndex.set(tok, id);
        s.raw.push(tok);
        s.rawCount[0].push(0);
        s.rawCount[1].push(0);
      }
      s.toks.push(id);
    }
    s.tokPtr[i + 1] = s.toks.length;
  }
}

/**
 * A generator: it yields the number of texts tokenised every few thousand texts (where the caller can
 * report progress, give the thread back, or stop: the run is then dropped) and returns the corpus.
 */
export function* analyse(texts: readonly InputText[], opts: AnalyseOptions = {}): Generator<number, Corpus> {
  const n = texts.length;
  const s: Tokens = {
    rawIndex: new Map(),
    raw: [],
    rawCount: [[], []],
    lang: new Uint8Array(n),
    undecided: [],
    tokPtr: new Int32Array(n + 1),
    toks: new IntBuffer(),
    votes: 0,
    compounds: new Map(),
  };
  for (let from = 0; from < n; from += CHUNK) {
    tokenizeRange(texts, s, from, Math.min(n, from + CHUNK));
    if (from + CHUNK < n) yield from + CHUNK;
  }
  const { raw, rawCount, lang, undecided, tokPtr, toks } = s;
  // texts that tell nothing take the corpus' majority language
  const majority = s.votes > 0 ? 1 : 0;
  for (const i of undecided) lang[i] = majority;
  const tokArr = toks.toArray();
  for (let i = 0; i < n; i++) for (let p = tokPtr[i]!; p < tokPtr[i + 1]!; p++) rawCount[lang[i]!]![tokArr[p]!]!++;

  // raw token → term, per language
  const vocabIndex = new Map<string, number>();
  const vocab: string[] = [];
  const surfaceCounts: [Map<string, number>[], Map<string, number>[]] = [[], []];
  const englishCounts: Map<string, number>[] = [];
  const countEnglish = (t: number, w: string, c: number): void => {
    const m = englishCounts[t]!;
    m.set(w, (m.get(w) ?? 0) + c);
  };
  const termId = (term: string): number => {
    let id = vocabIndex.get(term);
    if (id === undefined) {
      id = vocab.length;
      vocabIndex.set(term, id);
      vocab.push(term);
      surfaceCounts[0].push(new Map());
      surfaceCounts[1].push(new Map());
      englishCounts.push(new Map());
    }
    return id;
  };
  const termOf: [Int32Array, Int32Array] = [new Int32Array(raw.length).fill(-1), new Int32Array(raw.length).fill(-1)];
  const englishStem = (w: string): string => stemEnglish(foldAccents(w));
  const fr = opts.crossLingual === false ? undefined : new FrenchToEnglish();
  for (let r = 0; r < raw.length; r++) {
    if (rawCount[0][r]! === 0) continue;
    const tok = raw[r]!;
    if (!isWord(tok)) termOf[0][r] = termId(tok);
    else if (tok.length > 1 && !STOP_WORDS_EN.has(tok)) {
      const stem = englishStem(tok);
      termOf[0][r] = termId(stem);
      countEnglish(termOf[0][r]!, tok, rawCount[0][r]!);
      fr?.addEnglishStem(stem);
    }
  }
  if (fr && opts.englishStems) for (const stem of opts.englishStems) fr.addEnglishStem(stem);
  let mapped = 0;
  let total = 0;
  for (let r = 0; r < raw.length; r++) {
    const count = rawCount[1][r]!;
    if (count === 0) continue;
    const tok = raw[r]!;
    if (!isWord(tok)) termOf[1][r] = termId(tok);
    else if (tok.length > 1 && !STOP_WORDS_FR.has(tok) && !STOP_WORDS_FR.has(foldAccents(tok))) {
      total += count;
      const en = fr?.map(tok);
      if (en !== undefined) {
        mapped += count;
        termOf[1][r] = termId(englishStem(en));
        countEnglish(termOf[1][r]!, en, count);
      } else termOf[1][r] = termId(foldAccents(stemFrench(tok)));
    }
  }
  for (let l = 0; l < 2; l++)
    for (let r = 0; r < raw.length; r++) {
      const t = termOf[l]![r]!;
      if (t < 0) continue;
      const m = surfaceCounts[l]![t]!;
      m.set(raw[r]!, (m.get(raw[r]!) ?? 0) + rawCount[l]![r]!);
    }
  const mostFrequent = (m: Map<string, number>): string => {
    let best = '';
    let bc = -1;
    for (const [s, c] of m)
      if (c > bc) {
        best = s;
        bc = c;
      }
    return best;
  };
  // A language's form of a term is one its texts write at least as often as the other language's do:
  // "smells" in a few French texts stays the English texts' word, and French readers see "odeur".
  const ownForm =
    (l: 0 | 1) =>
    (m: Map<string, number>): string => {
      let best = '';
      let bc = -1;
      for (const [w, c] of m) {
        const r = s.rawIndex.get(w)!;
        if (c > bc && rawCount[l][r]! >= rawCount[1 - l]![r]!) {
          best = w;
          bc = c;
        }
      }
      return best;
    };
  const local: [string[], string[]] = [surfaceCounts[0].map(ownForm(0)), surfaceCounts[1].map(ownForm(1))];
  // the form both languages write most (a token written in both counts once over the two)
  const surface = surfaceCounts[0].map((en, t) => {
    const fr = surfaceCounts[1][t]!;
    if (fr.size === 0) return mostFrequent(en);
    if (en.size === 0) return mostFrequent(fr);
    const both = new Map(en);
    for (const [w, c] of fr) both.set(w, (both.get(w) ?? 0) + c);
    return mostFrequent(both);
  });
  // A language's form written less than a tenth as often as the term's main form is most likely a typo
  // ("merc" for merci, a stop word that does not count): the main form reads better.
  const countOf = (w: string): number => {
    const r = s.rawIndex.get(w);
    return r === undefined ? 0 : rawCount[0][r]! + rawCount[1][r]!;
  };
  const surfaceIn = local.map((forms) => forms.map((w, t) => (w !== '' && countOf(w) * 10 >= countOf(surface[t]!) ? w : ''))) as [
    string[],
    string[],
  ];
  const english = englishCounts.map(mostFrequent);

  const termPtr = new Int32Array(n + 1);
  const terms = new IntBuffer();
  for (let i = 0; i < n; i++) {
    const map = termOf[lang[i]!]!;
    for (let p = tokPtr[i]!; p < tokPtr[i + 1]!; p++) {
      const t = map[tokArr[p]!]!;
      if (t >= 0) terms.push(t);
    }
    termPtr[i + 1] = terms.length;
  }
  return {
    n,
    lang,
    termPtr,
    terms: terms.toArray(),
    vocab,
    surface,
    surfaceIn,
    english,
    frenchMapped: { mapped, total },
    compounds: s.compounds,
  };
}
