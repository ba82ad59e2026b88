import { TextDecoder } from 'node:util';

/**
 * Bytes to text for every InputFile, so that every importer gets the same decoded text whatever
 * encoding the file was saved in. Exports are UTF-8, but a file that went through Excel ("Unicode
 * text") or another Windows tool comes back as UTF-16, little or big endian, with a byte order mark.
 * Only a BOM switches to UTF-16: guessing an encoding from the bytes alone is unreliable, and an
 * unmarked file is read as UTF-8 as before. TextDecoder drops the BOM it was chosen for.
 */
type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding announced by the first bytes (at least two, unless the file is shorter). */
function encodingOf(first: Uint8Array): TextEncodingName {
  if (first.length >= 2 && first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first.length >= 2 && first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** A decoder for the file whose first bytes these are. */
function decoderFor(first: Uint8Array): TextDecoder {
  return new TextDecoder(encodingOf(first));
}

/**
 * The first bytes of a file as text, for detection: a character cut by the end of the buffer (a
 * partial UTF-8 sequence, an odd UTF-16 byte, half a surrogate pair) is left out, not turned into garbage.
 */
export function decodeHead(bytes: Uint8Array): string {
  return decoderFor(bytes).decode(bytes, { stream: true });
}

/** A whole file as text. */
export function decodeWhole(bytes: Uint8Array): string {
  return decoderFor(bytes).decode(bytes);
}

/**
 * Streamed bytes as streamed text, chunks cut anywhere (inside a character too). The encoding is
 * chosen once two bytes have come, which a one-byte first chunk would not give.
 */
export async function* decodeChunks(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let pending: Uint8Array | undefined;
  for await (const chunk of bytes) {
    let input = chunk;
    if (!decoder) {
      input = pending ? concat(pending, chunk) : chunk;
      if (input.length < 2) {
        pending = input;
        continue;
      }
      decoder = decoderFor(input);
      pending = undefined;
    }
    const s = decoder.decode(input, { stream: true });
    if (s) yield s;
  }
  decoder ??= decoderFor(pending ?? new Uint8Array(0));
  const tail = pending ? decoder.decode(pending) : decoder.decode();
  if (tail) yield tail;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
