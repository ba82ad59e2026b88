import { offsetMs } from '../util/time-zone';
import { asUtcMs } from '../util/time-keys';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Escapes the surrogate halves in serialised JSON text as .NET's relaxed encoder does
 * (DiscordChatExporter): BMP characters stay raw, astral ones (most emoji) become \uXXXX pairs.
 */
export function escapeAstral(json: string): string {
  return json.replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** JSON string the way Meta writes it: every UTF-8 byte of a non-ASCII character as its own \u00XX escape. */
export function metaJson(s: string): string {
  let latin = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) latin += ch;
    else for (const b of utf8Bytes(cp)) latin += String.fromCharCode(b);
  }
  return JSON.stringify(latin).replace(/[\u0080-\u00ff]/g, (c) => `\\u00${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function utf8Bytes(cp: number): number[] {
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

/** Fields of the wall clock in `tz` at `ms`. */
export function wallParts(
  ms: number,
  tz: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number; off: number } {
  const off = offsetMs(tz, asUtcMs(ms));
  const t = new Date(ms + off);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
    ms: t.getUTCMilliseconds(),
    off,
  };
}

/** ISO-8601 with milliseconds and the zone's offset, as DiscordChatExporter writes local times. */
export function isoWithOffset(ms: number, tz: string): string {
  const p = wallParts(ms, tz);
  const sign = p.off < 0 ? '-' : '+';
  const a = Math.abs(p.off) / 60_000;
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}.${pad(p.ms, 3)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** Local wall-clock ISO without zone or fraction, as Telegram Desktop writes `date`. */
export function localIso(ms: number, tz: string): string {
  const p = wallParts(ms, tz);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, LinkedIn's usual date. */
export function utcSql(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** A CSV field, quoted only when it must be (what LinkedIn and Meta exports do). */
export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: (string | number)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

export { pad };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of an ASCII string (the core has neither Buffer nor btoa). */
export function base64Ascii(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8) | (s.charCodeAt(i + 2) || 0);
    out +=
      B64[(n >> 18) & 63]! +
      B64[(n >> 12) & 63]! +
      (i + 1 < s.length ? B64[(n >> 6) & 63]! : '=') +
      (i + 2 < s.length ? B64[n & 63]! : '=');
  }
  return out;
}
