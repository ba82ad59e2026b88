import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, hungarian, hungarianAccuracy, nmi } from './metrics';

describe('clustering metrics on hand-computed cases', () => {
  it('gives 1 for the same partition under other names', () => {
    const labels = [0, 0, 1, 1, 2, 2];
    const clusters = [5, 5, 3, 3, 9, 9];
    expect(nmi(labels, clusters)).toBeCloseTo(1, 12);
    expect(hungarianAccuracy(labels, clusters)).toBe(1);
    expect(adjustedRandIndex(labels, clusters)).toBeCloseTo(1, 12);
  });
  it('NMI: labels [0,0,1,1], clusters [0,0,0,1]', () => {
    // H(labels) = ln 2; H(clusters) = −(3/4 ln 3/4 + 1/4 ln 1/4); MI = 1/2 ln(4/3) + 1/4 ln 2 ... by hand:
    // cells (0,0)=2, (1,0)=1, (1,1)=1; MI = 2/4 ln(4·2/(2·3)) + 1/4 ln(4·1/(2·3)) + 1/4 ln(4·1/(2·1))
    const mi = 0.5 * Math.log(8 / 6) + 0.25 * Math.log(4 / 6) + 0.25 * Math.log(2);
    const hl = Math.log(2);
    const hc = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    expect(nmi([0, 0, 1, 1], [0, 0, 0, 1])).toBeCloseTo(mi / ((hl + hc) / 2), 12);
    expect(nmi([0, 0, 1, 1], [0, 0, 0, 1])).toBeCloseTo(0.3436, 3);
  });
  it('accuracy: the best one-to-one matching, not the majority per cluster', () => {
    // clusters 0 and 1 both hold mostly label 0; only one may take it
    expect(hungarianAccuracy([0, 0, 0, 0, 1, 1], [0, 0, 1, 1, 1, 0])).toBeCloseTo(3 / 6, 12);
    expect(
      hungarian([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    ).toEqual([1, 0, 2]);
  });
  it('ARI: the textbook example and independence', () => {
    // labels [0,0,0,1,1,1], clusters [0,0,1,1,2,2]: index Σ C(nij,2) = 1+0+0+1 = 2 (cells 2,1,1,2); a = 6, b = 3,
    // expected = 6·3/15 = 1.2, max = 4.5 → (2 − 1.2)/(4.5 − 1.2) = 0.2424…
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.8 / 3.3, 12);
    expect(nmi([0, 1, 0, 1], [0, 0, 1, 1])).toBeCloseTo(0, 12);
  });
});
