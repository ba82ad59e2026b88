import { useCallback, useEffect, useState } from 'react';
import { oneLine } from './one-line';

export type Load<T> = { state: 'loading' } | { state: 'error'; error: string } | { state: 'ready'; data: T };

/**
 * Runs `fn` when `key` changes and on reload(); a late answer for an old key is dropped, so switching
 * clients quickly never shows the previous client's numbers.
 */
export function useLoad<T>(fn: () => Promise<T>, key: string): { load: Load<T>; reload: () => void } {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    fn().then(
      (data) => live && setLoad({ state: 'ready', data }),
      (err: unknown) => live && setLoad({ state: 'error', error: oneLine(err) }),
    );
    return () => {
      live = false;
    };
    // fn is recreated every render; `key` and `tick` say when to fetch again.
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { load, reload };
}
