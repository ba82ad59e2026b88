/**
 * Finding where one JSON value ends in text that may stop anywhere, for the streaming reader
 * (json-stream.ts): the exact scan, the indentation guess, and the quoting of 64-bit integers.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const MINUS = 45;
const GUESS_LIMIT = 4 << 20;

export class JsonStreamError extends Error {}

/** Reports a problem at an offset of the current text; never returns. */
export type Fail = (what: string, at: number) => never;

export type Role = 'key' | 'property' | 'element';

/** The scan of one value, resumable when more text arrives (offsets are into the reader's buffer). */
export interface Capture {
  role: Role;
  start: number;
  scan: number;
  depth: number;
  inString: boolean;
  end: number;
  /** [start, end) offsets (from `start`) of integers too large for a double. */
  big: number[] | undefined;
  /** Fast path: the line that closes the element, where to look for it next, and the value once verified. */
  closing: string | undefined;
  searchFrom: number;
  value: unknown;
  /**
   * Text of a long value already scanned and moved out of the reader's buffer (see `spill`); `start` is then
   * negative: the value began that many characters before the buffer.
   */
  pieces: string[] | undefined;
}

const isNumberChar = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === MINUS;
const isLiteralChar = (c: number) => c >= 97 && c <= 122;

export function newCapture(role: Role, i: number): Capture {
  return {
    role,
    start: i,
    scan: i,
    depth: 0,
    inString: false,
    end: -1,
    big: undefined,
    closing: undefined,
    searchFrom: i,
    value: undefined,
    pieces: undefined,
  };
}

/** Moves a capture's offsets when the buffer loses its first `by` characters. */
export function shiftCapture(c: Capture, by: number): void {
  c.start -= by;
  c.scan -= by;
  c.searchFrom -= by;
}

/**
 * Past this many scanned characters, a value's text leaves the reader's buffer for `pieces`, so each new
 * chunk is appended to a short buffer. Appending to one growing string instead makes V8 flatten the whole
 * value again for every chunk: a 300 MB string value took minutes (quadratic), now it is read in one pass.
 */
export const SPILL_AT = 1 << 20;

/**
 * Moves the scanned part of a long value out of `s` into `c.pieces`; returns how many leading characters of
 * `s` the reader may drop. Inside a string, a trailing run of backslashes stays in the buffer, so the scan can
 * still tell whether the next quote is escaped.
 */
export function spill(s: string, c: Capture): number {
  let cut = c.scan;
  if (c.inString) while (cut > 0 && s.charCodeAt(cut - 1) === BACKSLASH) cut--;
  const from = Math.max(c.start, 0);
  if (cut > from) (c.pieces ??= []).push(s.slice(from, cut));
  else cut = from;
  return cut;
}

/** "\n" + the indentation of the line where the value opens + its closing bracket, if it opens a line. */
export function closingLine(s: string, i: number): string | undefined {
  const open = s.charCodeAt(i);
  if (open !== LBRACE && open !== LBRACKET) return undefined;
  let k = i - 1;
  while (k >= 0 && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k--;
  // The line start may lie before the kept buffer: then the guess is simply not tried.
  if (k < 0 || s.charCodeAt(k) !== 10) return undefined;
  return `\n${s.slice(k + 1, i)}${open === LBRACE ? '}' : ']'}`;
}

/**
 * The fast path: 'done' once JSON.parse verified the guessed slice (c.value, c.end set), 'more' when the
 * closing line has not arrived yet, 'miss' to fall back to the exact scan.
 */
export function guessEnd(s: string, c: Capture, final: boolean): 'done' | 'more' | 'miss' {
  const closing = c.closing!;
  const at = s.indexOf(closing, c.searchFrom);
  if (at < 0) {
    // Past this, the layout is probably not what the guess assumes: holding more would risk the memory.
    if (final || s.length - c.start > GUESS_LIMIT) return 'miss';
    c.searchFrom = Math.max(c.start, s.length - closing.length + 1);
    return 'more';
  }
  const end = at + closing.length;
  try {
    c.value = JSON.parse(s.slice(c.start, end));
  } catch {
    return 'miss';
  }
  c.end = end;
  return 'done';
}

/** Advances the exact scan of one value; true once its end is known (c.end), false when the text stops first. */
export function scanValue(s: string, c: Capture, final: boolean, fail: Fail): boolean {
  const n = s.length;
  let i = c.scan;
  let depth = c.depth;
  let inString = c.inString;
  const pause = (at: number, str: boolean): false => {
    if (final) throw new JsonStreamError('truncated JSON: the document ends inside a value');
    c.scan = at;
    c.depth = depth;
    c.inString = str;
    return false;
  };
  for (;;) {
    if (inString) {
      // indexOf is native; a quote counts when an even number of backslashes precedes it.
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) return pause(n, true);
        let k = q - 1;
        while (s.charCodeAt(k) === BACKSLASH) k--;
        i = q + 1;
        if ((q - 1 - k) % 2 === 0) break;
      }
      inString = false;
      if (depth === 0) return ended(c, i);
      continue;
    }
    if (i >= n) return pause(i, false);
    const ch = s.charCodeAt(i);
    if (ch === QUOTE) {
      inString = true;
      i++;
    } else if (ch === LBRACE || ch === LBRACKET) {
      depth++;
      i++;
    } else if (ch === RBRACE || ch === RBRACKET) {
      if (depth === 0) fail(`unexpected ${JSON.stringify(s.charAt(i))} (expected a value)`, i);
      depth--;
      i++;
      if (depth === 0) return ended(c, i);
    } else if ((ch >= 48 && ch <= 57) || ch === MINUS) {
      let j = i + 1;
      while (j < n && isNumberChar(s.charCodeAt(j))) j++;
      // A number cut by the end of the text is read again whole when more arrives.
      if (j === n && !final) return pause(i, false);
      if (j - i >= 16 && c.role !== 'key') noteBigInt(c, s, i, j);
      i = j;
      if (depth === 0) return ended(c, i);
    } else if (depth === 0) {
      let j = i;
      while (j < n && isLiteralChar(s.charCodeAt(j))) j++;
      if (j === i) fail(`unexpected ${JSON.stringify(s.charAt(i))} (expected a value)`, i);
      if (j === n && !final) return pause(i, false);
      return ended(c, j);
    } else i++;
  }
}

function ended(c: Capture, end: number): true {
  c.end = end;
  return true;
}

function noteBigInt(c: Capture, s: string, i: number, j: number): void {
  const neg = s.charCodeAt(i) === MINUS ? 1 : 0;
  for (let k = i + neg; k < j; k++) {
    const d = s.charCodeAt(k);
    if (d < 48 || d > 57) return; // a fraction or exponent: a float, not an id
  }
  if (Number.isSafeInteger(Number(s.slice(i, j)))) return;
  (c.big ??= []).push(i - c.start, j - c.start);
}

/** JSON.parse of the captured text, with its unsafe integers quoted. */
export function parseCapture(s: string, c: Capture, fail: Fail): unknown {
  let text = c.pieces ? c.pieces.join('') + s.slice(0, c.end) : s.slice(c.start, c.end);
  if (c.big) {
    let out = '';
    let from = 0;
    for (let k = 0; k < c.big.length; k += 2) {
      const [a, b] = [c.big[k]!, c.big[k + 1]!];
      out += `${text.slice(from, a)}"${text.slice(a, b)}"`;
      from = b;
    }
    text = out + text.slice(from);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    return fail(`invalid JSON (${(err as Error).message.split('\n')[0]})`, c.start);
  }
}
