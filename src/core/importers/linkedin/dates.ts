import { localMidnight, monthNumber, readIso, utcFromFields } from '../generic/timestamps';
import { asUtcMs, type UtcMs } from '../../util/time-keys';

/**
 * Every date shape of the LinkedIn member export. The export is written server-side in UTC: messages
 * say so (`… UTC`), Company Follows is Java's Date.toString() with `UTC`, so the shapes that carry no
 * zone (posts, comments, reactions, the `6/14/24, 5:57 AM` of Invitations) are read as UTC too.
 * Date-only values (Connections `17 Jun 2021`, Excel's `18-Jun-24`) are the start of that day in the
 * client's time zone, so they land on the day written.
 */
export interface LinkedInDate {
  at: UtcMs;
  /** `YYYY-MM-DD` of the date as written, a key part that does not depend on the time zone. */
  ymd: string;
}

const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([\p{L}.]{3,10})[ -](\d{2}|\d{4})$/u;
const US_SHORT = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?\s?[Mm]\.?)?$/;
const JAVA_DATE = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (?:UTC|GMT) (\d{4})$/;

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const ymdOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function readLinkedInDate(raw: string, timezone: string): LinkedInDate | undefined {
  const s = raw.trim();
  if (s === '' || /^n\/?a$/i.test(s)) return undefined;

  const iso = readIso(s, 'UTC');
  if (Number.isFinite(iso.at)) return { at: iso.at, ymd: ymdOf(iso.at) };

  let m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    const year = fullYear(m[3]!);
    const day = Number(m[1]);
    const at = month ? localMidnight(timezone, year, month, day) : asUtcMs(NaN);
    return Number.isFinite(at) ? { at, ymd: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` } : undefined;
  }

  m = US_SHORT.exec(s);
  if (m) {
    let hour = Number(m[4]);
    const ampm = m[7]?.toLowerCase();
    if (hour > 12 && ampm) return undefined;
    if (ampm === 'p' && hour < 12) hour += 12;
    if (ampm === 'a' && hour === 12) hour = 0;
    const at = utcFromFields(fullYear(m[3]!), Number(m[1]), Number(m[2]), hour, Number(m[5]), Number(m[6] ?? 0));
    return Number.isFinite(at) ? { at, ymd: ymdOf(at) } : undefined;
  }

  m = JAVA_DATE.exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    const at = month ? utcFromFields(Number(m[6]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) : asUtcMs(NaN);
    return Number.isFinite(at) ? { at, ymd: ymdOf(at) } : undefined;
  }
  return undefined;
}
