/**
 * The one CSV reader of the importers: forgiving, streaming, hand-written.
 *
 * Why our own and not csv-parse (7.0.3), measured with bench/csv-throughput.ts (read from disk + decode +
 * parse, medians of 7 alternating rounds, on a loaded 2-CPU machine):
 *
 *                                        DCE CSV, 100k rows, 12 MB    LinkedIn messages.csv, 45 MB
 *   this reader, streamed (csvBatches)     75 ms                        268 ms
 *   this reader, whole text (parseCsv)    149 ms                        474 ms
 *   csv-parse sync, browser build        1146 ms                       5386 ms
 *   csv-parse stream, browser build       979 ms                       3872 ms
 *   csv-parse sync / stream, Node build   396 / 406 ms                 1696 / 1557 ms
 *
 * The browser build is the one src/core may import (the Node build needs node:stream); on the 100k-row
 * DCE import (about 2.8 s to parse and insert) it would cost 0.9 to 1.1 s more. csv-parse also knows no
 * backslash escapes and rejects stray quotes unless relaxed (below). The two readers this one replaced
 * took 116 ms (Discord's, streamed) and 131 ms (generic, whole text) on the DCE file, 364 and 469 ms
 * on messages.csv.
 *
 * Exports are not RFC 4180: LinkedIn escapes quotes with a backslash in Comments.csv, wraps every line
 * of a Shares commentary in extra quotes, and sometimes writes a newline inside an unquoted field;
 * Takeout leaves trailing blank lines. So: `""` and (optionally) `\"` both escape a quote, a quote
 * inside an unquoted field is a literal, a quote inside a quoted field that is not followed by a
 * delimiter or line end is a literal, and each record keeps its raw source line so a caller can
 * re-join a field broken by a bare newline. A quoted field that never closes is the one hard error: it
 * means the file was cut short.
 *
 * Text arrives in chunks cut anywhere. Complete records are parsed at once; the start of an incomplete
 * one waits for more text and is parsed again with it, but only once at least as much new text has
 * come, so a record as long as the file (a quote that never closes) still costs linear time.
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line number where the record starts. */
  line: number;
  /** The record's source text, when none of its fields was quoted ('' for an empty line). */
  raw: string | undefined;
}

export interface CsvOptions {
  /** `,` `;` tab or `|`. Left out: the most frequent of these in the first non-blank line. */
  delimiter?: string | undefined;
  /** Read `\"` inside a quoted field as a quote (LinkedIn Comments.csv). */
  backslashEscapes?: boolean;
  /**
   * Keep a CRLF inside a quoted field as written instead of reading it as LF. The Discord importers
   * keep it: their record keys hash the text as it was read before this reader existed.
   */
  keepCrlf?: boolean;
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
/** The delimiter is sniffed from the first non-blank line among these first lines (else `,`). */
const SNIFF_LINES = 20;

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

interface ScanState {
  line: number;
  delim: number;
  backslash: boolean;
  keepCrlf: boolean;
}

/**
 * Parses the records of `text` into `out` and returns where the first incomplete one starts
 * (text.length when none is). With `final`, the text is the end of the file: every record completes.
 */
function scan(text: string, final: boolean, s: ScanState, out: CsvRecord[]): number {
  const { delim, backslash, keepCrlf } = s;
  const n = text.length;
  let i = 0;
  let line = s.line;
  const incomplete = (start: number, startLine: number) => {
    s.line = startLine;
    return start;
  };

  while (i < n) {
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    let quotedAny = false;
    for (;;) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        quotedAny = true;
        const openLine = line;
        i++;
        let value = '';
        let chunkStart = i;
        for (;;) {
          if (i >= n) {
            if (!final) return incomplete(start, startLine);
            throw new CsvSyntaxError(`a quoted field opened on line ${openLine} is never closed (file cut short?)`, openLine);
          }
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (i + 1 >= n && !final) return incomplete(start, startLine);
            const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
            if (next === QUOTE) {
              value += text.slice(chunkStart, i + 1);
              i += 2;
              chunkStart = i;
            } else if (next === -1 || next === delim || next === LF || next === CR) {
              value += text.slice(chunkStart, i);
              i++;
              break;
            } else {
              i++; // a stray quote inside the field: keep it as written
            }
          } else if (c === BACKSLASH && backslash) {
            if (i + 1 >= n && !final) return incomplete(start, startLine);
            if (i + 1 < n && text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(chunkStart, i) + '"';
              i += 2;
              chunkStart = i;
            } else i++;
          } else if (c === CR) {
            if (i + 1 >= n && !final) return incomplete(start, startLine);
            if (i + 1 < n && text.charCodeAt(i + 1) === LF) {
              if (!keepCrlf) {
                value += text.slice(chunkStart, i) + '\n';
                chunkStart = i + 2;
              }
              i += 2;
              line++;
            } else i++;
          } else {
            if (c === LF) line++;
            i++;
          }
        }
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
      // After a field: a delimiter starts the next one; a line end (or the end of the file) ends the record.
      if (i >= n) {
        if (!final) return incomplete(start, startLine);
        out.push({ fields, line: startLine, raw: quotedAny ? undefined : text.slice(start, i) });
        break;
      }
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i >= n) {
          if (!final) return incomplete(start, startLine);
          fields.push('');
          out.push({ fields, line: startLine, raw: quotedAny ? undefined : text.slice(start, i) });
          break;
        }
        continue;
      }
      // A CR at the end of the text may be the first half of a CRLF.
      if (c === CR && i + 1 >= n && !final) return incomplete(start, startLine);
      const recordEnd = i;
      i += c === CR && i + 1 < n && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      out.push({ fields, line: startLine, raw: quotedAny ? undefined : text.slice(start, recordEnd) });
      break;
    }
  }
  s.line = line;
  return n;
}

