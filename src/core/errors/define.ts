/** The languages every user-facing sentence exists in. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** What a message may be built from: plain values, so an error crosses threads and JSON unchanged. */
export type Params = Record<string, string | number | undefined>;

/** One sentence in every language, from the same parameters (a missing language does not compile). */
export type Message<P extends Params> = { [L in Lang]: (p: P) => string };

export function message<P extends Params = Record<never, never>>(en: (p: P) => string, fr: (p: P) => string): Message<P> {
  return { en, fr };
}

/** « 3 fichiers » / "3 files": the plural rules of each language (French counts 0 and 1 as singular). */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  return new Intl.PluralRules(lang).select(n) === 'one' ? one : other;
}
