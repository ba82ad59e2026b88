import { asUtcMs, type UtcMs } from '../../../util/time-keys';
import { zonedWallToUtc } from '../../../util/time-zone';

/** Meta JSON writes unix seconds (`timestamp`) and unix ms (`timestamp_ms`); anything above 1e11 is ms. */
export function epochToMs(v: number): UtcMs {
  return asUtcMs(v > 1e11 ? Math.round(v) : Math.round(v * 1000));
}

/** Flat-era (2018–20) exports write ISO strings, with or without an offset (none = UTC). */
export function isoToMs(s: string): UtcMs {
  const t = s.trim();
  const withZone = /[zZ]|[+-]\d{2}:?\d{2}$/.test(t) ? t : `${t}Z`;
  return asUtcMs(Date.parse(withZone.replace(' ', 'T')));
}

/**
 * Month names as the HTML exports write them, by language (English first; the others are the usual
 * abbreviations). Matched by prefix on a lower-cased, accent-free word, longest key first, so "juin"
 * and "juil" are told apart before "jun"/"jul".
 */
const MONTH_KEYS: [string, number][] = (
  [
    [1, ['jan', 'janv', 'ene', 'gen']],
    [2, ['feb', 'fev', 'fevr', 'febr']],
    [3, ['mar', 'mrt', 'maer']],
    [4, ['apr', 'abr', 'avr']],
    [5, ['may', 'mai', 'mei', 'mag']],
    [6, ['jun', 'juin', 'giu']],
    [7, ['jul', 'juil', 'lug']],
    [8, ['aug', 'ago', 'aout', 'agu', 'agt']],
    [9, ['sep', 'set']],
    [10, ['oct', 'okt', 'out', 'ott']],
    [11, ['nov']],
    [12, ['dec', 'dez', 'dic', 'des']],
  ] as [number, string[]][]
)
  .flatMap(([m, keys]) => keys.map((k) => [k, m] as [string, number]))
  .sort((a, b) => b[0].length - a[0].length);

export function monthFromName(word: string): number | undefined {
  const w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\./g, '')
    .toLowerCase();
  if (w.length < 3) return undefined;
  return MONTH_KEYS.find(([k]) => w.startsWith(k))?.[1];
}

const MONTH_FIRST = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:\p{L}+\s+)?(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/iu;
const DAY_FIRST =
  /^(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?\s+(?:de\s+)?(\d{4}),?\s+(?:\p{L}+\s+)?(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/iu;

/**
 * Reads an HTML-export timestamp such as "Sep 09, 2025 12:40 am" (2023+), "Sep 9, 2022, 12:40 PM"
 * (older) or "9 sept. 2025 12:40" as wall-clock time in `timezone`: the page does not say its zone.
 * Returns NaN when the text is not a timestamp.
 */
export function parseHtmlTime(text: string, timezone: string): UtcMs {
  const t = text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let month: number | undefined;
  let day: number;
  let year: number;
  let m = MONTH_FIRST.exec(t);
  let hourAt = 4;
  if (m) {
    month = monthFromName(m[1]!);
    day = Number(m[2]);
    year = Number(m[3]);
  } else {
    m = DAY_FIRST.exec(t);
    if (!m) return asUtcMs(NaN);
    day = Number(m[1]);
    month = monthFromName(m[2]!);
    year = Number(m[3]);
  }
  if (month === undefined) return asUtcMs(NaN);
  let hour = Number(m[hourAt]);
  const minute = Number(m[++hourAt]);
  const second = m[++hourAt] ? Number(m[hourAt]) : 0;
  const ampm = m[++hourAt]?.toLowerCase();
  if (ampm === 'p' && hour < 12) hour += 12;
  if (ampm === 'a' && hour === 12) hour = 0;
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return asUtcMs(NaN);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(wall).getUTCDate() !== day) return asUtcMs(NaN);
  return zonedWallToUtc(timezone, wall);
}
