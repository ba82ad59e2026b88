// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../api/backend';
import { BackendContext } from '../api/backend-context';
import { createI18n } from '../i18n/i18n';
import { useThemesRun } from './themes-run';

afterEach(cleanup);

/** A backend that answers themes.get with `stored` settings and records what themes.compute is asked. */
function fakeBackend(stored: object | null) {
  const computed: unknown[] = [];
  const api = {
    'themes.get': async () => ({ settings: stored }),
    'themes.compute': async (input: unknown) => {
      computed.push(input);
      return {};
    },
  };
  return { backend: { api, onEvent: () => () => {}, desktop: null } as unknown as Backend, computed };
}

const wrapper =
  (backend: Backend) =>
  ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n('en')}>
      <BackendContext.Provider value={backend}>{children}</BackendContext.Provider>
    </I18nextProvider>
  );

describe('useThemesRun', () => {
  it('computes again with the stored run’s seed, cut and brand choice, as the run an import starts does', async () => {
    const { backend, computed } = fakeBackend({ seed: 7, granularity: 0.35, includeBrand: true, kinds: ['comment'] });
    let changes = 0;
    const { result } = renderHook(() => useThemesRun('acme', () => changes++), { wrapper: wrapper(backend) });
    act(() => result.current.start());
    await waitFor(() => expect(changes).toBe(1));
    expect(computed).toEqual([{ client: 'acme', seed: 7, granularity: 0.35, includeBrand: true }]);
    expect(result.current.running).toBe(false);
  });

  it('uses the defaults for a client whose themes were never computed', async () => {
    const { backend, computed } = fakeBackend(null);
    const { result } = renderHook(() => useThemesRun('acme', () => {}), { wrapper: wrapper(backend) });
    act(() => result.current.start());
    await waitFor(() => expect(computed).toEqual([{ client: 'acme' }]));
  });
});
