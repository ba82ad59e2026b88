import type { ReportLang } from '../contract/reports';

/** A member as the data name them: every name and handle that could identify them in a quote. */
export interface KnownPerson {
  id: number;
  name: string;
  handles: readonly string[];
}

/**
 * The report's privacy pass. When on, a member is « Membre 17 » / "Member 17" everywhere, numbered in the
 * order the report first names them (so the same member keeps the same number across sections), and any
 * text quoted from the data has the members' names and handles replaced the same way, the remaining
 * parts of names masked, and every e-mail address, phone number and @handle masked too. When off, it
 * changes nothing.
 */
export interface Pseudonymizer {
  readonly enabled: boolean;
  member(personId: number, name: string): string;
  text(s: string): string;
}

const WORDS: Record<ReportLang, { member: string; name: string; email: string; phone: string; handle: string }> = {
  en: { member: 'Member', name: '[name]', email: '[e-mail]', phone: '[phone]', handle: '@[member]' },
  fr: { member: 'Membre', name: '[nom]', email: '[e-mail]', phone: '[téléphone]', handle: '@[membre]' },
};

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// International or national numbers written with spaces, dots, dashes or brackets: at least 8 digits.
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d(?:[\s.\-()]{0,2}\d){7,14}(?![\p{L}\p{N}])/gu;
const HANDLE = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_.]{2,}/gu;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bounded = (alternatives: string[], flags: string, prefix = '') =>
  alternatives.length === 0
    ? null
    : new RegExp(
        `(?<![\\p{L}\\p{N}_])${prefix}(?:${alternatives
          .sort((a, b) => b.length - a.length)
          .map(escape)
          .join('|')})(?![\\p{L}\\p{N}_])`,
        flags,
      );

export function pseudonymizer(people: readonly KnownPerson[], lang: ReportLang, enabled: boolean): Pseudonymizer {
  const words = WORDS[lang];
  const numbers = new Map<number, number>();
  const alias = (id: number) => {
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = numbers.size + 1));
    return `${words.member} ${n}`;
  };
  if (!enabled) return { enabled, member: (_id, name) => name, text: (s) => s };

  // Whole names and handles name one member: they become that member's alias (case-insensitive).
  const owner = new Map<string, number>();
  for (const p of people)
    for (const token of [p.name, ...p.handles]) {
      const t = token.trim();
      if (t.length >= 3 && !owner.has(t.toLowerCase())) owner.set(t.toLowerCase(), p.id);
    }
  // Parts of names ("Sarah" of "Sarah Caron") are masked when written capitalised, as names are.
  const parts = new Set<string>();
  for (const p of people)
    for (const part of p.name.split(/[\s,'’-]+/u))
      if (part.length >= 3 && /^\p{Lu}/u.test(part) && !owner.has(part.toLowerCase())) parts.add(part);
  // with its @ when written as a mention
  const whole = bounded([...owner.keys()], 'giu', '@?');
  const partial = bounded([...parts], 'gu');

  return {
    enabled,
    member: (id) => alias(id),
    text(s) {
      let out = s.replace(EMAIL, words.email).replace(PHONE, words.phone);
      if (whole) out = out.replace(whole, (m) => alias(owner.get(m.replace(/^@/, '').toLowerCase())!));
      out = out.replace(HANDLE, words.handle);
      if (partial) out = out.replace(partial, words.name);
      return out;
    },
  };
}
