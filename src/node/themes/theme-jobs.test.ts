import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../core/contract';
import { THEME_RUN_STEPS, type ThemesProgress, type ThemesResult } from '../../core/contract/themes';
import { dispatch, type DispatchResult } from '../service/dispatch';
import { createHandlers, type ServiceOptions } from '../service/handlers';
import { Workspace } from '../store/workspace';

const CHAT = join(__dirname, '../../../tests/fixtures/whatsapp/index_test_chatExample.txt');
const CHAT_TEXTS = 3; // its three authored messages

/**
 * Themes runs through the contract, as every shell runs them: progress, cancel while the run holds the
 * client, and the run an import starts. The demo client is made once and copied for each test.
 */
describe('themes runs', () => {
  let demoFile: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cercle-theme-jobs-'));
    const ws = new Workspace(dir);
    expect((await dispatch(createHandlers(ws), 'clients.createDemo', { name: 'demo' })).ok).toBe(true);
    await ws.closeAll();
    demoFile = ws.fileFor('demo');
  }, 120_000);

  const setup = (opts: ServiceOptions = {}) => {
    const ws = new Workspace(mkdtempSync(join(tmpdir(), 'cercle-theme-jobs-')));
    copyFileSync(demoFile, ws.fileFor('demo'));
    const events: ThemesProgress[] = [];
    const handlers = createHandlers(ws, {
      ...opts,
      onThemesProgress: (p) => {
        events.push(p);
        opts.onThemesProgress?.(p);
      },
    });
    const call = (method: string, input: object): Promise<DispatchResult> => dispatch(handlers, method, input);
    const value = async <T>(method: string, input: object): Promise<T> => {
      const r = await call(method, input);
      if (!r.ok) throw new Error(r.error);
      return r.value as T;
    };
    return { ws, events, call, value };
  };

  it('reports every step in order, the fraction rising, then done', async () => {
    const { events, value } = setup();
    const r = await value<ThemesResult>('themes.compute', { client: 'demo' });
    expect(r.themes.length).toBeGreaterThan(3);
    expect(events.every((e) => e.client === 'demo' && !e.automatic)).toBe(true);
    expect([...new Set(events.map((e) => e.step))]).toEqual([...THEME_RUN_STEPS, 'done']);
    // the demo's 5,600 texts: one more report inside the analysis, at 5,000
    expect(events.filter((e) => e.step === 'analyse')).toHaveLength(2);
    for (let i = 1; i < events.length; i++) expect(events[i]!.fraction).toBeGreaterThan(events[i - 1]!.fraction);
    expect(events.at(-1)).toEqual({ client: 'demo', step: 'done', fraction: 1, automatic: false });
  }, 60_000);

  it('serves a cancel while the run holds the client: the run stops at its next step, file and themes as they were', async () => {
    const order: string[] = [];
    let armed = false;
    const { ws, events, call, value } = setup({
      onThemesProgress: (p) => {
        // Asked from the next turn of the event loop, as a worker message or an HTTP request arrives:
        // it is served only because the run gives the thread back at its steps.
        if (p.step === 'embed' && armed) {
          armed = false;
          setImmediate(() => void call('themes.cancel', { client: 'demo' }).then((r) => order.push(`cancel ${JSON.stringify(r)}`)));
        }
      },
    });
    await value('themes.compute', { client: 'demo' });
    const renamed = (await value<ThemesResult>('themes.get', { client: 'demo' })).themes[0]!;
    await value('themes.rename', { client: 'demo', theme: renamed.id, label: 'Ours' });
    const before = await value<ThemesResult>('themes.get', { client: 'demo' });
    const bytes = readFileSync(ws.fileFor('demo'));
    events.length = 0;
    armed = true;

    const r = await call('themes.compute', { client: 'demo', seed: 2 });
    order.push('compute');
    expect(order).toEqual(['cancel {"ok":true,"value":{"cancelled":true}}', 'compute']);
    expect(r).toMatchObject({
      ok: false,
      code: 'user',
      error: 'themes of "demo" cancelled: the stored themes are unchanged',
      reason: { code: 'themes.cancelled', params: { client: 'demo' } },
    });
    expect(events.map((e) => e.step)).toEqual(['read', 'analyse', 'analyse', 'features', 'embed', 'cancelled']);
    expect(readFileSync(ws.fileFor('demo')).equals(bytes)).toBe(true);
    expect(await value('themes.get', { client: 'demo' })).toEqual(before);
    expect(before.themes.find((t) => t.id === renamed.id)!.label).toBe('Ours');
  }, 60_000);

  it('cancels a run still waiting for the client, before it reads anything; with no run, says there was none', async () => {
    const { ws, events, call, value } = setup();
    expect(await value('themes.cancel', { client: 'demo' })).toEqual({ cancelled: false });
    let release = (): void => undefined;
    const holding = new Promise<void>((entered) => {
      void ws.write('demo', () => new Promise<void>((r) => ((release = r), entered())));
    });
    await holding;
    const busy = ws.read('demo', () => undefined);
    const run = call('themes.compute', { client: 'demo' });
    expect(await value('themes.cancel', { client: 'demo' })).toEqual({ cancelled: true });
    release();
    await busy;
    expect(await run).toMatchObject({ ok: false, reason: { code: 'themes.cancelled' } });
    expect(events).toEqual([{ client: 'demo', step: 'cancelled', fraction: 0, automatic: false }]);
    expect(await value('themes.get', { client: 'demo' })).toMatchObject({ computedAt: null });
  }, 60_000);

  it('computes the themes again after an import brings texts, with the stored settings and the edits kept', async () => {
    const { events, value } = setup();
    await value('themes.compute', { client: 'demo', seed: 1 });
    // the consultant's cut and names: kept by the run after the import
    await value('themes.cut', { client: 'demo', themes: 20 });
    const first = await value<ThemesResult>('themes.get', { client: 'demo' });
    expect(first.themes).toHaveLength(20);
    const names = first.themes.slice(0, 8).map((t, i) => `Ours ${i}`);
    for (const [i, t] of first.themes.slice(0, 8).entries()) await value('themes.rename', { client: 'demo', theme: t.id, label: names[i] });
    events.length = 0;

    const imported = await value<ImportResult>('imports.start', { client: 'demo', paths: [CHAT] });
    expect(imported).toMatchObject({ added: { interactions: CHAT_TEXTS }, themesRerun: true });
    // queued on the client before the import answered: the next call waits for it and reads the new themes
    const after = await value<ThemesResult>('themes.get', { client: 'demo' });
    expect(after).toMatchObject({ texts: first.texts + CHAT_TEXTS, newTexts: 0, settings: { seed: 1, includeBrand: false } });
    expect(after.computedAt! >= first.computedAt!).toBe(true);
    expect(after.themes).toHaveLength(20);
    expect(after.themes.map((t) => t.label)).toEqual(expect.arrayContaining(names));
    expect(await value('themes.metrics', { client: 'demo' })).toMatchObject({ newTexts: 0, editsNotApplied: 0 });
    expect(events.every((e) => e.automatic)).toBe(true);
    expect([...new Set(events.map((e) => e.step))]).toEqual([...THEME_RUN_STEPS, 'done']);

    // the same file again adds nothing: no run
    events.length = 0;
    expect(await value('imports.start', { client: 'demo', paths: [CHAT] })).toMatchObject({
      added: { interactions: 0 },
      themesRerun: false,
    });
    expect(events).toEqual([]);
  }, 60_000);

  it('leaves an import into a client without themes as it was: no run, no event', async () => {
    const { events, value } = setup();
    const imported = await value<ImportResult>('imports.start', { client: 'demo', paths: [CHAT] });
    expect(imported).toMatchObject({ added: { interactions: CHAT_TEXTS }, themesRerun: false });
    expect(events).toEqual([]);
    expect(await value('themes.get', { client: 'demo' })).toMatchObject({ computedAt: null, newTexts: 0 });
  }, 60_000);

  it('a cancelled run after an import leaves the themes as they were, counting the texts they miss', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((r) => (release = r));
    const { events, value } = setup({
      // holds the run after an import at its clustering step
      themesPause: (p) => (p.automatic && p.step === 'cluster' ? held : Promise.resolve()),
    });
    await value('themes.compute', { client: 'demo' });
    const before = await value<ThemesResult>('themes.get', { client: 'demo' });
    events.length = 0;
    expect(await value('imports.start', { client: 'demo', paths: [CHAT] })).toMatchObject({ themesRerun: true });
    await expect.poll(() => events.at(-1)?.step).toBe('cluster');
    expect(await value('themes.cancel', { client: 'demo' })).toEqual({ cancelled: true });
    release();
    const after = await value<ThemesResult>('themes.get', { client: 'demo' });
    expect(events.at(-1)).toMatchObject({ step: 'cancelled', automatic: true });
    expect(after).toEqual({ ...before, newTexts: CHAT_TEXTS });
  }, 60_000);

  it('reports a run after an import that failed, with its reason, and logs it when it is a bug', async () => {
    const logged: string[] = [];
    const { events, value } = setup({
      themesPause: (p) => (p.automatic && p.step === 'tree' ? Promise.reject(new Error('a bug')) : Promise.resolve()),
      logError: (what, err) => logged.push(`${what}: ${(err as Error).message}`),
    });
    await value('themes.compute', { client: 'demo' });
    await value('imports.start', { client: 'demo', paths: [CHAT] });
    expect(await value('themes.get', { client: 'demo' })).toMatchObject({ newTexts: CHAT_TEXTS });
    expect(events.at(-1)).toMatchObject({ step: 'failed', automatic: true, reason: { code: 'internal', params: { detail: 'a bug' } } });
    expect(logged).toEqual(['themes.rerun: a bug']);
  }, 60_000);
});
