import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDerivedFresh, refreshDerived } from '../../../core/analytics/derived/refresh-derived';
import { transaction } from '../../../core/db/db';
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

/** A DiscordChatExporter JSON of one channel: [author, ISO time, text] per message. */
function dce(dir: string, name: string, messages: [string, string, string][]): string {
  const file = join(dir, name);
  const json = {
    guild: { id: '1', name: 'Club' },
    channel: { id: 'c1', type: 'GuildTextChat', name: 'general' },
    messages: messages.map(([who, at, content], i) => ({
      id: `${name}-${i}`,
      type: 'Default',
      timestamp: `${at}:00+00:00`,
      content,
      author: { id: who, name: who },
    })),
  };
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe('imports.start and the analytics tables', () => {
  it('refreshes fresh analytics tables in its own write when it can (metrics.prepare then has nothing to do), as a full rebuild would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cercle-imports-'));
    const ws = new Workspace(dir);
    const handlers = createHandlers(ws, { now: () => 0 });
    const ok = async <T>(method: string, input: object): Promise<T> => {
      const res = await dispatch(handlers, method, input);
      if (!res.ok) throw new Error(res.error);
      return res.value as T;
    };
    const first = dce(dir, 'january.json', [
      ['ana', '2026-01-05T10:00', 'Bonjour, une question sur la livraison ?'],
      ['Brand', '2026-01-05T10:20', 'Bonjour Ana, sous 48 h'],
      ['ben', '2026-01-12T18:00', 'Je recommande, super produit'],
    ]);
    await ok('imports.start', { client: 'club', paths: [first], brands: ['Brand'] });
    expect(await ok('metrics.prepare', { client: 'club' })).toMatchObject({ rebuilt: true });

    const next = dce(dir, 'february.json', [
      ['ana', '2026-02-02T09:00', 'Merci, bien reçu !'],
      ['cleo', '2026-02-02T09:05', 'Vous livrez en Belgique ?'],
      ['Brand', '2026-02-02T09:30', 'Oui Cléo'],
    ]);
    await ok('imports.start', { client: 'club', paths: [next] });
    expect(await ws.read('club', (db) => isDerivedFresh(db))).toBe(true);
    expect(await ok('metrics.prepare', { client: 'club' })).toMatchObject({ rebuilt: false });
    const refreshed = await ok('metrics.compute', { client: 'club' });
    await ws.write('club', (db) => transaction(db, () => refreshDerived(db)));
    expect(await ok('metrics.compute', { client: 'club' })).toEqual(refreshed);

    // Rows before the first day with data move every member's love anchor: left stale, rebuilt whole later.
    const older = dce(dir, 'december.json', [['dan', '2025-12-20T10:00', 'Un vieux message']]);
    await ok('imports.start', { client: 'club', paths: [older] });
    expect(await ws.read('club', (db) => isDerivedFresh(db))).toBe(false);
    expect(await ok('metrics.prepare', { client: 'club' })).toMatchObject({ rebuilt: true });
  });
});
