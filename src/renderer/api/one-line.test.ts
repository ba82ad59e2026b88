import { describe, expect, it } from 'vitest';
import { CallError } from './call-error';
import { oneLine } from './one-line';

describe('oneLine', () => {
  it('keeps the first line of a message and drops a stack', () => {
    const err = new Error('chat.zip: is not a readable ZIP archive\n    at readZip (collect-inputs.ts:12)');
    expect(oneLine(err)).toBe('chat.zip: is not a readable ZIP archive');
  });

  it("removes Electron's wrapper around a message from main", () => {
    expect(oneLine(new Error('Error invoking remote method \'cercle:stats.summary\': Error: no client named "x"'))).toBe(
      'no client named "x"',
    );
  });

  it('never shows an empty line', () => {
    expect(oneLine(new Error(''))).toBe('something went wrong');
    expect(oneLine(undefined)).toBe('something went wrong');
    expect(oneLine('plain text')).toBe('plain text');
  });
});

describe('oneLine of a failed call', () => {
  const failed = new CallError({
    error: 'no client named "x" in /w (create it first, or check --workspace)',
    code: 'user',
    reason: { code: 'client.missing', params: { name: 'x', dir: '/w' } },
  });

  it('says it in the language asked for, from its code and parameters', () => {
    expect(oneLine(failed, 'en')).toBe('no client named "x" in /w (create it first, or check --workspace)');
    expect(oneLine(failed, 'fr')).toBe("aucun client nommé « x » dans /w (créez-le d'abord, ou vérifiez --workspace)");
  });

  it('falls back to the English line for a code it does not know', () => {
    const newer = new CallError({ error: 'something new went wrong', code: 'user', reason: { code: 'future.problem', params: {} } });
    expect(oneLine(newer, 'fr')).toBe('something new went wrong');
  });
});
