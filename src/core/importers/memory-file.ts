import type { InputFile } from './types';
import { stableHash } from '../util/hash';

/**
 * An InputFile over a string: for tests, and for generated inputs. Chunks are cut at `chunkSize` so
 * that streaming parsers meet chunk boundaries inside records, as they do with real files.
 */
export function memoryFile(path: string, text: string, chunkSize = 4096): InputFile {
  return {
    path,
    innerPath: path,
    size: text.length,
    head: async () => text.slice(0, 65536),
    text: async () => text,
    async *chunks() {
      for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
    },
    hash: async () => stableHash(text),
  };
}
