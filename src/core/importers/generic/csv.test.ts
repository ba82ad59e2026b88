import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, isBlankRecord, parseCsv, sniffDelimiter, splitCsvLine } from './csv';
import { localMidnight, monthNumber, readEpoch, readIso, readWithFormat } from './timestamps';

const fields = (text: string, opts = {}) => parseCsv(text, opts).map((r) => r.fields);

describe('parseCsv', () => {
  it('reads quoted fields with "" escapes, commas and newlines, and turns CRLF inside a field into LF', () => {
    expect(fields('a,"b,c","say ""hi""\r\nnext line"\r\nx,y,z')).toEqual([
      ['a', 'b,c', 'say "hi"\nnext line'],
      ['x', 'y', 'z'],
    ]);
  });

  it('reads \\" as a quote only when asked (LinkedIn Comments.csv)', () => {
    const line = '1,"he said \\"no\\"","end \\""\n';
    expect(fields(line, { backslashEscapes: true })).toEqual([['1', 'he said "no"', 'end "']]);
    // Without the option the backslash stays, and the quote before the comma closes the field.
    expect(fields('1,"a \\"b",c\n')).toEqual([['1', 'a \\"b', 'c']]);
  });

  it('keeps stray quotes as written: inside unquoted fields and before a non-delimiter in quoted ones', () => {
    expect(fields('5" screen,"the "best" one",x\n')).toEqual([['5" screen', 'the "best" one', 'x']]);
  });

  it('numbers records by their first line and keeps the raw text of unquoted ones', () => {
    const rs = parseCsv('h1,h2\n"multi\nline",b\nplain,row\n\n   \n');
    expect(rs.map((r) => r.line)).toEqual([1, 2, 4, 5, 6]);
    expect(rs[1]!.raw).toBeUndefined();
    expect(rs[2]!.raw).toBe('plain,row');
    expect(rs.filter(isBlankRecord)).toHaveLength(2);
  });

  it('reads a trailing delimiter as an empty last field, and strips a BOM', () => {
    expect(fields('\uFEFFa,b,\n1,2,')).toEqual([
      ['a', 'b', ''],
      ['1', '2', ''],
    ]);
  });

  it('fails on a quoted field that never closes, naming its line (a file cut short)', () => {
    expect(() => parseCsv('a,b\n1,"unfinished\nstill going')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,"unfinished\nstill going')).toThrow(/line 2/);
  });

  it('uses another delimiter when told, and sniffs it from a header line', () => {
    expect(sniffDelimiter('Nom;Date;Type')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(splitCsvLine('x;"y;z"', ';')).toEqual(['x', 'y;z']);
  });
});

describe('timestamp readers', () => {
  it('reads ISO with 0 to 6 fractional digits, offsets, Z and a UTC suffix', () => {
    expect(new Date(readIso('2023-09-19T17:42:53.434647+00:00', 'UTC').at).toISOString()).toBe('2023-09-19T17:42:53.434Z');
    expect(new Date(readIso('2024-09-02T10:15:30.12+02:00', 'UTC').at).toISOString()).toBe('2024-09-02T08:15:30.120Z');
    expect(new Date(readIso('2021-06-15 16:37:00 UTC', 'Europe/Paris').at).toISOString()).toBe('2021-06-15T16:37:00.000Z');
    expect(readIso('2024-05-02 09:15', 'Europe/Paris')).toEqual({ at: Date.UTC(2024, 4, 2, 7, 15), zoned: false });
    expect(Number.isNaN(readIso('2024-02-30T10:00:00Z', 'UTC').at)).toBe(true);
  });

  it('reads epochs in seconds and milliseconds by their length', () => {
    expect(readEpoch('1714560000')).toBe(1714560000000);
    expect(readEpoch('1714563600000')).toBe(1714563600000);
    expect(Number.isNaN(readEpoch('20240501'))).toBe(true);
  });

  it('reads a luxon format in a time zone, and month names in several languages', () => {
    expect(readWithFormat('01/05/2024 10:00', 'dd/MM/yyyy HH:mm', 'Europe/Paris')).toBe(Date.UTC(2024, 4, 1, 8, 0));
    expect([monthNumber('Jun'), monthNumber('Mär'), monthNumber('déc.'), monthNumber('okt'), monthNumber('xyz')]).toEqual([6, 3, 12, 10, 0]);
    expect(localMidnight('America/New_York', 2021, 6, 17)).toBe(Date.UTC(2021, 5, 17, 4, 0));
  });
});
