/**
 * WhatsApp line headers. One grammar covers every variant seen (Android and iOS, any date order, 12/24 h,
 * "p. m." with no-break spaces, U+202F before AM/PM, Finnish "klo", brackets, U+200E marks, a dot after
 * the time as in "13:34. -"), adapted from whatsapp-chat-parser (MIT). A line that does not match
 * continues the previous message.
 */
const HEADER =
  /^[\u200E\u200F]*\[?(\d{1,4})[-/.]\s?(\d{1,4})[-/.]\s?(\d{1,4})[,.]?\s\D*?(\d{1,2})[.:](\d{1,2})(?:[.:](\d{1,2}))?\.?(?:\s?([ap])\.?\s?m\.?)?\]?(?:\s-|:)?\s/i;

export interface RawHeader {
  /** The three date fields in the order written. */
  fields: [number, number, number];
  /** Index of the year among the fields (4-digit field, else the last one). */
  yearAt: 0 | 1 | 2;
  hour: number;
  minute: number;
  second: number;
  /** The rest of the line after the header. */
  rest: string;
}

export function parseHeader(line: string): RawHeader | undefined {
  const m = HEADER.exec(line);
  if (!m) return undefined;
  const raw = [m[1]!, m[2]!, m[3]!];
  const fields = raw.map(Number) as [number, number, number];
  const yearAt = (raw[0]!.length >= 3 ? 0 : raw[1]!.length >= 3 ? 1 : 2) as 0 | 1 | 2;
  let hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] ? Number(m[6]) : 0;
  const ampm = m[7]?.toLowerCase();
  if (ampm === 'p' && hour < 12) hour += 12;
  if (ampm === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { fields, yearAt, hour, minute, second, rest: line.slice(m[0].length) };
}

/** The two non-year fields, in the order written. */
export function dayMonthPair(h: RawHeader): [number, number] {
  const others = h.fields.filter((_, i) => i !== h.yearAt);
  return [others[0]!, others[1]!];
}

/**
 * Decides, over the whole file, whether the first non-year field is the day. A value above 12 settles
 * it; otherwise the field that changes more often between consecutive messages is the day; a tie is
 * day-first (the more common order worldwide, and whatsapp-chat-parser's default).
 */
export class DateOrderGuesser {
  private firstOver12 = false;
  private secondOver12 = false;
  private firstChanges = 0;
  private secondChanges = 0;
  private prev: [number, number] | undefined;
  private yearFirst = false;

  add(h: RawHeader): void {
    if (h.yearAt === 0) this.yearFirst = true;
    const [a, b] = dayMonthPair(h);
    if (a > 12) this.firstOver12 = true;
    if (b > 12) this.secondOver12 = true;
    if (this.prev) {
      if (this.prev[0] !== a) this.firstChanges++;
      if (this.prev[1] !== b) this.secondChanges++;
    }
    this.prev = [a, b];
  }

  daysFirst(): boolean {
    if (this.yearFirst) return false; // y/m/d: nobody writes year, day, month
    if (this.firstOver12 !== this.secondOver12) return this.firstOver12;
    if (this.firstChanges !== this.secondChanges) return this.firstChanges > this.secondChanges;
    return true;
  }
}

/** Wall-clock time of a header as if it were UTC, or NaN for an impossible date. */
export function wallClockMs(h: RawHeader, daysFirst: boolean): number {
  const [a, b] = dayMonthPair(h);
  const [day, month] = daysFirst ? [a, b] : [b, a];
  let year = h.fields[h.yearAt];
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  const ms = Date.UTC(year, month - 1, day, h.hour, h.minute, h.second);
  if (new Date(ms).getUTCDate() !== day) return NaN;
  return ms;
}
