import type { InputFile } from '../importers/types';

/**
 * The same file, reporting how much of its text the importer has taken so far (characters, which
 * stand in for bytes: exports are mostly ASCII), so a long import can say how far it has got.
 */
export function countReads(file: InputFile, onRead: (chars: number) => void): InputFile {
  let read = 0;
  return {
    path: file.path,
    innerPath: file.innerPath,
    size: file.size,
    diskPath: file.diskPath,
    head: () => file.head(),
    hash: () => file.hash(),
    async text() {
      const t = await file.text();
      read = t.length;
      onRead(read);
      return t;
    },
    async *chunks() {
      for await (const c of file.chunks()) {
        read += c.length;
        onRead(read);
        yield c;
      }
    },
  };
}
