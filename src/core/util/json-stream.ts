/**
 * Streams the elements of chosen arrays of one JSON document (DiscordChatExporter's `messages`, Telegram's
 * `chats.list`) without holding the document: a character scan tracks string, escape and nesting state to find
 * where each element ends, then the native JSON.parse reads that slice (far faster than any parser in
 * JavaScript). Other properties on the way (`guild`, `channel`, `messageCount`) are parsed whole and kept.
 *
 * Integers beyond 2^53 (the Discord data package writes snowflake ids as bare numbers) are quoted before
 * parsing, so they arrive as exact digit strings rather than rounded doubles.
 *
 * Pretty-printed exports get a faster path: an element that opens on a line of its own closes at the first
 * later line with the same indentation and a closing bracket (a raw newline cannot occur inside a JSON
 * string), found by a native indexOf. JSON.parse then verifies the guess: a slice that parses is exactly one
 * value starting at the element's bracket, so it is the element; if it fails, the exact scan takes over.
 */

import {
  type Capture,
  closingLine,
  type Fail,
  guessEnd,
  JsonStreamError,
  newCapture,
  parseCapture,
  type Role,
  scanValue,
  shiftCapture,
  spill,
  SPILL_AT,
} from './json-value-scan';

export { JsonStreamError };

const QUOTE = 34;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const COMMA = 44;
const COLON = 58;

export interface JsonArrayOptions {
  /** Property paths of the arrays to stream: `[['messages']]`, `[['chats', 'list']]`; `[[]]` is a root array. */
  arrays: readonly (readonly string[])[];
  /** Whether to parse and keep another property (dotted path, e.g. `guild`); others are only scanned. Default: all. */
  keep?: (path: string) => boolean;
  /**
   * Quote integers beyond 2^53 so they stay exact (default true). Formats whose ids are strings or small
   * numbers (DCE, Telegram) turn it off, which allows the indentation fast path.
   */
  exactBigInts?: boolean;
}

/** Called for each element, with the index of its array in `options.arrays`. */
export type ElementHandler = (value: unknown, array: number) => void;

interface ObjectFrame {
  array: false;
  path: string[];
  stage: 'first' | 'key' | 'colon' | 'value' | 'next';
  key: string;
}

interface ArrayFrame {
  array: true;
  target: number;
  stage: 'first' | 'elem' | 'next';
}

const isWs = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const samePath = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const startsWith = (a: readonly string[], prefix: readonly string[]) => a.length > prefix.length && prefix.every((x, i) => x === a[i]);

/** A push parser: feed it chunks (cut anywhere, even inside an escape or a surrogate pair), then end(). */
export class JsonArrayStream {
  /** The other properties read so far, by dotted path. */
  readonly properties: Record<string, unknown> = {};
  /** Which of `options.arrays` were present. */
  readonly seen: boolean[];
  private buf = '';
  private pos = 0;
  /** Absolute character offset of buf[0], for error messages. */
  private offset = 0;
  private final = false;
  private done = false;
  private started = false;
  private rooted = false;
  private capture: Capture | undefined;
  /** Guesses that failed verification; past a few, the document is not laid out for the fast path. */
  private missedGuesses = 0;
  private readonly fastPath: boolean;
  private readonly stack: (ObjectFrame | ArrayFrame)[] = [];

  constructor(
    private readonly options: JsonArrayOptions,
    private readonly onElement: ElementHandler,
  ) {
    this.seen = options.arrays.map(() => false);
    this.fastPath = options.exactBigInts === false;
  }

  feed(chunk: string): void {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    // Keep only what is still needed: the value being scanned, or nothing before the next token; a long
    // value's scanned text goes to its pieces (the exact scan never looks back, the guess gave up on it).
    const c = this.capture;
    const base = !c ? this.pos : c.closing === undefined && c.scan - c.start >= SPILL_AT ? spill(this.buf, c) : c.start;
    this.buf = base === 0 ? this.buf + chunk : this.buf.slice(base) + chunk;
    this.offset += base;
    this.pos -= base;
    if (c) shiftCapture(c, base);
    this.pump();
  }

  /** Signals the end of input; throws if the document is incomplete. */
  end(): void {
    this.final = true;
    this.pump();
    if (!this.done)
      throw new JsonStreamError(this.rooted ? 'truncated JSON: the document ends before it is complete' : 'empty document: no JSON');
  }

  private readonly fail: Fail = (what, at) => {
    throw new JsonStreamError(`${what} at character ${this.offset + at}`);
  };

  private unexpected(at: number, expected: string): never {
    const c = this.buf.charAt(at);
    this.fail(`unexpected ${JSON.stringify(c)} (expected ${expected})`, at);
  }

  private pump(): void {
    for (;;) {
      if (this.capture) {
        if (!this.scanCapture(this.capture)) return;
        this.finishCapture(this.capture);
        continue;
      }
      let i = this.pos;
      const buf = this.buf;
      while (i < buf.length && isWs(buf.charCodeAt(i))) i++;
      this.pos = i;
      if (i >= buf.length) return;
      const ch = buf.charCodeAt(i);
      const top = this.stack[this.stack.length - 1];
      if (!top) this.rootValue(ch, i);
      else if (top.array) this.arrayStep(top, ch, i);
      else this.objectStep(top, ch, i);
    }
  }

