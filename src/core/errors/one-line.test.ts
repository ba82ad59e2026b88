import { describe, expect, it } from 'vitest';
import { CercleError } from './cercle-error';
import { describeError } from './catalog';

describe('errors are one line', () => {
  it('folds the line breaks of a parameter taken from a file (a JSON snippet in a parser detail)', () => {
    const err = new CercleError('import.json-cut-short', {
      file: 'a.json',
      detail: 'Unexpected token \',\', ..."x",\n        "... is not valid JSON',
    });
    expect(err.message).toBe('a.json: not valid JSON (Unexpected token \',\', ..."x", "... is not valid JSON): the file may be cut short');
    expect(describeError(err.toReason(), 'fr')).not.toMatch(/\n/);
  });
});
