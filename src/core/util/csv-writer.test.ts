import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-writer';

describe('toCsv', () => {
  it('quotes what needs quoting and keeps the rest as it is', () => {
    expect(
      toCsv(
        ['name', 'note'],
        [
          ['Léa', 'dit "bonjour", puis\npart'],
          ['Bob', null],
        ],
      ),
    ).toBe('\uFEFFname,note\r\nLéa,"dit ""bonjour"", puis\npart"\r\nBob,\r\n');
  });

  it('writes decimal commas with semicolons, for French spreadsheets', () => {
    expect(toCsv(['taux'], [[0.25], ['a;b']], ';')).toBe('\uFEFFtaux\r\n0,25\r\n"a;b"\r\n');
  });
});
