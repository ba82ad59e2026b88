import { describe, expect, it } from 'vitest';
import { ProgressLine, progressText, ThemesProgressLine, themesProgressText } from './progress-line';

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

describe('a themes run on a terminal', () => {
  const t = (step: 'read' | 'embed' | 'done', fraction: number, automatic = false) => ({ client: 'demo', step, fraction, automatic });

  it('says whose themes, the step and the share done, in English and French', () => {
    expect(themesProgressText(t('embed', 0.456), 'en')).toBe('themes of demo: reducing the dimensions · 45 %');
    expect(themesProgressText(t('embed', 0.456, true), 'fr')).toBe('thèmes de demo (nouveaux textes) : réduction des dimensions · 45 %');
  });

  it('rewrites one line on a terminal and clears it at the end; elsewhere writes a line a step', () => {
    const tty: string[] = [];
    let now = 0;
    const line = new ThemesProgressLine(
      (s) => tty.push(s),
      'en',
      true,
      () => now,
    );
    line.update(t('read', 0));
    now = 100;
    line.update(t('read', 0.01)); // same step within 250 ms: not rewritten
    line.update(t('embed', 0.4)); // a new step: rewritten at once
    line.update(t('done', 1));
    expect(tty).toEqual([
      '\rthemes of demo: reading the texts · 0 %\x1b[K',
      '\rthemes of demo: reducing the dimensions · 40 %\x1b[K',
      '\r\x1b[K',
    ]);
    const log: string[] = [];
    const plain = new ThemesProgressLine((s) => log.push(s), 'en', false);
    for (const p of [t('read', 0), t('embed', 0.4), t('embed', 0.5), t('done', 1)]) plain.update(p);
    expect(log).toEqual([
      'themes of demo: reading the texts · 0 %\n',
      'themes of demo: reducing the dimensions · 40 %\n',
      'themes of demo: done · 100 %\n',
    ]);
  });
});
