import type { TFunction } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../core/contract';
import { CallError } from './call-error';
import { createBackend } from './create-backend';
import { oneLine } from './one-line';

const g = globalThis as { window?: unknown };
afterEach(() => delete g.window);

/** A desktop bridge as the preload builds it: every method resolves to the call's result. */
function fakeBridge(answer: (method: string) => unknown) {
  const bridge: Record<string, unknown> = {
    onEvent: () => () => undefined,
    shell: { openImportDialog: async () => [], pathForFile: () => '' },
  };
  for (const m of METHOD_NAMES) bridge[m] = async () => answer(m);
  g.window = { cercle: bridge };
}

describe('createBackend with the desktop bridge', () => {
  it('gives the screens the value of each call', async () => {
    fakeBridge(() => ({ ok: true, value: 42 }));
    expect(await createBackend({ search: '' } as Location, ((k: string) => k) as unknown as TFunction).api['clients.list']({})).toBe(42);
  });

  it('turns a failed call into an error with its one line, said in the language asked for', async () => {
    fakeBridge(() => ({
      ok: false,
      error: 'no client named "x" in /w (create it first, or check --workspace)',
      code: 'user',
      reason: { code: 'client.missing', params: { name: 'x', dir: '/w' } },
    }));
    const err = await createBackend({ search: '' } as Location, ((k: string) => k) as unknown as TFunction)
      .api['stats.summary']({ client: 'x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CallError);
    expect((err as Error).message).toMatch(/^no client named "x"/);
    expect(oneLine(err, 'fr')).toBe("aucun client nommé « x » dans /w (créez-le d'abord, ou vérifiez --workspace)");
  });
});
