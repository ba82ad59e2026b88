import { useMemo } from 'react';
import type { Lang } from '../../core/errors';
import { useLanguage } from './i18n';

/** The locale numbers and dates are written in: French writes 1 234,5 and 7 déc. 2026. */
export const localeOf = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export interface Format {
  locale: string;
  int(n: number): string;
  decimal(n: number, digits?: number): string;
  percent(share: number | null): string;
  /** A date in the client's time zone (not the viewer's), since every metric is computed there. */
  date(iso: string | null, timeZone: string): string;
  dateTime(iso: string, timeZone?: string): string;
  /** A calendar date key (a week's Monday, a month's first day) as written, with no zone shift. */
  day(isoDay: string, style?: 'short' | 'medium'): string;
  month(isoDay: string): string;
  minutes(m: number | null): string;
  bytes(n: number): string;
}

export function formatFor(lang: Lang): Format {
  const locale = localeOf(lang);
  const int = new Intl.NumberFormat(locale);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const dayShort = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });
  const dayMedium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    locale,
    int: (n) => int.format(n),
    decimal: (n, digits = 1) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n),
    percent: (share) => (share === null ? '—' : pct.format(share)),
    date: (iso, timeZone) => (iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso)) : '—'),
    dateTime: (iso, timeZone) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso)),
    day: (isoDay, style = 'medium') => (style === 'short' ? dayShort : dayMedium).format(new Date(`${isoDay}T00:00:00Z`)),
    month: (isoDay) => monthFmt.format(new Date(`${isoDay}T00:00:00Z`)),
    minutes: (m) => {
      if (m === null) return '—';
      if (m < 60) return `${int.format(Math.round(m))} min`;
      if (m < 48 * 60) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(m / 60)} h`;
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(m / 1440)} ${lang === 'fr' ? 'j' : 'd'}`;
    },
    bytes: (n) => {
      const f = (x: number, d: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: d }).format(x);
      const unit = lang === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
      if (n < 1024) return `${n} ${unit[0]}`;
      if (n < 1024 ** 2) return `${f(n / 1024, 0)} ${unit[1]}`;
      if (n < 1024 ** 3) return `${f(n / 1024 ** 2, 1)} ${unit[2]}`;
      return `${f(n / 1024 ** 3, 2)} ${unit[3]}`;
    },
  };
}

/** Formatters for the current language, rebuilt only when it changes. */
export function useFormat(): Format {
  const { lang } = useLanguage();
  return useMemo(() => formatFor(lang), [lang]);
}
