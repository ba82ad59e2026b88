import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/core/contract';
import { EVENT_CHANNEL, OPEN_IMPORT_CHANNEL } from '../../src/core/contract/desktop-bridge';
import { buildBridge, type IpcLike } from './bridge';

function fakeIpc(answer: (channel: string, arg: unknown) => unknown) {
  const calls: [string, unknown][] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const ipc: IpcLike = {
    invoke: async (channel, arg) => {
      calls.push([channel, arg]);
      return answer(channel, arg);
    },
    on: (channel, l) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(l);
      listeners.set(channel, set);
      return () => set.delete(l);
    },
  };
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  return { ipc, calls, emit };
}

describe('preload bridge', () => {
  it('has exactly one function per contract method, each on its own channel', async () => {
    const { ipc, calls } = fakeIpc(() => ({ ok: true, value: 42 }));
    const bridge = buildBridge(METHOD_NAMES, ipc, () => '');
    const fns = Object.keys(bridge).filter((k) => k !== 'onEvent' && k !== 'shell');
    expect(fns.sort()).toEqual([...METHOD_NAMES].sort());
    expect(await bridge['clients.list']({})).toEqual({ ok: true, value: 42 });
    expect(await bridge['stats.summary']({ client: 'acme' })).toEqual({ ok: true, value: 42 });
    expect(calls).toEqual([
      ['cercle:clients.list', {}],
      ['cercle:stats.summary', { client: 'acme' }],
    ]);
  });

  // contextBridge would drop every field of a thrown Error but its message: the failure is handed to
  // the page whole (line, kind, reason), and the renderer's backend turns it into an error (its test).
  it('hands a failed call to the page whole, and an answer of an unknown shape as a failure', async () => {
    const failed = {
      ok: false,
      error: 'no client named "x"',
      code: 'user',
      reason: { code: 'client.missing', params: { name: 'x', dir: '/w' } },
    };
    const bridge = buildBridge(METHOD_NAMES, fakeIpc(() => failed).ipc, () => '');
    expect(await bridge['stats.summary']({ client: 'x' })).toEqual(failed);
    const odd = buildBridge(METHOD_NAMES, fakeIpc(() => 'surprise').ipc, () => '');
    expect(await odd['stats.summary']({ client: 'x' })).toMatchObject({
      ok: false,
      code: 'internal',
      error: 'the desktop shell gave an answer of an unknown shape',
    });
  });

  it('passes event payloads only, and unsubscribes', () => {
    const { ipc, emit } = fakeIpc(() => ({ ok: true, value: null }));
    const bridge = buildBridge(METHOD_NAMES, ipc, () => '');
    const seen: unknown[] = [];
    const off = bridge.onEvent((e) => seen.push(e));
    const e = { event: 'imports.progress', data: { client: 'a', file: 'f', filesDone: 0, filesTotal: 1, records: 10 } };
    const themes = { event: 'themes.progress', data: { client: 'a', step: 'done', fraction: 1, automatic: true } };
    emit(EVENT_CHANNEL, e);
    emit(EVENT_CHANNEL, themes);
    off();
    emit(EVENT_CHANNEL, e);
    expect(seen).toEqual([e, themes]);
  });

  it('opens the import dialog through its own channel and never throws from pathForFile', async () => {
    const { ipc, calls } = fakeIpc(() => ({ ok: true, value: ['/home/u/chat.zip'] }));
    const bridge = buildBridge<{ name: string }>(METHOD_NAMES, ipc, (f) => {
      if (f.name === 'bad') throw new Error('not a real File');
      return `/drop/${f.name}`;
    });
    expect(await bridge.shell.openImportDialog('folder')).toEqual(['/home/u/chat.zip']);
    expect(calls).toEqual([[OPEN_IMPORT_CHANNEL, { kind: 'folder' }]]);
    expect(bridge.shell.pathForFile({ name: 'a.txt' })).toBe('/drop/a.txt');
    expect(bridge.shell.pathForFile({ name: 'bad' })).toBe('');
  });
});
