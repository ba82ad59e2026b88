import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryFile } from '../memory-file';
import { ImportError } from '../../errors';
import {
  type CsvOptions,
  type CsvRecord,
  CsvSyntaxError,
  csvBatches,
  isBlankRecord,
  isEmptyLine,
  parseCsv,
  readCsvFile,
  sniffDelimiter,
  splitCsvLine,
} from '.';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function streamed(text: string, size: number, opts: CsvOptions = {}): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const batch of csvBatches(chunked(text, size), opts)) out.push(...batch);
  return out;
}

/** The records of a text, the same whether it comes whole or in chunks cut anywhere. */
async function records(text: string, opts: CsvOptions = {}): Promise<CsvRecord[]> {
  const whole = parseCsv(text, opts);
  for (const size of [1, 2, 3, 7, 64]) expect(await streamed(text, size, opts), `chunks of ${size}`).toEqual(whole);
  return whole;
}

const fields = async (text: string, opts: CsvOptions = {}) => (await records(text, opts)).map((r) => r.fields);

describe('CSV reader', () => {
  it('reads quoted fields with "" escapes, commas and newlines, and turns CRLF inside a field into LF', async () => {
    expect(await fields('a,"b,c","say ""hi""\r\nnext line"\r\nx,y,z')).toEqual([
      ['a', 'b,c', 'say "hi"\nnext line'],
      ['x', 'y', 'z'],
    ]);
    expect(await fields('a,b,c\r\n"x, y","say ""hi""","l1\nl2"\n,,\n"",plain,"end"')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'l1\nl2'],
      ['', '', ''],
      ['', 'plain', 'end'],
    ]);
  });

  it('keeps a CRLF inside a quoted field as written when asked (Discord keys hash the text)', async () => {
    expect(await fields('"a\r\nb",c\r\n', { keepCrlf: true })).toEqual([['a\r\nb', 'c']]);
  });

  it('reads \\" as a quote only when asked (LinkedIn Comments.csv)', async () => {
    const line = '1,"he said \\"no\\"","end \\""\n';
    expect(await fields(line, { backslashEscapes: true })).toEqual([['1', 'he said "no"', 'end "']]);
    // Without the option the backslash stays, and the quote before the comma closes the field.
    expect(await fields('1,"a \\"b",c\n')).toEqual([['1', 'a \\"b', 'c']]);
  });

  it('keeps stray quotes as written: inside unquoted fields and before a non-delimiter in quoted ones', async () => {
    expect(await fields('5" screen,"the "best" one",x\n')).toEqual([['5" screen', 'the "best" one', 'x']]);
  });

  it('numbers records by their first line and keeps the raw text of unquoted ones', async () => {
    const rs = await records('h1,h2\n"multi\nline",b\nplain,row\n\n   \n');
    expect(rs.map((r) => r.line)).toEqual([1, 2, 4, 5, 6]);
    expect(rs[1]!.raw).toBeUndefined();
    expect(rs[2]!.raw).toBe('plain,row');
    expect(rs.filter(isBlankRecord)).toHaveLength(2);
  });

  it('tells an empty line from one holding only "" or spaces (what Discord and Meta files skip)', async () => {
    const rs = await records('a\r\n\r\n""\n  \n\nb');
    expect(rs.map(isEmptyLine)).toEqual([false, true, false, false, true, false]);
  });

  it('reads a trailing delimiter as an empty last field, and strips a BOM', async () => {
    expect(await fields('\uFEFFa,b,\n1,2,')).toEqual([
      ['a', 'b', ''],
      ['1', '2', ''],
    ]);
  });

  it('fails on a quoted field that never closes, naming its line (a file cut short)', async () => {
    expect(() => parseCsv('a,b\n1,"unfinished\nstill going')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,"unfinished\nstill going')).toThrow(/line 2/);
    await expect(streamed('a,"b\nc', 2)).rejects.toThrow(/^a quoted field opened on line 1 is never closed/);
    await expect(readCsvFile(memoryFile('cut.csv', 'a,b\n1,"unfinished\n', 3))).rejects.toThrow(ImportError);
    await expect(readCsvFile(memoryFile('cut.csv', 'a,b\n1,"unfinished\n', 3))).rejects.toThrow(
      /^cut\.csv: a quoted field opened on line 2 is never closed/,
    );
  });

  it('uses another delimiter when told, and sniffs it from a header line', async () => {
    expect(sniffDelimiter('Nom;Date;Type')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(splitCsvLine('x;"y;z"', ';')).toEqual(['x', 'y;z']);
    expect(await fields('a|b|"c|d"\n1|2|3', { delimiter: '|' })).toEqual([
      ['a', 'b', 'c|d'],
      ['1', '2', '3'],
    ]);
  });

  it('sniffs the delimiter from the first non-blank line when none is given, even when that line comes in pieces', async () => {
    expect(await fields('\n  \nNom;Date;"Type, genre"\r\nA;B;C\n')).toEqual([
      [''],
      ['  '],
      ['Nom', 'Date', 'Type, genre'],
      ['A', 'B', 'C'],
    ]);
    expect(await fields('a\tb,c\tx\n1\t2,3\t4')).toEqual([
      ['a', 'b,c', 'x'],
      ['1', '2,3', '4'],
    ]);
    expect(await fields('only,one,line')).toEqual([['only', 'one', 'line']]);
  });

  it('reads every CSV fixture the same whole and streamed in chunks cut anywhere', async () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.csv$/i.test(f)) files.push(p);
      }
    };
    walk(join(__dirname, '../../../../tests/fixtures'));
    expect(files.length).toBeGreaterThan(10);
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const whole = parseCsv(text, { delimiter: ',' });
      async function* pieces(): AsyncGenerator<string> {
        for (let i = 0; i < text.length;) {
          const n = 1 + Math.floor(random() * 200);
          yield text.slice(i, i + n);
          i += n;
        }
      }
      const got: CsvRecord[] = [];
      for await (const batch of csvBatches(pieces(), { delimiter: ',' })) got.push(...batch);
      expect(got, path).toEqual(whole);
    }
  });
});
