/**
 * Counts how often each stableHash key has been seen: the importers number identical records in file
 * order (a second "ok" from one author in one minute becomes `…#2`), so they must remember every key of
 * a file. A Map of the 16-character hex strings took about 100 bytes a key (the string, the entry, the
 * table's slack): at 1M WhatsApp messages ~100 MB live on the parsing thread, and V8 let that thread's
 * heap grow to several times its live size before collecting. This table keeps each key as its two
 * 32-bit halves in typed arrays: 12 bytes a slot, at most half full.
 */
export class HashCounter {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  /** 0 marks an empty slot; counts past 255 live in `many`. */
  private counts = new Uint8Array(1024);
  private readonly many = new Map<string, number>();
  /** Keys that are not 16 hex digits (none from stableHash), counted the plain way. */
  private readonly other = new Map<string, number>();
  private used = 0;

  /** Records one more sighting of `hash` and returns how many there have been (1 the first time). */
  next(hash: string): number {
    const hi = hexWord(hash, 0);
    const lo = hexWord(hash, 8);
    if (hash.length !== 16 || hi < 0 || lo < 0) {
      const n = (this.other.get(hash) ?? 0) + 1;
      this.other.set(hash, n);
      return n;
    }
    const slot = this.find(hi, lo);
    const c = this.counts[slot]!;
    if (c === 0) {
      this.hi[slot] = hi;
      this.lo[slot] = lo;
      this.counts[slot] = 1;
      if (++this.used * 2 > this.counts.length) this.grow();
      return 1;
    }
    if (c < 255) {
      this.counts[slot] = c + 1;
      return c + 1;
    }
    const n = (this.many.get(hash) ?? 255) + 1;
    this.many.set(hash, n);
    return n;
  }

  /** The slot holding the key, or the empty slot where it belongs (linear probing). */
  private find(hi: number, lo: number): number {
    const mask = this.counts.length - 1;
    // The halves are already well mixed (stableHash): their xor spreads keys evenly.
    let i = (hi ^ lo) & mask;
    while (this.counts[i] !== 0 && (this.hi[i] !== hi || this.lo[i] !== lo)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { hi, lo, counts } = this;
    const size = counts.length * 2;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.counts = new Uint8Array(size);
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      const slot = this.find(hi[i]!, lo[i]!);
      this.hi[slot] = hi[i]!;
      this.lo[slot] = lo[i]!;
      this.counts[slot] = counts[i]!;
    }
  }
}

/** The 32-bit value of 8 hex digits at `at`, or -1 if one is not a lowercase hex digit. */
function hexWord(s: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 8; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}
