// @vitest-environment happy-dom
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientInfo } from '../../core/contract';
import type { Backend } from '../api/backend';
import { BackendContext } from '../api/backend-context';
import { LockGate } from '../encryption/lock-gate';
import { renderWithI18n } from '../i18n/test-i18n';
import { LargeClientNotice } from './large-client-notice';

afterEach(cleanup);

const info = (name: string, sizeBytes: number): ClientInfo => ({
  name,
  file: `/ws/${name}.cercle`,
  sizeBytes,
  modifiedAt: '2026-12-07T10:00:00.000Z',
  encrypted: false,
  locked: false,
});
const backend = (clients: ClientInfo[]) =>
  ({ api: { 'clients.list': async () => clients }, onEvent: () => () => {}, desktop: null }) as unknown as Backend;

const show = (client: string, lang: 'en' | 'fr') =>
  renderWithI18n(
    <BackendContext.Provider value={backend([info('small', 396 * 2 ** 20), info('big', 1.2 * 2 ** 30), info('huge', 2.1 * 2 ** 30)])}>
      <p>screen</p>
      <LockGate client={client}>
        <LargeClientNotice />
      </LockGate>
    </BackendContext.Provider>,
    lang,
  );

describe('LargeClientNotice', () => {
  it('says nothing for a client under 1 GB', async () => {
    const { getByText, queryByTestId } = show('small', 'en');
    getByText('screen');
    await new Promise((r) => setTimeout(r, 20));
    expect(queryByTestId('large-client')).toBeNull();
  });

  it('warns of a large client with its size and the memory it takes, in English and French', async () => {
    const en = show('big', 'en');
    await waitFor(() => expect(en.getByTestId('large-client').textContent).toMatch(/file is large \(1\.2 GB\).*about 2\.52 GB/));
    cleanup();
    const fr = show('huge', 'fr');
    await waitFor(() => expect(fr.getByTestId('large-client').textContent).toMatch(/très volumineux \(2,1 Go\).*environ 4,4\d? Go/));
  });
});
