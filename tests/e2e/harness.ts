import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createHandlers, type ServiceOptions } from '../../src/node/service/handlers';
import { localChromePrinter } from '../../src/node/reports/print-pdf';
import { startBridge, type Bridge } from '../../src/node/service/http-bridge';
import { Workspace } from '../../src/node/store/workspace';

export const RENDERER_DIR = resolve('out/renderer');
export const SCREENS_DIR = resolve('tests/.tmp/screens');
export const CHROMIUM = '/usr/bin/chromium';

export interface Harness {
  bridge: Bridge;
  workspace: Workspace;
  dir: string;
  close(): Promise<void>;
}

/**
 * The real core behind the real bridge, on a fresh temporary workspace, serving the built renderer.
 * `opts` adds service options (a test holding a themes run at a step with themesPause).
 */
export async function startHarness(opts: Pick<ServiceOptions, 'themesPause'> = {}): Promise<Harness> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error(`${RENDERER_DIR}/index.html is missing: run "npm run build" before the browser tests`);
  const dir = mkdtempSync(join(tmpdir(), 'cercle-e2e-'));
  const workspace = new Workspace(dir);
  const events: { emit?: Bridge['emit'] } = {};
  const handlers = createHandlers(workspace, {
    ...opts,
    onImportProgress: (p) => events.emit?.('imports.progress', p),
    onThemesProgress: (p) => events.emit?.('themes.progress', p),
    logError: (what, err) => console.error(what, err),
    printPdf: localChromePrinter(),
  });
  const bridge = await startBridge(handlers, { rendererDir: RENDERER_DIR });
  events.emit = bridge.emit;
  return {
    bridge,
    workspace,
    dir,
    close: async () => {
      await bridge.close();
      await workspace.closeAll();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Full-page screenshot into tests/.tmp/screens/ (gitignored), for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true });
}

/**
 * Collects what the page logs as errors, so a test can assert the app ran clean (no CSP violation, no
 * crash, no missing file). A 422 is the bridge's answer to a user error, which the page shows itself.
 */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 422\b/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/**
 * Refuses, and records, every request the page makes to anything but the loopback bridge: the app
 * must never reach the network (fonts, maps, telemetry…). A test asserts the list stays empty.
 */
export async function guardNetwork(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  return outside;
}

/** Calls one contract method over the harness's bridge, as the renderer does; a failure throws with its body. */
export async function callBridge<T>(h: Harness, method: string, input: unknown): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${h.bridge.port}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.bridge.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: string };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body)}`);
  return body.value;
}

/** Screenshots of the page at 1280×800 and 1920×1080 (`NAME-1280.png`, `NAME-1920.png`), then back to 1280×800. */
export async function screenshotBothSizes(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
