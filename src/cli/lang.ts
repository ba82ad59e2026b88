import type { Lang } from '../core/errors';

/**
 * The language of the CLI's messages: CERCLE_LANG if set, else the locale the shell runs in
 * (LC_ALL, LC_MESSAGES, LANG, as gettext reads them): French for fr_*, English otherwise.
 */
export function cliLang(env: Record<string, string | undefined> = process.env): Lang {
  const locale = env.CERCLE_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr\b|^fr[_-]/i.test(locale) ? 'fr' : 'en';
}
