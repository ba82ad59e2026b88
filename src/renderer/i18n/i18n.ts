import i18next, { type i18n } from 'i18next';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../../core/errors';
import { uiLang } from '../api/lang';
import { FEATURES, resourcesOf } from './resources';

const STORAGE_KEY = 'cercle.lang';

/** The language the user chose last, else the browser's or the OS's (French for fr-*). */
export function initialLang(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Lang {
  const saved = storage?.getItem(STORAGE_KEY);
  return saved === 'fr' || saved === 'en' ? saved : uiLang();
}

/** One i18next instance for the app, every namespace loaded up front (they are small and local). */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: resourcesOf('en'), fr: resourcesOf('fr') },
    ns: Object.keys(FEATURES),
    defaultNS: 'common',
    // React escapes what it renders; i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  setDocumentLang(lang);
  return instance;
}

function setDocumentLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** The current language and a switch that remembers the choice. */
export function useLanguage(): { lang: Lang; setLang: (lang: Lang) => void } {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const setLang = useCallback(
    (next: Lang) => {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
      setDocumentLang(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { lang, setLang };
}
