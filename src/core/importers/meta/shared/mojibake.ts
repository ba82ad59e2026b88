/**
 * Meta's JSON exports write each UTF-8 *byte* of a string as its own `\u00XX` escape, so after
 * JSON.parse "🙄" reads "ð\u009f\u0099\u0084" (formats.md §0.1). The fix re-reads the code units as
 * bytes. The guard: only a string whose code points are all ≤ U+00FF and whose bytes form valid UTF-8
 * is re-decoded; anything else (already-correct text, a genuine Latin-1 "café") is kept as it is.
 * The core has no TextDecoder (no DOM, no Node types), hence the small strict decoder below.
 */
export function fixMojibake(s: string): string {
  let high = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    if (c >= 0x80) high = true;
  }
  if (!high) return s;
  return decodeUtf8Units(s) ?? s;
}

/** Decodes code units 0..255 as UTF-8 bytes; undefined when they are not valid UTF-8. */
function decodeUtf8Units(s: string): string | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const b0 = s.charCodeAt(i);
    if (b0 < 0x80) {
      out.push(s[i]!);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b0 >= 0xc2 && b0 <= 0xdf) [need, cp, min] = [1, b0 & 0x1f, 0x80];
    else if (b0 >= 0xe0 && b0 <= 0xef) [need, cp, min] = [2, b0 & 0x0f, 0x800];
    else if (b0 >= 0xf0 && b0 <= 0xf4) [need, cp, min] = [3, b0 & 0x07, 0x10000];
    else return undefined;
    if (i + need >= s.length) return undefined;
    for (let k = 1; k <= need; k++) {
      const b = s.charCodeAt(i + k);
      if ((b & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    out.push(String.fromCodePoint(cp));
    i += need + 1;
  }
  return out.join('');
}

/** Fixes every string value and every key of a parsed JSON tree (keys are localised words too). */
export function fixMojibakeDeep(value: unknown): unknown {
  if (typeof value === 'string') return fixMojibake(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fixMojibakeDeep(value[i]);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    // Keys are mostly ASCII: fix the values in place (an Instagram archive of 1M interactions holds
    // millions of objects, each copied here before), and rebuild the object only when a key changes.
    if (keys.every((k) => fixMojibake(k) === k)) {
      for (const k of keys) obj[k] = fixMojibakeDeep(obj[k]);
      return obj;
    }
    const out: Record<string, unknown> = {};
    for (const k of keys) out[fixMojibake(k)] = fixMojibakeDeep(obj[k]);
    return out;
  }
  return value;
}
