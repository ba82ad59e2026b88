/**
 * Times the phases of a build with the caller's clock (the core reads none of its own): `phase(name)`
 * closes the phase that ends now, `ms()` is the time since the start. A clock that always says 0 makes
 * every figure 0, which is what callers that do not profile pass.
 */
export function phaseClock(now: () => number): { phases: Record<string, number>; phase: (name: string) => void; ms: () => number } {
  const t0 = now();
  const phases: Record<string, number> = {};
  let last = t0;
  return {
    phases,
    phase: (name) => {
      const t = now();
      phases[name] = Math.round(t - last);
      last = t;
    },
    ms: () => Math.round(now() - t0),
  };
}
