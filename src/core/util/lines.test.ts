import { describe, expect, it } from 'vitest';
import { linesOf } from './lines';

async function lines(chunks: string[]): Promise<string[]> {
  async function* gen() {
    yield* chunks;
  }
  const out: string[] = [];
  for await (const l of linesOf(gen())) out.push(l);
  return out;
}

/** What the lines of a whole text are, read at once. */
function expected(text: string): string[] {
  const parts = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

describe('linesOf', () => {
  it('reads LF and CRLF lines, empty lines and a last line without a newline', async () => {
    expect(await lines(['a\r\nb\n\nc'])).toEqual(['a', 'b', '', 'c']);
    expect(await lines(['a\n'])).toEqual(['a']);
    expect(await lines([])).toEqual([]);
  });

  it('joins a line cut anywhere across chunks, a CR and its LF apart included', async () => {
    const text = 'première ligne\r\n\r\nune ligne bien plus longue que les morceaux\nfin sans retour\r';
    for (let size = 1; size <= 9; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(await lines(chunks)).toEqual(expected(text));
    }
  });

  it('reads a line of a million characters in thousands of chunks whole', async () => {
    const chunk = 'x'.repeat(1000);
    const out = await lines([...Array.from({ length: 1000 }, () => chunk), '\nend']);
    expect(out.map((l) => l.length)).toEqual([1_000_000, 3]);
  });

  it('cuts a line past the limit, says so once per line, and reads the next line whole', async () => {
    let cuts = 0;
    const out: string[] = [];
    async function* gen() {
      yield 'short\n' + 'y'.repeat(40);
      yield 'y'.repeat(40) + '\nnext\n' + 'z'.repeat(11);
    }
    for await (const l of linesOf(gen(), { max: 10, onCut: () => cuts++ })) out.push(l);
    expect(out).toEqual(['short', 'y'.repeat(10), 'next', 'z'.repeat(10)]);
    expect(cuts).toBe(2);
  });
});
