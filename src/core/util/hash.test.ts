import { describe, expect, it } from 'vitest';
import { stableHash } from './hash';

describe('stableHash', () => {
  it('is stable and separates its parts', () => {
    expect(stableHash('a', 'b')).toBe(stableHash('a', 'b'));
    expect(stableHash('ab', '')).not.toBe(stableHash('a', 'b'));
    expect(stableHash('x', undefined)).not.toBe(stableHash('x', ''));
  });
});
