/**
 * Short social texts → tokens. Words are lower-cased with their accents kept (the French stemmer and
 * the lexicon need them; folding happens at lookup). Other kinds keep a leading mark so later steps
 * can tell them apart without a second array:
 *   "#blackfriday" hashtag (its camelCase words are added as plain words too: #BlackFriday → black, friday)
 *   "@acme"        mention
 *   "~youtube.com" a URL, reduced to its host (the path is noise for themes)
 *   "😍"           an emoji (skin tone and variation selectors dropped, so 👍🏽 and 👍 are one token)
 * French elisions (l', d', qu', j', n', s', c', m', t', jusqu', lorsqu', puisqu') are cut off the word
 * they precede; an English possessive 's is dropped; other contractions (don't, it's) stay whole and
 * are stop words. Hyphenated words are split (sous-marins → sous, marins); a caller can be told of each
 * one (labels join week · end back into week-end). Bare numbers are dropped
 * except years (1900–2099), which often name an event.
 */
const TOKEN =
  /(https?:\/\/[^\s]+|www\.[^\s]+)|([@#])([\p{L}\p{N}_]+)|(\p{RI}\p{RI}|\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})*)*)|([\p{L}\p{N}_]+(?:[.'’-][\p{L}\p{N}_]+)*[+#]*)/gu;

const ELISIONS = new Set(['l', 'd', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
const EMOJI_MODIFIERS = /[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;

/** Called with the parts of each hyphenated word (week-end → week, end): labels show such pairs joined. */
export type OnCompound = (parts: readonly string[]) => void;

function pushWord(raw: string, out: string[], onCompound?: OnCompound): void {
  const word = raw.toLowerCase();
  const start = out.length;
  for (const part of word.split('-')) {
    if (!part) continue;
    let w = part;
    const q = w.search(/['’]/);
    if (q >= 0) {
      w = w.replace(/’/g, "'");
      const head = w.slice(0, q);
      const tail = w.slice(q + 1);
      if (ELISIONS.has(head) && tail && !tail.includes("'")) w = tail;
      else if (tail === 's') w = head;
    }
    if (w.endsWith('.')) w = w.replace(/\.+$/, '');
    if (!w) continue;
    if (/^\d+$/.test(w)) {
      if (w.length === 4 && (w.startsWith('19') || w.startsWith('20'))) out.push(w);
      continue;
    }
    out.push(w);
  }
  if (onCompound && out.length - start > 1 && word.includes('-')) onCompound(out.slice(start));
}

/** camelCase and digits inside a hashtag: "BlackFriday2025" → ["black", "friday"]. */
function hashtagWords(tag: string): string[] {
  const parts = tag.match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu) ?? [];
  return parts.length > 1 ? parts.map((p) => p.toLowerCase()) : [];
}

export function tokenize(text: string, onCompound?: OnCompound): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFC').matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      const host = /^(?:https?:\/\/)?(?:www\.)?([^/?#\s]+)/i.exec(m[1]);
      if (host) out.push('~' + host[1]!.toLowerCase().replace(/[.,;:!?)]+$/, ''));
    } else if (m[2] !== undefined) {
      const name = m[3]!;
      if (m[2] === '@') out.push('@' + name.toLowerCase());
      else if (/^\d+$/.test(name)) continue;
      else {
        out.push('#' + name.toLowerCase());
        for (const w of hashtagWords(name)) out.push(w);
      }
    } else if (m[4] !== undefined) {
      out.push(m[4].replace(EMOJI_MODIFIERS, ''));
    } else if (m[5] !== undefined) pushWord(m[5], out, onCompound);
  }
  return out;
}

/** A plain word (not a hashtag, mention, URL or emoji): the ones stop words, stemming and the lexicon apply to. */
export function isWord(token: string): boolean {
  const c = token.charCodeAt(0);
  return c !== 35 /* # */ && c !== 64 /* @ */ && c !== 126 /* ~ */ && /^[\p{L}\p{N}]/u.test(token);
}

/** Accents off, for lookups that must match texts typed without them ("ete" finds "été"). */
export function foldAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}
