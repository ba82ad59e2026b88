import { DateTime } from 'luxon';
import { asUtcMs, type UtcMs } from '../../util/time-keys';
import { zonedWallToUtc } from '../../util/time-zone';

/**
 * Timestamp readers shared by the CSV/JSON importers. Every result is UTC epoch ms or NaN; `zoned`
 * says whether the text fixed the instant itself (an offset, a `Z`, `UTC`, an epoch) or was a wall
 * clock read in the time zone passed in.
 */
export interface ReadTime {
  at: UtcMs;
  zoned: boolean;
}

const INVALID = asUtcMs(NaN);

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** ISO-8601 and the `YYYY-MM-DD HH:MM:SS[ UTC]` family, with 0–9 fractional digits. */
export function readIso(s: string, timezone: string): ReadTime {
  const m = ISO.exec(s.trim());
  if (!m) return { at: INVALID, zoned: false };
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000 + 1e-6) : 0;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0), ms);
  if (!validWall(wall, Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0)))
    return { at: INVALID, zoned: false };
  if (!zone) return { at: zonedWallToUtc(timezone, wall), zoned: false };
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return { at: asUtcMs(wall), zoned: true };
  const sign = z.startsWith('-') ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  const offset = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0')) * 60_000;
  return { at: asUtcMs(wall - sign * offset), zoned: true };
}

/** UTC wall clock `YYYY-MM-DD HH:MM:SS` (TikTok, LinkedIn): the platforms write server time in UTC. */
export function readUtcWall(s: string): UtcMs {
  const r = readIso(s, 'UTC');
  return r.at;
}

/** Unix time as digits: 9–11 digits are seconds, 12–14 are milliseconds (a decimal part is allowed on seconds). */
export function readEpoch(s: string): UtcMs {
  const t = s.trim();
  if (/^\d{9,11}(?:\.\d+)?$/.test(t)) return asUtcMs(Math.round(Number(t) * 1000));
  if (/^\d{12,14}$/.test(t)) return asUtcMs(Number(t));
  return INVALID;
}

/** A luxon format (`dd/MM/yyyy HH:mm`) read as wall-clock time in `timezone`. */
export function readWithFormat(s: string, format: string, timezone: string): UtcMs {
  const dt = DateTime.fromFormat(s.trim(), format, { zone: timezone, locale: 'en-US' });
  return dt.isValid ? asUtcMs(dt.toMillis()) : INVALID;
}

function validWall(ms: number, y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (!Number.isFinite(ms) || mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 60) return false;
  const dt = new Date(ms);
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Month names and abbreviations seen in exports (English, German, French, Spanish, Dutch), lower-case. */
const MONTHS: Record<string, number> = {};
[
  ['jan', 'january', 'januar', 'janv', 'janvier', 'ene', 'enero', 'januari', 'jän', 'jänner'],
  ['feb', 'february', 'februar', 'févr', 'fevr', 'février', 'febrero', 'februari'],
  ['mar', 'march', 'mär', 'märz', 'mrz', 'mars', 'marzo', 'mrt', 'maart'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril'],
  ['may', 'mai', 'mayo', 'mei'],
  ['jun', 'june', 'juni', 'juin', 'junio'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'december', 'dez', 'dezember', 'déc', 'décembre', 'dic', 'diciembre'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

/** 1..12 for a month name or abbreviation (a trailing dot is ignored), or 0. */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** Midnight of a calendar date in `timezone`, so the stored day is the day written. NaN for an impossible date. */
export function localMidnight(timezone: string, year: number, month: number, day: number): UtcMs {
  const wall = Date.UTC(year, month - 1, day);
  if (!validWall(wall, year, month, day, 0, 0, 0)) return INVALID;
  return zonedWallToUtc(timezone, wall);
}

/** A UTC instant from calendar fields, NaN if impossible. */
export function utcFromFields(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): UtcMs {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  return asUtcMs(validWall(ms, year, month, day, hour, minute, second) ? ms : NaN);
}
