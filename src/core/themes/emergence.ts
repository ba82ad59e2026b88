import type { ThemeEmergence } from '../contract/themes';

/** Complete weeks in the recent window, and at most this many weeks before it as the baseline. */
export const RECENT_WEEKS = 4;
export const BEFORE_WEEKS = 12;
/** Family-wise level of the test (Bonferroni over the themes tested) and the least rise worth a flag. */
const ALPHA = 0.05;
const MIN_RATIO = 1.5;

export const EMERGENCE_TEST = 'two-proportion z-test, one-sided, pooled; Bonferroni over the themes; ratio ≥ 1.5';

/** erfc(x), fractional error below 1.2e-7 everywhere (Numerical Recipes' erfcc): good in the far tail too. */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** P(Z ≥ z) for a standard normal Z. */
export const upperTail = (z: number): number => 0.5 * erfc(z / Math.SQRT2);

/**
 * Is a theme's share of texts in the recent window above its share in the window before: x1 of n1
 * texts against x0 of n0, a one-sided two-proportion z-test with the pooled proportion. `tests` is the
 * number of themes tested at once (Bonferroni). Null when either window holds no text.
 */
export function emergence(x1: number, n1: number, x0: number, n0: number, tests: number): ThemeEmergence | null {
  if (n1 <= 0 || n0 <= 0) return null;
  const p1 = x1 / n1;
  const p0 = x0 / n0;
  const pooled = (x1 + x0) / (n1 + n0);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0));
  const z = se > 0 ? (p1 - p0) / se : 0;
  const p = se > 0 ? upperTail(z) : 1;
  const ratio = p0 > 0 ? p1 / p0 : null;
  return {
    recent: x1,
    before: x0,
    recentShare: p1,
    beforeShare: p0,
    ratio,
    z,
    p,
    emerging: p * Math.max(1, tests) < ALPHA && (ratio === null ? x1 > 0 : ratio >= MIN_RATIO),
  };
}
