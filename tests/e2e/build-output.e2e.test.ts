import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/core/contract';
import { DbWorkerClient } from '../../electron/worker/worker-client';
import type { SinkOp } from '../../src/core/ingest/offload';
import { workerOffload } from '../../src/node/ingest/worker-offload';

/** The Electron binary cannot run here, so the built desktop bundles are checked for what can be checked. */
describe('the electron-vite build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cercle-built-worker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has a database worker that runs in plain Node, as Electron will start it', async () => {
    const client = new DbWorkerClient(() => new Worker(resolve('out/main/db-worker.js'), { workerData: { workspaceDir: dir } }));
    try {
      const demo = await client.value<{ name: string }>('clients.createDemo', { name: 'demo', seed: 7 });
      expect(demo.name).toBe('demo');
      const s = await client.value<{ members: number; interactions: number }>('stats.summary', { client: 'demo' });
      expect(s.members).toBeGreaterThan(0);
      expect(s.interactions).toBeGreaterThan(s.members);
    } finally {
      await client.close();
    }
  });

  it('has a parsing worker that the database worker can start for large files', async () => {
    const offload = workerOffload((data) => new Worker(resolve('out/main/parse-worker.js'), { workerData: data }));
    const file = resolve('tests/fixtures/whatsapp/index_test_chatExample.txt');
    const ops: SinkOp[] = [];
    const { hash } = await offload.parse(
      { path: 'chat.txt', diskPath: file, innerPath: 'chat.txt', size: 1, format: 'whatsapp.txt', timezone: 'UTC', brands: [] },
      (batch) => ops.push(...batch),
    );
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(ops.filter((o) => o[0] === 'interaction').length).toBeGreaterThan(0);
  });

  it('has a CommonJS preload that requires only electron and registers every contract method', () => {
    const preload = readFileSync(resolve('out/preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    for (const m of METHOD_NAMES) expect(preload).toContain(`"${m}"`);
  });

  it('writes the strict content policy into the renderer page', () => {
    const html = readFileSync(resolve('out/renderer/index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
    expect(html).not.toMatch(/https?:\/\//);
  });
});
