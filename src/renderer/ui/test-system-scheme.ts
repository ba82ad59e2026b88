import { vi } from 'vitest';

/**
 * For tests in happy-dom: a stand-in for the system's light/dark setting. `matchMedia` answers from it
 * and tells its listeners when `flip()` changes it. Undo with `vi.restoreAllMocks()`.
 */
export function fakeSystemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(() => query as unknown as MediaQueryList);
  return {
    matchMedia,
    listeners,
    flip: () => {
      dark = !dark;
      listeners.forEach((l) => l());
    },
  };
}
