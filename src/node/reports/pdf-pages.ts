/**
 * Just enough of a PDF reader to learn, from a PDF that Chromium printed, how many pages it has and on
 * which page each named destination lands (Chromium writes one for every element an internal link
 * `<a href="#id">` points at). The report's contents take their page numbers from it. Chromium (Skia)
 * writes a classic cross-reference table, no object streams, and the destinations as the catalog's
 * /Dests dictionary; the /Names tree of other writers is read too. Anything else is refused with a
 * clear error rather than guessed at: no PDF library is needed for this much.
 */

type Value = number | boolean | null | string | Name | Ref | Value[] | Dict;
interface Name {
  name: string;
}
interface Ref {
  ref: number;
}
type Dict = Map<string, Value>;

export interface PdfPages {
  pageCount: number;
  /** Named destination → page number, from 1. */
  destinations: Map<string, number>;
}

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

class BadPdf extends Error {
  constructor(why: string) {
    super(`not a PDF this reader knows: ${why}`);
  }
}

/** A parser of PDF values over the file's bytes, from a position. */
class Lexer {
  constructor(
    private readonly b: Uint8Array,
    public pos: number,
  ) {}

  private skipSpace(): void {
    const b = this.b;
    for (;;) {
      while (this.pos < b.length && WS.has(b[this.pos]!)) this.pos++;
      if (b[this.pos] !== 0x25) return; // %comment
      while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
    }
  }

  private word(): string {
    const start = this.pos;
    while (this.pos < this.b.length && !WS.has(this.b[this.pos]!) && !DELIM.has(this.b[this.pos]!)) this.pos++;
    return String.fromCharCode(...this.b.subarray(start, this.pos));
  }

  /** The next token as text, without consuming it. */
  peekWord(): string {
    const at = this.pos;
    this.skipSpace();
    const w = this.word();
    this.pos = at;
    return w;
  }

  expectWord(w: string): void {
    this.skipSpace();
    const got = this.word();
    if (got !== w) throw new BadPdf(`expected "${w}" at byte ${this.pos}, found "${got}"`);
  }

  value(): Value {
    this.skipSpace();
    const b = this.b;
    const c = b[this.pos];
    if (c === undefined) throw new BadPdf('unexpected end of file');
    if (c === 0x2f) {
      this.pos++;
      return { name: this.word().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
    }
    if (c === 0x3c && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const dict: Dict = new Map();
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return dict;
        }
        const key = this.value();
        if (typeof key !== 'object' || key === null || !('name' in key))
          throw new BadPdf(`a dictionary key is not a name at byte ${this.pos}`);
        dict.set(key.name, this.value());
      }
    }
    if (c === 0x3c) {
      const end = b.indexOf(0x3e, this.pos);
      const hex = String.fromCharCode(...b.subarray(this.pos + 1, end)).replace(/\s/g, '');
      this.pos = end + 1;
      return decodeText((hex.length % 2 ? `${hex}0` : hex).match(/../g)?.map((h) => parseInt(h, 16)) ?? []);
    }
    if (c === 0x28) return this.literalString();
    if (c === 0x5b) {
      this.pos++;
      const items: Value[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return items;
        }
        items.push(this.value());
      }
    }
    const w = this.word();
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) throw new BadPdf(`unexpected "${w || String.fromCharCode(c)}" at byte ${this.pos}`);
    // An integer followed by "G R" is a reference to object w.
    if (/^\d+$/.test(w)) {
      const at = this.pos;
      this.skipSpace();
      const gen = this.word();
      this.skipSpace();
      if (/^\d+$/.test(gen) && this.word() === 'R') return { ref: Number(w) };
      this.pos = at;
    }
    return Number(w);
  }

  private literalString(): string {
    const b = this.b;
    const bytes: number[] = [];
    let depth = 0;
    this.pos++;
    for (;;) {
      const c = b[this.pos++];
      if (c === undefined) throw new BadPdf('unterminated string');
      if (c === 0x5c) {
        const e = b[this.pos++]!;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (simple[e] !== undefined) bytes.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let oct = e - 0x30;
          for (let i = 0; i < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; i++) oct = oct * 8 + (b[this.pos++]! - 0x30);
          bytes.push(oct & 0xff);
        } else if (e === 0x0d || e === 0x0a) {
          if (e === 0x0d && b[this.pos] === 0x0a) this.pos++;
        } else bytes.push(e);
        continue;
      }
      if (c === 0x28) depth++;
      if (c === 0x29 && depth-- === 0) return decodeText(bytes);
      bytes.push(c);
    }
  }
}

