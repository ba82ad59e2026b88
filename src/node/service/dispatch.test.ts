import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../core/contract';
import { CercleError } from '../../core/errors';
import { dispatch } from './dispatch';

/** Handlers where only clients.list is real: enough to see how dispatch treats each kind of failure. */
function handlersThat(list: () => Promise<unknown>): Handlers {
  return new Proxy({} as Handlers, { get: (_, m) => (m === 'clients.list' ? list : async () => undefined) });
}

function recorder() {
  const logged: [string, unknown][] = [];
  const timed: [string, boolean][] = [];
  return {
    logged,
    timed,
    hooks: {
      log: (m: string, e: unknown) => logged.push([m, e]),
      onTiming: (m: string, ms: number, ok: boolean) => timed.push([m, ok && ms >= 0]),
    },
  };
}

describe('dispatch', () => {
  it('answers a user error with its code and parameters, without logging it', async () => {
    const r = recorder();
    const res = await dispatch(
      handlersThat(async () => {
        throw new CercleError('client.missing', { name: 'x', dir: '/w' });
      }),
      'clients.list',
      {},
      r.hooks,
    );
    expect(res).toEqual({
      ok: false,
      code: 'user',
      error: 'no client named "x" in /w (create it first, or check --workspace)',
      reason: { code: 'client.missing', params: { name: 'x', dir: '/w' } },
    });
    expect(r.logged).toEqual([]);
  });

  it('answers a bug as internal, and logs it with its stack', async () => {
    const r = recorder();
    const bug = new TypeError("Cannot read properties of undefined (reading 'n')\nsecond line");
    const res = await dispatch(
      handlersThat(async () => {
        throw bug;
      }),
      'clients.list',
      {},
      r.hooks,
    );
    expect(res).toMatchObject({
      ok: false,
      code: 'internal',
      error: "Cannot read properties of undefined (reading 'n')",
      reason: { code: 'internal' },
    });
    expect(r.logged).toEqual([['clients.list', bug]]);
  });

  it('logs the unexpected cause behind a user error, and still answers the user error', async () => {
    const r = recorder();
    const cause = new RangeError('offset out of range');
    const err = new CercleError('import.invalid-file', { file: 'a.json', format: 'Telegram', detail: 'offset out of range' }, { cause });
    const res = await dispatch(
      handlersThat(async () => {
        throw err;
      }),
      'clients.list',
      {},
      r.hooks,
    );
    expect(res).toMatchObject({ ok: false, code: 'user', reason: { code: 'import.invalid-file' } });
    expect(r.logged).toEqual([['clients.list', err]]);
  });

  it('times every call, answered or refused', async () => {
    const r = recorder();
    await dispatch(
      handlersThat(async () => []),
      'clients.list',
      {},
      r.hooks,
    );
    await dispatch(
      handlersThat(async () => []),
      'no.such',
      {},
      r.hooks,
    );
    await dispatch(
      handlersThat(async () => []),
      'clients.create',
      { name: 'a/b' },
      r.hooks,
    );
    expect(r.timed).toEqual([
      ['clients.list', true],
      ['no.such', false],
      ['clients.create', false],
    ]);
  });
});
