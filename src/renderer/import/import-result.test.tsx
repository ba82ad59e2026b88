// @vitest-environment happy-dom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../core/contract';
import { renderWithI18n } from '../i18n/test-i18n';
import { ImportResultDetails, LISTED } from './import-result';

afterEach(cleanup);

/** An Instagram-like archive: one file per DM thread, each with a notice warning, and media skipped. */
function result(files: number, skipped: number): ImportResult {
  return {
    client: 'c',
    sources: Array.from({ length: files }, (_, i) => ({
      file: `ig.zip/messages/inbox/t${i}/message_1.json`,
      format: 'instagram.messages',
      platform: 'instagram' as const,
      records: 2,
      added: 2,
      importedAt: '2026-12-08T00:00:00.000Z',
      warnings: ['1 notice line(s) are not counted as messages'],
    })),
    skipped: Array.from({ length: skipped }, (_, i) => ({ file: `ig.zip/media/p${i}.jpg`, why: 'media' as const, reason: 'media' })),
    warnings: [],
    added: { interactions: 2 * files, members: files, contents: 0 },
    themesRerun: false,
  };
}

const rows = (el: HTMLElement) => el.querySelectorAll('tbody tr').length;

describe('ImportResultDetails', () => {
  it(`lists at most ${LISTED} files, skipped files and warnings, saying how many there are, in English and French`, () => {
    const en = renderWithI18n(<ImportResultDetails result={result(1234, 300)} />, 'en');
    expect(rows(en.getByTestId('import-sources'))).toBe(LISTED);
    expect(rows(en.getByTestId('import-skipped'))).toBe(LISTED);
    expect(en.getByTestId('import-warnings').querySelectorAll('li')).toHaveLength(LISTED);
    expect(en.getByTestId('import-sources-more').textContent).toBe(
      'The first 200 of 1,234 files: the overview lists them all, grouped by archive.',
    );
    expect(en.getByTestId('import-skipped-more').textContent).toBe('The first 200 of 300 skipped files.');
    expect(en.getByTestId('import-warnings-more').textContent).toMatch(/^The first 200 of 1,234 warnings/);
    cleanup();
    const fr = renderWithI18n(<ImportResultDetails result={result(1234, 300)} />, 'fr');
    expect(fr.getByTestId('import-sources-more').textContent).toMatch(/^Les 200 premiers fichiers sur 1\s234 : la vue d’ensemble/);
  });

  it('lists a small import whole, with no such line', () => {
    const small = renderWithI18n(<ImportResultDetails result={result(3, 1)} />, 'en');
    expect(rows(small.getByTestId('import-sources'))).toBe(3);
    expect(small.queryByTestId('import-sources-more')).toBeNull();
    expect(small.queryByTestId('import-skipped-more')).toBeNull();
    expect(small.queryByTestId('import-warnings-more')).toBeNull();
  });
});
