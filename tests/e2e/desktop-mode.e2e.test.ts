import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/core/contract';
import { launchChromium, screenshot, startHarness, watchConsole, type Harness } from './harness';

const ZIP = resolve('tests/fixtures/whatsapp/WhatsApp Chat - ShortChat.zip');
const CHAT = resolve('tests/fixtures/whatsapp/index_test_chatExample.txt');

/** The browser globals the in-page code uses: tests/ is typechecked with Node's types, not the DOM's. */
type PageGlobals = {
  EventSource: new (url: string) => { addEventListener(type: string, l: (e: { data: string }) => void): void; close(): void };
  DataTransfer: new () => { items: { add(file: File): void } };
};

interface StandIn {
  token: string;
  methods: string[];
  dialog: Record<string, string[]>;
  dropPaths: Record<string, string>;
}

/**
 * Stands in for the Electron preload in the page: the same `window.cercle` shape (one function per
 * method, onEvent, shell), forwarding to the bridge. The native dialog and webUtils.getPathForFile are
 * replaced by fixed answers, so the renderer's desktop path (real paths, no uploads) runs in Chromium.
 */
function installDesktopStandIn({ token, methods, dialog, dropPaths }: StandIn) {
  const g = globalThis as unknown as PageGlobals & Record<string, unknown>;
  const calls: { method: string; input: unknown }[] = [];
  const post = async (method: string, input: unknown) => {
    calls.push({ method, input });
    const res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
    // As the real preload: the call's result is handed over whole, failures included.
    return (await res.json()) as unknown;
  };
  const bridge: Record<string, unknown> = {};
  for (const m of methods) bridge[m] = (input: unknown) => post(m, input);
  bridge.onEvent = (listener: (e: unknown) => void) => {
    const source = new g.EventSource(`/api/events?token=${token}`);
    for (const name of ['imports.progress', 'themes.progress'])
      source.addEventListener(name, (e) => listener({ event: name, data: JSON.parse(e.data) }));
    return () => source.close();
  };
  bridge.shell = {
    openImportDialog: async (kind: string) => dialog[kind] ?? [],
    pathForFile: (file: File) => dropPaths[file.name] ?? '',
  };
  Object.assign(g, { cercle: bridge, __calls: calls });
}

describe('the renderer as the desktop app runs it (preload stand-in, real core)', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  const importCalls = () =>
    page.evaluate(() =>
      (globalThis as unknown as { __calls: { method: string; input: unknown }[] }).__calls
        .filter((c) => c.method === 'imports.start')
        .map((c) => c.input),
    );

  beforeAll(async () => {
    h = await startHarness();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    consoleErrors = watchConsole(page);
    const standIn: StandIn = {
      token: h.bridge.token,
      methods: [...METHOD_NAMES],
      dialog: { files: [ZIP], folder: [] },
      dropPaths: { 'index_test_chatExample.txt': CHAT },
    };
    await page.addInitScript(installDesktopStandIn, standIn);
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('imports by path from the native dialog, never uploading bytes', async () => {
    // No ?token in the URL: the page must take the desktop bridge, not the HTTP one.
    await page.goto(`http://127.0.0.1:${h.bridge.port}/#/client/Desk/import`);
    await page.getByRole('button', { name: 'Choose a folder…' }).waitFor();
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Chosen files' }).innerText()).toContain('WhatsApp Chat - ShortChat.zip');
    await screenshot(page, '11-desktop-import-chosen');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const line = page.getByTestId('import-result-line');
    await line.waitFor();
    // _chat.txt: 5 messages by 3 authors; the iOS system line is not one; the photo is skipped as media.
    expect(await line.innerText()).toBe('1 source read: 5 interactions, 3 new members and 0 posts added.');
    expect(await page.getByTestId('import-skipped').innerText()).toContain('00000042-PHOTO-2017-04-13-21-02-11.jpg');
    expect(await importCalls()).toEqual([{ client: 'Desk', paths: [ZIP], uploads: [], brands: [] }]);
    await screenshot(page, '12-desktop-import-result');
  });

  it('imports a dropped file by its real path', async () => {
    await page.goto(`http://127.0.0.1:${h.bridge.port}/#/client/Drop/import`);
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new (globalThis as unknown as PageGlobals).DataTransfer();
      dt.items.add(new File(['not read: the path is used'], 'index_test_chatExample.txt', { type: 'text/plain' }));
      return dt;
    });
    await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => page.getByRole('list', { name: 'Chosen files' }).innerText()).toContain('index_test_chatExample.txt');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-result-line').waitFor();
    expect(await page.getByTestId('import-result-line').innerText()).toBe(
      '1 source read: 3 interactions, 3 new members and 0 posts added.',
    );
    expect((await importCalls()).at(-1)).toEqual({ client: 'Drop', paths: [CHAT], uploads: [], brands: [] });
  });

  it('shows the summary of the zip', async () => {
    await page.goto(`http://127.0.0.1:${h.bridge.port}/#/client/Desk`);
    const value = (id: string) => page.getByTestId(`kpi-${id}-value`).innerText();
    await expect.poll(() => value('members')).toBe('3');
    expect(await value('interactions')).toBe('5');
    // "image omitted" alone bears no text; the photo's caption does.
    expect(await value('messages')).toBe('4');
    await screenshot(page, '13-desktop-summary');
    expect(consoleErrors).toEqual([]);
  });
});
