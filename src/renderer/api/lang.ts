import type { Lang } from '../../core/errors';

/** French when the browser or the OS speaks French, English otherwise. */
export function uiLang(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
): Lang {
  return languages
    .find((l) => /^(fr|en)\b/i.test(l))
    ?.toLowerCase()
    .startsWith('fr')
    ? 'fr'
    : 'en';
}