  private rootValue(ch: number, i: number): void {
    if (this.done) this.unexpected(i, 'the end of the document');
    this.rooted = true;
    const rootArray = this.options.arrays.findIndex((p) => p.length === 0);
    if (rootArray >= 0) {
      if (ch !== LBRACKET) this.unexpected(i, 'an array at the top level');
      this.seen[rootArray] = true;
      this.stack.push({ array: true, target: rootArray, stage: 'first' });
    } else {
      if (ch !== LBRACE) this.unexpected(i, 'an object at the top level');
      this.stack.push({ array: false, path: [], stage: 'first', key: '' });
    }
    this.pos = i + 1;
  }

  private objectStep(f: ObjectFrame, ch: number, i: number): void {
    switch (f.stage) {
      case 'first':
      case 'key':
        if (ch === RBRACE && f.stage === 'first') return this.close(i);
        if (ch !== QUOTE) this.unexpected(i, 'a property name');
        return this.begin('key', i);
      case 'colon':
        if (ch !== COLON) this.unexpected(i, '":"');
        f.stage = 'value';
        this.pos = i + 1;
        return;
      case 'value': {
        const path = [...f.path, f.key];
        f.stage = 'next';
        const target = this.options.arrays.findIndex((p) => samePath(p, path));
        if (target >= 0 && ch === LBRACKET) {
          this.seen[target] = true;
          this.stack.push({ array: true, target, stage: 'first' });
          this.pos = i + 1;
        } else if (ch === LBRACE && this.options.arrays.some((p) => startsWith(p, path))) {
          this.stack.push({ array: false, path, stage: 'first', key: '' });
          this.pos = i + 1;
        } else this.begin('property', i);
        return;
      }
      case 'next':
        if (ch === RBRACE) return this.close(i);
        if (ch !== COMMA) this.unexpected(i, '"," or "}"');
        f.stage = 'key';
        this.pos = i + 1;
        return;
    }
  }

  private arrayStep(f: ArrayFrame, ch: number, i: number): void {
    if (f.stage === 'next') {
      if (ch === RBRACKET) return this.close(i);
      if (ch !== COMMA) this.unexpected(i, '"," or "]"');
      f.stage = 'elem';
      this.pos = i + 1;
      return;
    }
    if (ch === RBRACKET && f.stage === 'first') return this.close(i);
    f.stage = 'next';
    this.begin('element', i);
  }

  private close(i: number): void {
    this.stack.pop();
    this.pos = i + 1;
    if (this.stack.length === 0) this.done = true;
  }

  private begin(role: Role, i: number): void {
    const c = newCapture(role, i);
    if (role === 'element' && this.fastPath && this.missedGuesses < 3) c.closing = closingLine(this.buf, i);
    this.capture = c;
  }

  /** Advances the scan of the current value; false when the buffer ends first. */
  private scanCapture(c: Capture): boolean {
    if (c.closing !== undefined) {
      const guess = guessEnd(this.buf, c, this.final);
      if (guess !== 'miss') return guess === 'done';
      this.missedGuesses++;
      c.closing = undefined;
    }
    return scanValue(this.buf, c, this.final, this.fail);
  }

  private finishCapture(c: Capture): void {
    this.capture = undefined;
    this.pos = c.end;
    const top = this.stack[this.stack.length - 1];
    if (c.role === 'property') {
      const f = top as ObjectFrame;
      const path = [...f.path, f.key].join('.');
      if (this.options.keep && !this.options.keep(path)) return;
      this.properties[path] = parseCapture(this.buf, c, this.fail);
    } else if (c.role === 'key') {
      const f = top as ObjectFrame;
      f.key = parseCapture(this.buf, c, this.fail) as string;
      f.stage = 'colon';
    } else this.onElement(c.closing !== undefined ? c.value : parseCapture(this.buf, c, this.fail), (top as ArrayFrame).target);
  }
}

/** Reads `chunks` to the end, calling `onElement` for each element; returns the other properties. */
export async function readJsonArrays(
  chunks: AsyncIterable<string>,
  options: JsonArrayOptions,
  onElement: ElementHandler,
): Promise<JsonArrayStream> {
  const stream = new JsonArrayStream(options, onElement);
  for await (const chunk of chunks) stream.feed(chunk);
  stream.end();
  return stream;
}

/** The same as an async iterator, for callers that await between elements. */
export async function* jsonArrayElements(
  chunks: AsyncIterable<string>,
  options: JsonArrayOptions,
): AsyncGenerator<{ value: unknown; array: number }> {
  let batch: { value: unknown; array: number }[] = [];
  const stream = new JsonArrayStream(options, (value, array) => batch.push({ value, array }));
  for await (const chunk of chunks) {
    stream.feed(chunk);
    const out = batch;
    batch = [];
    yield* out;
  }
  stream.end();
  yield* batch;
}
