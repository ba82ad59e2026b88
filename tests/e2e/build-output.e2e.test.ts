import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/core/contract';
import { DbWorkerClient } from '../../electron/worker/worker-client';

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
