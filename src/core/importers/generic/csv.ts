/**
 * A forgiving CSV reader for platform exports. Exports are not RFC 4180: LinkedIn escapes quotes with a
 * backslash in Comments.csv, wraps every line of a Shares commentary in extra quotes, and sometimes
 * writes a newline inside an unquoted field; Takeout leaves trailing blank lines. So: `""` and
 * (optionally) `\"` both escape a quote, a quote inside an unquoted field is a literal, a quote inside a
 * quoted field that is not followed by a delimiter or line end is a literal, and each record keeps its
 * raw source line so a caller can re-join a field broken by a bare newline. A quoted field that never
 * closes is the one hard error: it means the file was cut short.
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line number where the record starts. */
  line: number;
  /** The record's source text, when none of its fields was quoted. */
  raw: string | undefined;
}

export interface CsvOptions {
  delimiter?: string;
  /** Read `\"` inside a quoted field as a quote (LinkedIn Comments.csv). */
  backslashEscapes?: boolean;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const CR = 13;
const LF = 10;

export function parseCsv(input: string, opts: CsvOptions = {}): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delim = (opts.delimiter ?? ',').charCodeAt(0);
  const backslash = opts.backslashEscapes === true;
  const out: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;

  while (i < n) {
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    let quotedAny = false;
    let endOfRecord = false;
    while (!endOfRecord) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        quotedAny = true;
        const openLine = line;
        i++;
        let value = '';
        let chunkStart = i;
        let closed = false;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
            if (next === QUOTE) {
              value += text.slice(chunkStart, i + 1);
              i += 2;
              chunkStart = i;
            } else if (next === -1 || next === delim || next === LF || next === CR) {
              value += text.slice(chunkStart, i);
              i++;
              closed = true;
              break;
            } else {
              i++; // a stray quote inside the field: keep it as written
            }
          } else if (backslash && c === BACKSLASH && i + 1 < n && text.charCodeAt(i + 1) === QUOTE) {
            value += text.slice(chunkStart, i) + '"';
            i += 2;
            chunkStart = i;
          } else if (c === CR && i + 1 < n && text.charCodeAt(i + 1) === LF) {
            value += text.slice(chunkStart, i) + '\n';
            i += 2;
            chunkStart = i;
            line++;
          } else {
            if (c === LF) line++;
            i++;
          }
        }
        if (!closed) throw new CsvSyntaxError(`a quoted field opened on line ${openLine} is never closed (file cut short?)`, openLine);
        fields.push(value);
      } else {
        const fieldStart = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        fields.push(text.slice(fieldStart, i));
      }
      // After a field: a delimiter starts the next one; a line end (or the end of input) ends the record.
      if (i >= n) {
        endOfRecord = true;
      } else {
        const c = text.charCodeAt(i);
        if (c === delim) {
          i++;
          if (i >= n) {
            fields.push('');
            endOfRecord = true;
          }
        } else {
          const recordEnd = i;
          i += c === CR && i + 1 < n && text.charCodeAt(i + 1) === LF ? 2 : 1;
          line++;
          endOfRecord = true;
          out.push({ fields, line: startLine, raw: quotedAny ? undefined : text.slice(start, recordEnd) });
          break;
        }
      }
      if (endOfRecord) out.push({ fields, line: startLine, raw: quotedAny ? undefined : text.slice(start, i) });
    }
  }
  return out;
}

/** A record with nothing but whitespace (blank lines, Takeout's trailing padding). */
export function isBlankRecord(r: CsvRecord): boolean {
  return r.fields.every((f) => f.trim() === '');
}

/** Splits one physical line as CSV, for sniffing headers in a file's first bytes (no error on a cut-off quote). */
export function splitCsvLine(line: string, delimiter = ','): string[] {
  try {
    return parseCsv(line.replace(/\r?\n$/, ''), { delimiter })[0]?.fields ?? [];
  } catch {
    return line.split(delimiter);
  }
}

/** Header cell as compared against alias tables: BOM, quotes, case and spacing removed. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"|"$/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** The first lines of a head, without the possibly cut-off last one. */
export function headLines(head: string, max = 40): string[] {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const lines = text.split(/\r?\n/);
  if (lines.length > 1) lines.pop();
  return lines.slice(0, max);
}

/** Guesses the delimiter of a header line: the most frequent of , ; tab |. */
export function sniffDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t', '|']) {
    const count = headerLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
