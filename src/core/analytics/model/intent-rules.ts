/**
 * Intent lexicons (social selling signals), French and English. Rules are regular expressions matched
 * on the text lower-cased, without accents and with typographic apostrophes made plain, so one rule
 * covers "où"/"ou" and "c'est"/"c’est", and `\b` behaves on French words. Editable per client.
 */
export const DEFAULT_INTENT_RULES = {
  question: [
    '\\?',
    '^(qui|que|quoi|quand|ou|comment|pourquoi|combien|quel|quelle|quels|quelles|est-ce|est ce|vous avez|avez-vous|peut-on|on peut)\\b',
    '^(how|what|when|where|why|which|who|can you|could you|do you|does|is it|are you|is there|any)\\b',
  ],
  purchase: [
    '\\bprix\\b',
    '\\bcombien\\b',
    '\\bcoute\\b',
    '\\btarifs?\\b',
    '\\ben stock\\b',
    '\\bdisponibles?\\b',
    '\\bdispo\\b',
    '\\bou (acheter|trouver|commander)\\b',
    '\\b(vous livrez|livrez-vous|frais de (port|livraison))\\b',
    '\\blien\\s*\\?',
    "\\b(je veux|j'aimerais|je voudrais) (commander|acheter|le|la|les|un|une)\\b",
    '\\bcode promo\\b',
    '\\bsoldes?\\b',
    '\\bprice\\b',
    '\\bhow much\\b',
    '\\bcost(s)?\\b',
    '\\bin stock\\b',
    '\\bavailab(le|ility)\\b',
    '\\bwhere (can|do) i (buy|get|order)\\b',
    '\\bdo you (ship|deliver)\\b',
    '\\blink\\s*\\?',
    '\\b(want|going|like) to (buy|order)\\b',
    '\\bdiscount\\b',
  ],
  complaint: [
    '\\b(toujours pas|pas encore|jamais) (recu|arrivee?|livree?)\\b',
    '\\babimee?s?\\b',
    '\\bcassee?s?\\b',
    '\\brembourse',
    '\\bprobleme\\b',
    '\\bdecue?s?\\b',
    '\\barnaque\\b',
    '\\bservice client\\b',
    '\\bmoins (fort|bien|bon)\\b',
    '\\bde travers\\b',
    '\\bnot (arrived|received|working)\\b',
    "\\b(hasn'?t|has not|hasnt) arrived\\b",
    '\\bstill (waiting|not)\\b',
    '\\bdamaged\\b',
    '\\bbroken\\b',
    '\\brefund',
    '\\bproblem\\b',
    '\\bdisappoint',
    '\\bterrible\\b',
    '\\bworst\\b',
    '\\bcomplain',
    '\\bscam\\b',
    '\\bweaker\\b',
    '\\bunevenly\\b',
  ],
  praise: [
    '\\bje (la |le |les |vous )?recommande\\b',
    '\\brecommand',
    "\\bj'?adore\\b",
    '\\bincroyable\\b',
    '\\bgenial',
    '\\bparfaite?s?\\b',
    '\\bau top\\b',
    '\\bmeilleure?s?\\b',
    '\\bbravo\\b',
    '\\bbluffant\\b',
    '\\bmagnifique\\b',
    '\\badore\\b',
    '\\brecommend',
    '\\blove(d)?\\b',
    '\\bamazing\\b',
    '\\bawesome\\b',
    '\\bbest\\b',
    '\\bperfect\\b',
    '\\bimpressive\\b',
    '\\bexcellent\\b',
    '\\bworth it\\b',
    '\\bnever switching\\b',
    '❤|😍|🥰|👏',
  ],
};

export const DEFAULT_THANKS_RULES = ['\\bmerci\\b', '\\bthanks?\\b', '\\bthank you\\b', '\\bthx\\b', '\\bty\\b', '\\bcimer\\b', '🙏'];

export const SIGNALS = ['question', 'purchase', 'complaint', 'praise'] as const;
export type Signal = (typeof SIGNALS)[number];

/** The bit of each signal in a classified text (bit i = SIGNALS[i]). */
export const SIGNAL_BIT = Object.fromEntries(SIGNALS.map((s, i) => [s, 1 << i])) as Record<Signal, number>;

/** Lower case, accents off, plain apostrophes: the form every rule is matched against. */
export function normaliseForRules(text: string): string {
  // Most messages are plain ASCII: nothing to decompose (measured: a third of the classification time).
  if (/^[\x00-\x5f\x61-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’ʼ`]/g, "'");
}

/**
 * Rules are normalised like the texts (accents off, lower case) except escapes, so \S or \p{Lu} keep
 * their meaning. Matching is then case-sensitive: measured, the `i` flag made the rules 20× slower.
 */
function normalisePattern(p: string): string {
  return p
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’ʼ`]/g, "'")
    .replace(/\\[pP]\{[^}]*\}|\\.|[^\\]+/gsu, (m) => (m.startsWith('\\') ? m : m.toLowerCase()));
}

function compile(patterns: readonly string[]): RegExp | undefined {
  const valid = patterns.map(normalisePattern).filter((p) => {
    try {
      new RegExp(p, 'u');
      return true;
    } catch {
      return false;
    }
  });
  return valid.length === 0 ? undefined : new RegExp(valid.map((p) => `(?:${p})`).join('|'), 'mu');
}

export interface TextClassifier {
  /** Bit i set = SIGNALS[i] matched; THANKS_BIT = the text thanks someone. */
  classify(text: string): number;
  /** The same on a text already passed through normaliseForRules. */
  classifyNormalised(text: string): number;
}

export const THANKS_BIT = 16;
/** The four intent signal bits. */
export const SIGNAL_MASK = 15;

export function textClassifier(rules: Record<Signal, readonly string[]>, thanks: readonly string[]): TextClassifier {
  const res = SIGNALS.map((s) => compile(rules[s]));
  const thanksRe = compile(thanks);
  const classifyNormalised = (t: string) => {
    let bits = 0;
    for (let i = 0; i < res.length; i++) if (res[i]?.test(t)) bits |= 1 << i;
    if (thanksRe?.test(t)) bits |= THANKS_BIT;
    return bits;
  };
  return { classifyNormalised, classify: (text) => classifyNormalised(normaliseForRules(text)) };
}
