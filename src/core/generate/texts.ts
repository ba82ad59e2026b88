import { AGREE, ANNOUNCEMENTS, BRAND_LINES, CLOSERS, EMOJI, OPENERS, SLANG, SMALL_TALK, THANKS, WELCOMES } from './chatter';
import { expand } from './grammar';
import { pick, type Rand } from './sampling';
import { SLOTS } from './slots';
import { CHATTER, TOPIC_IDS, type Topic, type TopicIntent } from './topics';
import { TOPICS_EN } from './topics-en';
import { TOPICS_FR } from './topics-fr';

export type Lang = 'fr' | 'en';

/** Why a message was written: decides its words, whether the brand answers, and how fast. */
export type Intent =
  | 'chat'
  | 'question'
  | 'complaint'
  | 'praise'
  | 'recommendation'
  | 'purchase'
  | 'answer'
  | 'agree'
  | 'thanks'
  | 'welcome'
  | 'brand'
  | 'announcement';

export interface TextSpec {
  intent: Intent;
  theme?: Topic | undefined;
  lang: Lang;
  /** First name of whom the message addresses (brand replies, welcomes). */
  name?: string | undefined;
  /** For brand replies: what they answer. */
  parentIntent?: Intent | undefined;
}

const ROOT_INTENTS: [Intent, number][] = [
  ['chat', 0.3],
  ['question', 0.22],
  ['praise', 0.15],
  ['purchase', 0.1],
  ['complaint', 0.08],
  ['recommendation', 0.07],
  ['agree', 0.08],
];
const AMBASSADOR_INTENTS: [Intent, number][] = [
  ['chat', 0.3],
  ['recommendation', 0.25],
  ['praise', 0.25],
  ['question', 0.08],
  ['agree', 0.12],
];

function weighted<T>(r: Rand, xs: [T, number][]): T {
  let x = r() * xs.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of xs) if ((x -= w) < 0) return v;
  return xs[xs.length - 1]![0];
}

export function rootIntent(r: Rand, ambassador: boolean): Intent {
  return weighted(r, ambassador ? AMBASSADOR_INTENTS : ROOT_INTENTS);
}

const THEME_WEIGHTS: Record<Intent, Partial<Record<Topic, number>>> = {
  question: {
    delivery: 3,
    price: 2,
    quality: 1.5,
    scent: 2,
    sizes: 2,
    gifts: 1.5,
    shops: 2,
    service: 1,
    events: 1.5,
    sustainability: 1,
    loyalty: 1.5,
    returns: 1.5,
    collection: 1.5,
  },
  complaint: {
    delivery: 4,
    quality: 2.5,
    price: 1,
    scent: 1,
    sizes: 1.5,
    shops: 0.7,
    service: 2.5,
    events: 0.5,
    sustainability: 0.6,
    loyalty: 1.2,
    returns: 2,
    collection: 0.5,
  },
  praise: {
    quality: 2.5,
    scent: 3,
    delivery: 1,
    sizes: 0.6,
    gifts: 1.5,
    shops: 1,
    service: 1,
    events: 1.2,
    sustainability: 0.8,
    loyalty: 0.5,
    returns: 0.4,
    collection: 2,
  },
  recommendation: { quality: 2, scent: 2, gifts: 2, collection: 1, shops: 0.8, events: 0.6, sizes: 0.5, service: 0.4, sustainability: 0.4 },
  purchase: { price: 2, scent: 1.5, gifts: 1.5, collection: 2, sizes: 1.5, shops: 1, loyalty: 0.7, delivery: 0.6 },
  chat: {},
  answer: {},
  agree: {},
  thanks: {},
  welcome: {},
  brand: {},
  announcement: { scent: 1, events: 1, price: 1, sustainability: 1, collection: 2, loyalty: 1 },
};

/** The planted topic of a message with this intent, or undefined for small talk. */
export function themeFor(r: Rand, intent: Intent): Topic | undefined {
  const w = THEME_WEIGHTS[intent];
  const entries = TOPIC_IDS.filter((t) => w[t]).map((t) => [t, w[t]!] as [Topic, number]);
  return entries.length === 0 ? undefined : weighted(r, entries);
}

const BANKS = { fr: TOPICS_FR, en: TOPICS_EN };
/** Which part of a topic's grammar writes a message of this intent. */
const TOPIC_PART: Partial<Record<Intent, TopicIntent>> = {
  question: 'q',
  complaint: 'c',
  praise: 'p',
  purchase: 'b',
  recommendation: 'r',
  answer: 'a',
};

export const HASHTAGS: Record<Topic | 'any', string[]> = {
  any: ['#maisonlumiere', '#bougie', '#candle', '#homedecor', '#cosy'],
  delivery: ['#livraison', '#colis'],
  price: ['#promo', '#soldes', '#sale'],
  quality: ['#faitmain', '#handmade'],
  scent: ['#senteur', '#parfumdinterieur'],
  sizes: ['#pyjama', '#loungewear'],
  gifts: ['#cadeau', '#giftideas'],
  shops: ['#boutique', '#shoplocal'],
  service: ['#sav'],
  events: ['#atelier', '#diy', '#popup'],
  sustainability: ['#zerowaste', '#ecoresponsable'],
  loyalty: ['#fidelite'],
  returns: ['#retour'],
  collection: ['#nouvellecollection', '#newin'],
};

/** French elision and contraction where a slot met an article: « la ambre » → « l’ambre », « à le pop-up » → « au pop-up ». */
const elide = (s: string) =>
  s
    .replace(/(?<!\p{L})([LlDd])[ae] (?=[aeiouàâéèêîôAEIOUÉ])/gu, '$1’')
    .replace(/(?<!\p{L})([àÀ]|[dD]e) les? (?=\p{L})/gu, (m, p: string) =>
      p.toLowerCase() === 'de' ? (m.includes('les') ? 'des ' : 'du ') : m.includes('les') ? 'aux ' : 'au ',
    );