/** An incremental reader: push text chunks, take the records completed so far, end to get the last ones. */
export class CsvParser {
  private readonly state: ScanState;
  private delimiterKnown: boolean;
  /** The start of an incomplete record, from the last parse. */
  private carry = '';
  private waiting: string[] = [];
  private waitingLength = 0;
  private started = false;

  constructor(opts: CsvOptions = {}) {
    this.delimiterKnown = opts.delimiter !== undefined;
    this.state = {
      line: 1,
      delim: (opts.delimiter ?? ',').charCodeAt(0),
      backslash: opts.backslashEscapes === true,
      keepCrlf: opts.keepCrlf === true,
    };
  }

  /** Adds a chunk; the records it completes are appended to `out`. */
  push(chunk: string, out: CsvRecord[]): void {
    if (chunk === '') return;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.waiting.push(chunk);
    this.waitingLength += chunk.length;
    // Parse again only once as much new text has come as the incomplete record already holds.
    if (this.waitingLength < this.carry.length) return;
    if (!this.delimiterKnown && !this.sniff(false)) return;
    this.parse(false, out);
  }

  /** Ends the input: the last records go to `out`. Throws CsvSyntaxError on a quoted field that never closes. */
  end(out: CsvRecord[]): void {
    if (!this.delimiterKnown) this.sniff(true);
    this.parse(true, out);
  }

  private parse(final: boolean, out: CsvRecord[]): void {
    const text = this.carry + (this.waiting.length === 1 ? this.waiting[0]! : this.waiting.join(''));
    this.waiting = [];
    this.waitingLength = 0;
    const rest = scan(text, final, this.state, out);
    this.carry = rest < text.length ? text.slice(rest) : '';
  }

  /** Sets the delimiter from the first non-blank line, once that line is complete (or the file ended). */
  private sniff(final: boolean): boolean {
    const lines = this.waiting.join('').split(/\r?\n/, SNIFF_LINES + 1);
    const complete = final ? lines.slice(0, SNIFF_LINES) : lines.slice(0, Math.min(lines.length - 1, SNIFF_LINES));
    const header = complete.find((l) => l.trim() !== '');
    if (header === undefined && !final && complete.length < SNIFF_LINES) return false;
    this.state.delim = sniffDelimiter(header ?? '').charCodeAt(0);
    this.delimiterKnown = true;
    return true;
  }
}

/** Every record of a whole text. */
export function parseCsv(text: string, opts: CsvOptions = {}): CsvRecord[] {
  const parser = new CsvParser(opts);
  const out: CsvRecord[] = [];
  parser.push(text, out);
  parser.end(out);
  return out;
}
