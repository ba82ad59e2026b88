import type { ReportLang } from '../contract/reports';

/** Numbers, shares, durations and dates as the report writes them, in its language. */
export interface ReportFormat {
  lang: ReportLang;
  locale: string;
  int: (n: number) => string;
  num: (n: number, digits?: number) => string;
  pct: (share: number | null, digits?: number) => string;
  /** A change in points (shares) or relative (counts): "+3,2 pts", "−12 %". */
  signedPct: (change: number) => string;
  signedPoints: (change: number) => string;
  /** Minutes as the reader thinks of them: "45 min", "6 h", "2,5 d". */
  duration: (minutes: number | null) => string;
  day: (iso: string) => string;
  shortDay: (iso: string) => string;
  month: (iso: string) => string;
}

const LOCALES: Record<ReportLang, string> = { fr: 'fr-FR', en: 'en-GB' };

const made = new Map<ReportLang, ReportFormat>();

/**
 * The report's formatter for a language, made once: an Intl formatter costs far more to build than to
 * use, and a report formats thousands of cells (building them per cell took 0.2 s of a 20-page report).
 */
export function reportFormat(lang: ReportLang): ReportFormat {
  let f = made.get(lang);
  if (!f) made.set(lang, (f = makeFormat(lang)));
  return f;
}

function makeFormat(lang: ReportLang): ReportFormat {
  const locale = LOCALES[lang];
  const ints = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const byDigits = (style: 'decimal' | 'percent') => {
    const cache = new Map<number, Intl.NumberFormat>();
    return (d: number) => {
      let nf = cache.get(d);
      if (!nf) cache.set(d, (nf = new Intl.NumberFormat(locale, { style, maximumFractionDigits: d })));
      return nf;
    };
  };
  const nums = byDigits('decimal');
  const pcts = byDigits('percent');
  const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortDays = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const sign = (x: number, s: string) => (x > 0 ? `+${s}` : x < 0 ? `−${s.replace('-', '')}` : s);
  return {
    lang,
    locale,
    int: (n) => ints.format(n),
    num: (n, d = 1) => nums(d).format(n),
    pct: (x, d = 0) => (x === null ? '–' : pcts(d).format(x)),
    signedPct: (x) => sign(x, pcts(0).format(x)),
    signedPoints: (x) => sign(x, `${nums(1).format(x * 100)} ${lang === 'fr' ? 'pts' : 'pts'}`),
    duration: (m) => {
      if (m === null) return '–';
      if (m < 90) return `${ints.format(m)} min`;
      if (m < 48 * 60) return `${nums(m < 600 ? 1 : 0).format(m / 60)} h`;
      return `${nums(1).format(m / 1440)} ${lang === 'fr' ? 'j' : 'd'}`;
    },
    day: (iso) => days.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    shortDay: (iso) => shortDays.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    month: (iso) => months.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
  };
}
