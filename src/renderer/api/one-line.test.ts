import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line';

describe('oneLine', () => {
  it('keeps the first line of a message and drops a stack', () => {
    const err = new Error('chat.zip: is not a readable ZIP archive\n    at readZip (collect-inputs.ts:12)');
    expect(oneLine(err)).toBe('chat.zip: is not a readable ZIP archive');
  });

  it("removes Electron's wrapper around a message from main", () => {
    expect(oneLine(new Error("Error invoking remote method 'cercle:stats.summary': Error: no client named \"x\""))).toBe('no client named "x"');
  });

  it('never shows an empty line', () => {
    expect(oneLine(new Error(''))).toBe('something went wrong');
    expect(oneLine(undefined)).toBe('something went wrong');
    expect(oneLine('plain text')).toBe('plain text');
  });
});
