import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CercleEvent } from '../../src/core/contract/desktop-bridge';
import type { DbWorkerData } from './protocol';
import { DbWorkerClient } from './worker-client';
import type { DispatchResult } from '../../src/node/service/dispatch';

const CHAT = resolve('tests/fixtures/whatsapp/index_test_chatExample.txt');

/**
 * Starts a TypeScript worker through tsx. Node 20 does not apply `--import tsx` from a worker's
 * execArgv, so a tiny bootstrap registers tsx inside the thread before importing the entry.
 */
function tsWorker(entry: URL, options: WorkerOptions): Worker {
  // An eval'd worker resolves bare names from the working directory: the repository root under vitest.
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}

describe('db-worker, run for real in a Node worker thread', () => {
  let dir: string;
  let client: DbWorkerClient;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cercle-worker-'));
    const data: DbWorkerData = { workspaceDir: dir };
    client = new DbWorkerClient(() => tsWorker(new URL('./db-worker.ts', import.meta.url), { workerData: data }));
  });
  afterAll(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a client in the workspace folder it was given', async () => {
    const r = await client.call('clients.create', { name: 'acme', timezone: 'Europe/Paris' });
    expect(r).toMatchObject({ ok: true, value: { name: 'acme', file: join(dir, 'acme.cercle') } });
    expect(await client.value('clients.list', {})).toMatchObject([{ name: 'acme' }]);
  });

  it('imports a file by path, relays progress, then summarises it', async () => {
    const events: CercleEvent[] = [];
    const off = client.onEvent((e) => events.push(e));
    const result = await client.value<{ sources: { records: number }[]; added: { interactions: number } }>('imports.start', {
      client: 'acme',
      paths: [CHAT],
    });
    off();
    // The chat has 5 lines: 2 system lines (encryption notice, group created) and 3 authored messages,
    // the last one spanning two lines.
    expect(result.sources).toHaveLength(1);
    expect(result.sources[0]!.records).toBe(3);
    expect(result.added.interactions).toBe(3);
    expect(events.length).toBeGreaterThan(0);
    const size = statSync(CHAT).size;
    expect(events.at(-1)).toEqual({
      event: 'imports.progress',
      data: { client: 'acme', file: CHAT, filesDone: 1, filesTotal: 1, records: 3, bytesDone: size, bytesTotal: size },
    });

    const summary = await client.value<{
      members: number;
      messages: number;
      firstAt: string;
      lastAt: string;
      byPlatform: Record<string, number>;
    }>('stats.summary', { client: 'acme' });
    // Three distinct authors: "Sample User", "TestBot" and the phone number.
    expect(summary.members).toBe(3);
    expect(summary.messages).toBe(3);
    expect(summary.byPlatform).toEqual({ whatsapp: 3 });
    // 06/03/2017 00:45 day-first is 6 March; the latest date in the chat is 08/05/2017 01:48 (8 May).
    expect(summary.firstAt).toBe('2017-03-05T23:45:00.000Z');
    expect(summary.lastAt).toBe('2017-05-07T23:48:00.000Z');
  });

  it('relays a themes run’s steps, and a cancel from the window stops it while it holds the client', async () => {
    expect((await client.call('clients.createDemo', { name: 'demo' })).ok).toBe(true);
    const steps: string[] = [];
    let cancel: Promise<DispatchResult> | undefined;
    const off = client.onEvent((e) => {
      if (e.event !== 'themes.progress') return;
      steps.push(e.data.step);
      // sent when the run is under way: the worker reads it between two steps of the run
      if (e.data.step === 'analyse' && !cancel) cancel = client.call('themes.cancel', { client: 'demo' });
    });
    const run = await client.call('themes.compute', { client: 'demo' });
    off();
    expect(await cancel).toEqual({ ok: true, value: { cancelled: true } });
    expect(run).toMatchObject({ ok: false, code: 'user', reason: { code: 'themes.cancelled', params: { client: 'demo' } } });
    expect(steps[0]).toBe('read');
    expect(steps.at(-1)).toBe('cancelled');
    expect(steps).not.toContain('store');
    expect(await client.value('themes.get', { client: 'demo' })).toMatchObject({ computedAt: null, themes: [] });
    // and a run left alone goes to its end
    expect(await client.value('themes.compute', { client: 'demo' })).toMatchObject({ computedAt: expect.any(String), newTexts: 0 });
  }, 120_000);

  it('parses every input against the contract and answers in one line', async () => {
    const bad = await client.call('clients.create', { name: 'a/b' });
    expect(bad).toMatchObject({
      ok: false,
      code: 'bad-request',
      error: 'clients.create: invalid input at name: client name has a character not allowed in a file name',
      reason: { code: 'request.invalid-input' },
    });
    expect(await client.call('clients.drop', {})).toMatchObject({
      ok: false,
      code: 'bad-request',
      error: 'unknown method "clients.drop"',
      reason: { code: 'request.unknown-method', params: { method: 'clients.drop' } },
    });
    const user = await client.call('stats.summary', { client: 'nobody' });
    expect(user).toMatchObject({ ok: false, code: 'user' });
    expect(user.ok || user.error.includes('\n')).toBe(false);
  });

  it('starts a fresh worker after close, with the same files', async () => {
    await client.close();
    expect(await client.value('clients.list', {})).toMatchObject([{ name: 'acme' }, { name: 'demo' }]);
  });
});

describe('DbWorkerClient when the worker dies', () => {
  it('fails the pending call with one line, then spawns a new worker for the next call', async () => {
    let spawned = 0;
    const client = new DbWorkerClient(() => {
      spawned++;
      // A worker that exits without answering, like one killed by an out-of-memory error.
      return new Worker('process.exit(3)', { eval: true });
    });
    expect(await client.call('clients.list', {})).toMatchObject({
      ok: false,
      code: 'internal',
      error: 'the database worker stopped (exit code 3)',
      reason: { code: 'shell.worker-exited', params: { code: 3 } },
    });
    expect(await client.call('clients.list', {})).toMatchObject({ ok: false, code: 'internal' });
    expect(spawned).toBe(2);
    await client.close();
  });

  it('refuses input that cannot cross to the worker', async () => {
    const client = new DbWorkerClient(() => new Worker('setInterval(() => {}, 1000)', { eval: true }));
    const r = await client.call('clients.create', { name: 'x', fn: () => 1 });
    expect(r).toMatchObject({ ok: false, code: 'bad-request' });
    await client.close();
  });
});
