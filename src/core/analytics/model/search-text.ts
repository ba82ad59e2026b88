/**
 * What a search box's text means, and where it matched. The index (migration 007) is SQLite's FTS4 with
 * the unicode61 tokenizer: a word is a run of letters and digits (an apostrophe, a hyphen, an emoji
 * separate words), compared lower-case and without accents. The same rules are applied here, so the
 * query sent to the index and the words highlighted on screen are the ones the index matched.
 */

/** A run of letters, digits and the accents on them: one token, as unicode61 cuts text. */
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}+/gu;
/** Terms beyond this are ignored: a pasted paragraph is not a search. */
const MAX_TERMS = 12;
/** A word of this many letters or more also finds longer words ("livr" finds « livraison »); shorter ones must match whole. */
export const PREFIX_FROM = 3;

/** Lower-case without accents, as the index compares words (« Arrivée » → "arrivee"). */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** One word to find: whole, or as the start of a word. */
export interface SearchTerm {
  word: string;
  prefix: boolean;
}

export interface ParsedSearch {
  /** The FTS4 MATCH expression, or null when the text holds nothing to look for. */
  match: string | null;
  /** The words to highlight in what was found (excluded words are not). */
  terms: SearchTerm[];
}

interface Item {
  words: string[];
  /** The last word matches as a prefix. */
  prefix: boolean;
  exclude: boolean;
}

/**
 * Reads a search box: words (all must appear, each one of 3+ letters also as the start of a longer
 * word), "quoted phrases" (those words in that order, whole), `-word` to exclude, `a OR b` for
 * either; `word*` asks for a prefix whatever its length. Anything else (FTS operators, brackets,
 * punctuation) is text, never syntax: the query sent to SQLite is rebuilt from words alone.
 */
export function parseSearch(q: string): ParsedSearch {
  const items: (Item | 'or')[] = [];
  const re = /(-?)"([^"]*)"?(\*?)|(\S+)/g;
  let count = 0;
  for (const m of q.matchAll(re)) {
    if (count >= MAX_TERMS) break;
    if (m[4] === 'OR') {
      items.push('or');
      continue;
    }
    const quoted = m[2] !== undefined;
    const raw = quoted ? m[2]! : m[4]!;
    const exclude = quoted ? m[1] === '-' : raw.startsWith('-') && raw.length > 1;
    const words = [...foldText(quoted || !exclude ? raw : raw.slice(1)).matchAll(TOKEN)].map((w) => w[0]);
    if (words.length === 0) continue;
    count += words.length;
    const star = quoted ? m[3] === '*' : raw.endsWith('*');
    const prefix = star || (!quoted && words[words.length - 1]!.length >= PREFIX_FROM);
    items.push({ words, prefix, exclude });
  }
  // Alternatives: an OR between two kept words joins them into one group.
  const groups: Item[][] = [];
  const excluded: Item[] = [];
  let join = false;
  for (const item of items) {
    if (item === 'or') {
      join = groups.length > 0;
      continue;
    }
    if (item.exclude) excluded.push(item);
    else if (join) groups[groups.length - 1]!.push(item);
    else groups.push([item]);
    join = false;
  }
  if (groups.length === 0) return { match: null, terms: [] };
  const text = (it: Item) => {
    const body = it.words.join(' ') + (it.prefix ? '*' : '');
    return it.words.length > 1 ? `"${body}"` : body;
  };
  const match = [
    groups.map((g) => (g.length > 1 ? `(${g.map(text).join(' OR ')})` : text(g[0]!))).join(' '),
    ...excluded.map((it) => `NOT ${text(it)}`),
  ].join(' ');
  const terms = new Map<string, SearchTerm>();
  for (const it of groups.flat()) {
    it.words.forEach((word, i) => {
      const prefix = it.prefix && i === it.words.length - 1;
      const key = `${word}${prefix ? '*' : ''}`;
      if (!terms.has(key)) terms.set(key, { word, prefix });
    });
  }
  return { match, terms: [...terms.values()] };
}

/** A piece of text, highlighted or not: what the screen draws. */
export interface TextPart {
  text: string;
  hit: boolean;
}

/** Where the terms occur in a text: [start, end) of each matching word, in order. */
export function matchRanges(text: string, terms: readonly SearchTerm[]): [number, number][] {
  if (terms.length === 0) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = foldText(m[0]);
    if (terms.some((t) => (t.prefix ? word.startsWith(t.word) : word === t.word))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function partsOf(text: string, ranges: readonly [number, number][], from = 0, to = text.length): TextPart[] {
  const parts: TextPart[] = [];
  let at = from;
  for (const [a, b] of ranges) {
    if (b <= from || a >= to) continue;
    if (a > at) parts.push({ text: text.slice(at, a), hit: false });
    parts.push({ text: text.slice(Math.max(a, from), Math.min(b, to)), hit: true });
    at = Math.min(b, to);
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  return parts;
}

/** The whole text with its matching words marked. */
export function highlight(text: string, terms: readonly SearchTerm[]): TextPart[] {
  return partsOf(text, matchRanges(text, terms));
}

/**
 * A short extract around the first match (or the start, when nothing matches), cut at spaces, with
 * « … » where text was left out; line breaks become spaces so a list row stays one paragraph.
 */
export function snippet(text: string, terms: readonly SearchTerm[], length = 180): TextPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(flat, terms);
  if (flat.length <= length) return partsOf(flat, ranges);
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.round(length / 3));
  let to = Math.min(flat.length, from + length);
  from = Math.max(0, to - length);
  if (from > 0) from = nextSpace(flat, from);
  if (to < flat.length) to = prevSpace(flat, to, from);
  const parts = partsOf(flat, ranges, from, to);
  if (from > 0) parts.unshift({ text: '… ', hit: false });
  if (to < flat.length) parts.push({ text: ' …', hit: false });
  return parts;
}

function nextSpace(s: string, i: number): number {
  const j = s.indexOf(' ', i);
  return j < 0 || j - i > 20 ? i : j + 1;
}

function prevSpace(s: string, i: number, floor: number): number {
  const j = s.lastIndexOf(' ', i);
  return j <= floor || i - j > 20 ? i : j;
}
