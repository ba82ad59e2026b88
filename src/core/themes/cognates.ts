import { foldAccents } from './tokenize';

/**
 * French → English cognate candidates by suffix rules (nation → nation, électrique → electric,
 * société → society, dangereux → dangerous, nécessaire → necessary, naturel → natural). A candidate is
 * only accepted by the caller when its English stem is a known English stem (the corpus' English
 * texts, the lexicon's English side, word vectors), so an invented word never becomes a term.
 * False friends (librairie, location, pain…) are in the lexicon, which is looked up first.
 */
const RULES: [RegExp, string][] = [
  [/ique$/, 'ic'],
  [/iques$/, 'ic'],
  [/ite$/, 'ity'],
  [/ites$/, 'ity'],
  [/isme$/, 'ism'],
  [/iste$/, 'ist'],
  [/eux$/, 'ous'],
  [/euse$/, 'ous'],
  [/aire$/, 'ary'],
  [/oire$/, 'ory'],
  [/elle$/, 'al'],
  [/el$/, 'al'],
  [/eur$/, 'or'],
  [/eur$/, 'er'],
  [/ie$/, 'y'],
  [/if$/, 'ive'],
  [/ive$/, 'ive'],
  [/iser$/, 'ize'],
  [/ise$/, 'ized'],
  [/ifier$/, 'ify'],
  [/er$/, ''],
  [/er$/, 'e'],
  [/e$/, ''],
  [/ee$/, 'ed'],
  [/e$/, 'ed'],
  [/ment$/, 'ment'],
];

/** Candidate English words for a French word, most likely first (the word itself comes first). */
export function cognateCandidates(frenchWord: string): string[] {
  let w = foldAccents(frenchWord);
  const out = [w];
  // plural and feminine forms first reduced
  if (/[^s]s$|x$/.test(w) && w.length > 4) {
    w = w.slice(0, -1);
    out.push(w);
  }
  if (/ee$/.test(w)) out.push(w.slice(0, -1));
  for (const [re, to] of RULES) if (re.test(w)) out.push(w.replace(re, to));
  return out;
}