/** A text string: UTF-16BE after its byte order mark, else one byte per character (a name's ASCII in practice). */
function decodeText(bytes: number[]): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let s = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return s;
  }
  return String.fromCharCode(...bytes);
}

const isRef = (v: Value | undefined): v is Ref => typeof v === 'object' && v !== null && 'ref' in v;
const isDict = (v: Value | undefined): v is Dict => v instanceof Map;

/** Reads the page count and the named destinations' pages of a PDF (see the file's comment for what it accepts). */
export function readPdfPages(pdf: Uint8Array): PdfPages {
  const tail = String.fromCharCode(...pdf.subarray(Math.max(0, pdf.length - 64)));
  const startxref = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(tail);
  if (!startxref) throw new BadPdf('no startxref at its end');

  // The classic cross-reference table: subsections of "first count", then 20-byte entries.
  const offsets = new Map<number, number>();
  const lex = new Lexer(pdf, Number(startxref[1]));
  lex.expectWord('xref');
  while (/^\d+$/.test(lex.peekWord())) {
    const first = lex.value() as number;
    const count = lex.value() as number;
    for (let i = 0; i < count; i++) {
      const offset = lex.value() as number;
      lex.value(); // generation
      const kind = lex.peekWord();
      lex.expectWord(kind);
      if (kind === 'n' && !offsets.has(first + i)) offsets.set(first + i, offset);
    }
  }
  lex.expectWord('trailer');
  const trailer = lex.value();
  if (!isDict(trailer)) throw new BadPdf('no trailer dictionary');
  if (trailer.has('Prev')) throw new BadPdf('an incrementally updated file');

  const cache = new Map<number, Value>();
  const object = (n: number): Value => {
    if (cache.has(n)) return cache.get(n)!;
    const at = offsets.get(n);
    if (at === undefined) throw new BadPdf(`object ${n} is not in the cross-reference table`);
    const l = new Lexer(pdf, at);
    l.expectWord(String(n));
    l.value();
    l.expectWord('obj');
    const v = l.value();
    cache.set(n, v);
    return v;
  };
  const resolve = (v: Value | undefined): Value | undefined => (isRef(v) ? object(v.ref) : v);

  const catalog = resolve(trailer.get('Root'));
  if (!isDict(catalog)) throw new BadPdf('no catalog');

  // The page tree, in order: page object number → page number.
  const pageNumber = new Map<number, number>();
  const walk = (node: Value | undefined, depth: number) => {
    if (depth > 64) throw new BadPdf('a page tree too deep');
    const kids = resolve(isDict(node) ? node.get('Kids') : undefined);
    if (!Array.isArray(kids)) throw new BadPdf('a page tree node without kids');
    for (const kid of kids) {
      if (!isRef(kid)) throw new BadPdf('a page tree kid that is not a reference');
      const k = object(kid.ref);
      const type = isDict(k) ? k.get('Type') : undefined;
      if (typeof type === 'object' && type !== null && 'name' in type && type.name === 'Page') pageNumber.set(kid.ref, pageNumber.size + 1);
      else walk(k, depth + 1);
    }
  };
  walk(resolve(catalog.get('Pages')), 0);

  // A destination is [page ref, /XYZ …] or a dictionary holding it under /D.
  const destinations = new Map<string, number>();
  const add = (name: string, dest: Value | undefined) => {
    let d = resolve(dest);
    if (isDict(d)) d = resolve(d.get('D'));
    const page = Array.isArray(d) && isRef(d[0]) ? pageNumber.get(d[0].ref) : undefined;
    if (page !== undefined) destinations.set(name, page);
  };
  const dests = resolve(catalog.get('Dests'));
  if (isDict(dests)) for (const [name, dest] of dests) add(name, dest);
  const names = resolve(catalog.get('Names'));
  const nameTree = (node: Value | undefined, depth: number) => {
    if (!isDict(node) || depth > 64) return;
    const leaf = resolve(node.get('Names'));
    if (Array.isArray(leaf))
      for (let i = 0; i + 1 < leaf.length; i += 2) if (typeof leaf[i] === 'string') add(leaf[i] as string, leaf[i + 1]);
    const kids = resolve(node.get('Kids'));
    if (Array.isArray(kids)) for (const kid of kids) nameTree(resolve(kid), depth + 1);
  };
  if (isDict(names)) nameTree(resolve(names.get('Dests')), 0);

  return { pageCount: pageNumber.size, destinations };
}
