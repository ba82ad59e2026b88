import { describe, expect, it } from 'vitest';
import { localMidnight, monthNumber, readEpoch, readIso, readWithFormat } from './timestamps';

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
    expect([monthNumber('Jun'), monthNumber('Mär'), monthNumber('déc.'), monthNumber('okt'), monthNumber('xyz')]).toEqual([
      6, 3, 12, 10, 0,
    ]);
    expect(localMidnight('America/New_York', 2021, 6, 17)).toBe(Date.UTC(2021, 5, 17, 4, 0));
  });
});