const one = (r: Rand, spec: TextSpec, templates: readonly string[]) => {
  const s = expand(r, pick(r, templates), SLOTS[spec.lang], spec.name);
  return spec.lang === 'fr' ? elide(s) : s;
};

function brandReply(r: Rand, spec: TextSpec): string {
  const L = spec.lang;
  switch (spec.parentIntent) {
    case 'question':
      if (spec.theme) return `${one(r, spec, BRAND_LINES.greet[L])} ${one(r, spec, BANKS[L][spec.theme].brand)}`;
      return one(r, spec, BRAND_LINES.thanks[L]);
    case 'complaint':
      return one(r, spec, BRAND_LINES.sorry[L]);
    case 'purchase':
      return one(r, spec, BRAND_LINES.buy[L]);
    case 'chat':
    case 'agree':
      return one(r, spec, BRAND_LINES.chat[L]);
    default:
      return one(r, spec, BRAND_LINES.thanks[L]);
  }
}

/** One sentence for the message, and the topic it was drawn from (CHATTER for none). */
function base(r: Rand, spec: TextSpec): { text: string; topic: Topic | typeof CHATTER } {
  const L = spec.lang;
  const part = TOPIC_PART[spec.intent];
  if (part && spec.theme) return { text: one(r, spec, BANKS[L][spec.theme][part]), topic: spec.theme };
  const lines =
    spec.intent === 'agree'
      ? AGREE[L]
      : spec.intent === 'thanks'
        ? THANKS[L]
        : spec.intent === 'welcome'
          ? WELCOMES[L]
          : spec.intent === 'announcement'
            ? ANNOUNCEMENTS[L]
            : SMALL_TALK[L];
  if (spec.intent === 'brand') return { text: brandReply(r, spec), topic: CHATTER };
  return { text: one(r, spec, lines), topic: CHATTER };
}

/** Real people type fast: a dropped or swapped letter, accents gone, no capital, doubled letters. */
function typo(r: Rand, s: string): string {
  const k = Math.floor(r() * 5);
  const i = 1 + Math.floor(r() * Math.max(1, s.length - 3));
  if (k === 0 && /\p{L}/u.test(s[i] ?? '')) return s.slice(0, i) + s.slice(i + 1);
  if (k === 1 && /\p{L}\p{L}/u.test(s.slice(i, i + 2))) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  if (k === 2) return stripAccents(s);
  if (k === 3) return s.toLowerCase().replace(/[.!]+$/, '');
  return /\p{L}/u.test(s[i] ?? '') ? s.slice(0, i) + s[i] + s.slice(i) : s;
}

const stripAccents = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');

function slang(r: Rand, s: string, lang: Lang): string {
  for (const [re, short] of SLANG[lang]) if (r() < 0.6) s = s.replace(re, short);
  return s;
}

/** The question mark as people type it: « ? », "?", "??", or none. */
function questionMarks(r: Rand, s: string): string {
  const x = r();
  if (x < 0.12) return s.replace(/ ?\?$/, '??');
  if (x < 0.18) return s.replace(/ ?\?$/, '');
  if (x < 0.35) return s.replace(/ \?$/, '?');
  return s;
}

/**
 * The words of one member message and its topic. Brand texts stay clean; members' get openers and
 * closers, slang, typos, missing accents, emoji and hashtags; a few carry a second line.
 */
export function writeTopicText(r: Rand, spec: TextSpec): { text: string; topic: Topic | typeof CHATTER } {
  const first = base(r, spec);
  let s = first.text;
  if (spec.intent === 'brand' || spec.intent === 'announcement') return { text: s, topic: first.topic };
  const L = spec.lang;
  const long = TOPIC_PART[spec.intent] !== undefined;
  if (long && r() < 0.22) {
    const opener = pick(r, OPENERS[L]);
    s = `${opener}${r() < 0.5 && !/[!?]$/.test(opener) ? ', ' : ' '}${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  }
  if (s.endsWith('?')) s = questionMarks(r, s);
  if (long && r() < 0.14) s = `${s} ${pick(r, CLOSERS[L])}`;
  if (r() < (L === 'fr' ? 0.18 : 0.12)) s = slang(r, s, L);
  if (r() < (L === 'fr' ? 0.2 : 0.14)) s = typo(r, s);
  if (L === 'fr' && r() < 0.1) s = stripAccents(s);
  if (r() < 0.06) s = s.toLowerCase();
  if (spec.intent !== 'welcome' && r() < 0.08) {
    // A second line is chatter: the same intent twice would often repeat the first line.
    const next = base(r, { ...spec, intent: 'chat' });
    s = `${s}\n${next.text}`;
  }
  if (r() < 0.22) s = `${s} ${pick(r, EMOJI)}`;
  if (r() < 0.07) s = `${s} ${pick(r, (spec.theme && long && HASHTAGS[spec.theme]) || HASHTAGS.any)}`;
  return { text: s, topic: first.topic };
}

/** The words of one message (see writeTopicText). */
export function writeText(r: Rand, spec: TextSpec): string {
  return writeTopicText(r, spec).text;
}

/** Whether (and how likely) the brand answers a message of this intent. */
export const BRAND_ANSWER_RATE: Record<Intent, number> = {
  question: 0.82,
  complaint: 0.92,
  purchase: 0.7,
  praise: 0.35,
  recommendation: 0.3,
  chat: 0.05,
  agree: 0,
  answer: 0,
  thanks: 0,
  welcome: 0,
  brand: 0,
  announcement: 0,
};
