import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../store/workspace';
import { dispatch } from '../dispatch';
import { createHandlers } from '.';

const FIXTURE = join(__dirname, '../../../../tests/fixtures/whatsapp/index_test_chatExample.txt');

/** imports.start makes the client it imports into; a first import that fails must not leave it behind. */
describe('imports.start', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cercle-imports-'));
    const ws = new Workspace(dir);
    const handlers = createHandlers(ws, { now: () => 0 });
    return { dir, ws, call: (input: object) => dispatch(handlers, 'imports.start', input) };
  };

  it('creates the client for a first import that succeeds', async () => {
    const { ws, call } = setup();
    const res = await call({ client: 'wa', paths: [FIXTURE] });
    expect(res.ok).toBe(true);
    expect(await ws.exists('wa')).toBe(true);
  });

  it('leaves no client file behind when the first import into a new client fails, in parsing or in collecting', async () => {
    const { dir, ws, call } = setup();
    const bad = join(dir, 'broken.zip');
    writeFileSync(bad, 'not a zip at all');
    const parsed = await call({ client: 'new-one', paths: [bad] });
    expect(parsed).toMatchObject({ ok: false, code: 'user' });
    const missing = await call({ client: 'other', paths: [join(dir, 'nowhere.txt')] });
    expect(missing).toMatchObject({ ok: false, code: 'user' });
    expect(await ws.exists('new-one')).toBe(false);
    expect(await ws.exists('other')).toBe(false);
    expect(readdirSync(dir).filter((f) => f !== 'broken.zip')).toEqual([]);
  });

  it('keeps an existing client, unchanged, when an import into it fails', async () => {
    const { dir, ws, call } = setup();
    await ws.create('acme', 'UTC');
    const bad = join(dir, 'broken.zip');
    writeFileSync(bad, 'not a zip at all');
    expect((await call({ client: 'acme', paths: [bad] })).ok).toBe(false);
    expect(await ws.exists('acme')).toBe(true);
  });
});
