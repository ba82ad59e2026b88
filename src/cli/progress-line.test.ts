import { describe, expect, it } from 'vitest';
import { ProgressLine, progressText } from './progress-line';

const p = (records: number, bytesDone: number, filesDone = 0) => ({
  client: 'c',
  file: 'f.json',
  filesDone,
  filesTotal: 2,
  records,
  bytesDone,
  bytesTotal: 1000,
});

describe('import progress on a terminal', () => {
  it('says files, records, rate, share read and time left, in English and French', () => {
    expect(progressText(p(50_000, 250), 10_000, 'en')).toBe('0/2 files · 50,000 records · 5,000/s · 25 % · about 30 s left');
    expect(progressText(p(50_000, 250), 10_000, 'fr')).toBe(
      '0/2 fichiers · 50\u202f000 enregistrements · 5\u202f000/s · 25 % · environ 30 s restantes',
    );
    expect(progressText(p(10, 10), 300, 'en')).toBe('0/2 files · 10 records · 1 %');
    expect(progressText(p(9_000_000, 100), 600_000, 'en')).toMatch(/about 1 h 30 min left$/);
  });

  it('rewrites one line at most four times a second, and clears it at the end', () => {
    const out: string[] = [];
    let t = 0;
    const line = new ProgressLine(
      (s) => out.push(s),
      'en',
      () => t,
    );
    line.update(p(1, 1));
    t = 100;
    line.update(p(2, 2));
    t = 400;
    line.update(p(3, 3));
    line.clear();
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^\r0\/2 files · 1 records · 0 %\x1b\[K$/);
    expect(out[2]).toBe('\r\x1b[K');
  });
});
