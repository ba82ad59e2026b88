import { describe, expect, it } from 'vitest';
import { emergence, erfc, upperTail } from './emergence';

describe('emergence test', () => {
  it('has the normal tail of the tables', () => {
    expect(upperTail(0)).toBeCloseTo(0.5, 7);
    expect(upperTail(1.959964)).toBeCloseTo(0.025, 6);
    expect(upperTail(3.090232)).toBeCloseTo(0.001, 6);
    expect(erfc(-1)).toBeCloseTo(1.8427007929, 6);
  });

  it('computes the pooled two-proportion z by hand', () => {
    // 30 of 200 recent texts against 40 of 800 before: 15 % vs 5 %, pooled 7 %
    const e = emergence(30, 200, 40, 800, 1)!;
    const se = Math.sqrt(0.07 * 0.93 * (1 / 200 + 1 / 800));
    expect(e.z).toBeCloseTo(0.1 / se, 10);
    expect(e.ratio).toBeCloseTo(3, 10);
    expect(e.p).toBeLessThan(1e-5);
    expect(e.emerging).toBe(true);
  });

  it('flags neither a flat share, nor a small rise, nor one that Bonferroni cancels', () => {
    expect(emergence(10, 100, 40, 400, 1)!.emerging).toBe(false); // same share: z = 0
    expect(emergence(10, 100, 40, 400, 1)!.p).toBeCloseTo(0.5, 6);
    expect(emergence(6, 100, 16, 400, 1)!.emerging).toBe(false); // 6 % vs 4 %: p ≈ 0.19
    const borderline = emergence(9, 100, 16, 400, 1)!; // 9 % vs 4 %, p ≈ 0.02
    expect(borderline.p).toBeLessThan(0.05);
    expect(borderline.emerging).toBe(true);
    expect(emergence(9, 100, 16, 400, 20)!.emerging).toBe(false);
    expect(emergence(5, 100, 0, 400, 1)!.ratio).toBeNull();
    expect(emergence(1, 0, 3, 10, 1)).toBeNull();
  });
});
