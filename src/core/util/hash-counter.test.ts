import { describe, expect, it } from 'vitest';
import { HashCounter } from './hash-counter';
import { stableHash } from './hash';

describe('HashCounter', () => {
  it('numbers each key in the order it is seen, as a Map of counts would', () => {
    const counter = new HashCounter();
    const map = new Map<string, number>();
    // Enough distinct keys to grow the table several times, each seen 1–3 times in a shuffled order.
    const keys: string[] = [];
    for (let i = 0; i < 20_000; i++) for (let r = 0; r <= i % 3; r++) keys.push(stableHash('k', i));
    for (let i = keys.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [keys[i], keys[j]] = [keys[j]!, keys[i]!];
    }
    for (const k of keys) {
      const want = (map.get(k) ?? 0) + 1;
      map.set(k, want);
      expect(counter.next(k)).toBe(want);
    }
  });

  it('keeps counting past 255 sightings of one key', () => {
    const counter = new HashCounter();
    const k = stableHash('same');
    let last = 0;
    for (let i = 0; i < 600; i++) last = counter.next(k);
    expect(last).toBe(600);
    expect(counter.next(stableHash('other'))).toBe(1);
  });

  it('tells apart keys whose halves collide in the table', () => {
    const counter = new HashCounter();
    // Same xor of halves, so the same first slot: probing must compare both halves.
    expect(counter.next('0000000100000000')).toBe(1);
    expect(counter.next('0000000000000001')).toBe(1);
    expect(counter.next('0000000100000000')).toBe(2);
    expect(counter.next('0000000000000001')).toBe(2);
  });

  it('counts keys that are not 16 hex digits the plain way', () => {
    const counter = new HashCounter();
    expect(counter.next('not-a-hash')).toBe(1);
    expect(counter.next('not-a-hash')).toBe(2);
    expect(counter.next('ABCDEF0123456789')).toBe(1);
    expect(counter.next('abcdef0123456789')).toBe(1);
    expect(counter.next('ABCDEF0123456789')).toBe(2);
  });
});
