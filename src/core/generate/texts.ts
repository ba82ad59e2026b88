import {
  AGREE,
  ANNOUNCEMENTS,
  ANSWERS,
  BRAND_ANSWERS,
  BRAND_LINES,
  COMPLAINTS,
  EMOJI,
  HASHTAGS,
  PRAISE,
  PURCHASES,
  QUESTIONS,
  RECOMMENDATIONS,
  SLOTS,
  SMALL_TALK,
  THANKS,
  THEME_IDS,
  WELCOMES,
  type Theme,
} from './lexicon';
import { pick, type Rand } from './sampling';

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
  theme?: Theme | undefined;
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

const THEME_WEIGHTS: Record<Intent, Partial<Record<Theme, number>>> = {
  question: { delivery: 3, price: 2, quality: 2, scent: 3, gifting: 2, eco: 1, workshop: 1.5 },
  complaint: { delivery: 4, quality: 3, price: 1.5, scent: 1.5, eco: 1 },
  praise: { quality: 3, scent: 4, delivery: 1.5, gifting: 2, workshop: 1, eco: 1 },
  recommendation: { scent: 2, gifting: 2, quality: 2 },
  purchase: { price: 2, scent: 2, gifting: 2 },
  chat: {},
  answer: {},
  agree: {},
  thanks: {},
  welcome: {},
  brand: {},
  announcement: { scent: 2, workshop: 1, price: 1, eco: 1 },
};

/** The planted theme of a message with this intent, or undefined for small talk. */
export function themeFor(r: Rand, intent: Intent): Theme | undefined {
  const w = THEME_WEIGHTS[intent];
  const entries = THEME_IDS.filter((t) => w[t]).map((t) => [t, w[t]!] as [Theme, number]);
  return entries.length === 0 ? undefined : weighted(r, entries);
}

function fill(r: Rand, template: string, spec: TextSpec): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === 'name') return spec.name ?? '';
    if (key === 'days') return String(4 + Math.floor(r() * 12));
    if (key === 'hours') return String(40 + 5 * Math.floor(r() * 7));
    const list = (spec.lang === 'en' && SLOTS[`${key}_en`]) || SLOTS[key];
    return list ? pick(r, list) : key;
  });
}

function fromBank(r: Rand, bank: Partial<Record<Theme, { fr: string[]; en: string[] }>>, spec: TextSpec): string {
  const byTheme = (spec.theme && bank[spec.theme]) || Object.values(bank)[0]!;
  return pick(r, byTheme[spec.lang]);
}

function brandReply(r: Rand, spec: TextSpec): string {
  const L = spec.lang;
  switch (spec.parentIntent) {
    case 'question':
      if (spec.theme) return `${pick(r, BRAND_LINES.greet[L])} ${BRAND_ANSWERS[spec.theme][L]}`;
      return pick(r, BRAND_LINES.thanks[L]);
    case 'complaint':
      return pick(r, BRAND_LINES.sorry[L]);
    case 'purchase':
      return pick(r, BRAND_LINES.buy[L]);
    case 'chat':
    case 'agree':
      return pick(r, BRAND_LINES.chat[L]);
    default:
      return pick(r, BRAND_LINES.thanks[L]);
  }
}

function base(r: Rand, spec: TextSpec): string {
  const L = spec.lang;
  switch (spec.intent) {
    case 'question':
      return fromBank(r, QUESTIONS, spec);
    case 'complaint':
      return fromBank(r, COMPLAINTS, spec);
    case 'praise':
      return fromBank(r, PRAISE, spec);
    case 'answer':
      return fromBank(r, ANSWERS, spec);
    case 'recommendation':
      return pick(r, RECOMMENDATIONS[L]);
    case 'purchase':
      return pick(r, PURCHASES[L]);
    case 'agree':
      return pick(r, AGREE[L]);
    case 'thanks':
      return pick(r, THANKS[L]);
    case 'welcome':
      return pick(r, WELCOMES[L]);
    case 'announcement':
      return pick(r, ANNOUNCEMENTS[L]);
    case 'brand':
      return brandReply(r, spec);
    default:
      return pick(r, SMALL_TALK[L]);
  }
}

/** Real people type fast: a dropped or swapped letter, accents gone, no capital, doubled letters. */
function typo(r: Rand, s: string): string {
  const k = Math.floor(r() * 5);
  const i = 1 + Math.floor(r() * Math.max(1, s.length - 3));
  if (k === 0 && /\p{L}/u.test(s[i] ?? '')) return s.slice(0, i) + s.slice(i + 1);
  if (k === 1 && /\p{L}\p{L}/u.test(s.slice(i, i + 2))) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  if (k === 2) return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (k === 3) return s.toLowerCase().replace(/[.!]+$/, '');
  return /\p{L}/u.test(s[i] ?? '') ? s.slice(0, i) + s[i] + s.slice(i) : s;
}

/** The words of one message. Brand texts stay clean; members' get typos, emoji and hashtags. */
export function writeText(r: Rand, spec: TextSpec): string {
  let s = fill(r, base(r, spec), spec);
  if (spec.intent === 'brand' || spec.intent === 'announcement') return s;
  if (r() < (spec.lang === 'fr' ? 0.2 : 0.14)) s = typo(r, s);
  if (spec.intent !== 'welcome' && r() < 0.08)
    s = `${s}\n${fill(r, base(r, { ...spec, intent: spec.intent === 'question' ? 'chat' : spec.intent }), spec)}`;
  if (r() < 0.22) s = `${s} ${pick(r, EMOJI)}`;
  if (r() < 0.07) s = `${s} ${pick(r, (spec.theme && HASHTAGS[spec.theme]) || HASHTAGS.any)}`;
  return s;
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
