import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardNetwork, launchChromium, screenshot, startHarness, watchConsole, type Harness } from './harness';

const CHAT = resolve('tests/fixtures/whatsapp/index_test_chatExample.txt');

describe('the app in Chromium, against the real core over the bridge', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let outside: string[];

  beforeAll(async () => {
    h = await startHarness();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    consoleErrors = watchConsole(page);
    outside = await guardNetwork(page);
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('without the token, says in one line how to open it', async () => {
    const bare = await browser.newPage();
    await bare.goto(`http://127.0.0.1:${h.bridge.port}/`);
    const alert = bare.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('open it in the desktop app, or through the URL printed by "cercle serve"');
    await screenshot(bare, '00-no-token');
    await bare.close();
  });

  it('opens on the client list, empty at first', async () => {
    await page.goto(h.bridge.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Clients', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('clients-table').innerText()).toContain('No client yet');
    await screenshot(page, '01-clients-empty');
  });

  it('creates a client and lands on its import screen', async () => {
    await page.getByLabel('Client name').fill('Acme');
    await page.getByRole('button', { name: 'Create client' }).click();
    await page.waitForURL(/#\/client\/Acme\/import$/);
    await expect.poll(() => page.getByRole('heading', { name: 'Import into Acme' }).isVisible()).toBe(true);
    await screenshot(page, '02-import-empty');
  });

  it('imports the WhatsApp chat through the file input and shows the result', async () => {
    await page.locator('input[type=file]').setInputFiles(CHAT);
    await expect.poll(() => page.getByRole('list', { name: 'Chosen files' }).innerText()).toContain('index_test_chatExample.txt');
    await page.getByLabel('Brand names').fill('Nobody Here');
    await screenshot(page, '03-import-chosen');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const line = page.getByTestId('import-result-line');
    await line.waitFor();
    // 3 authored messages by 3 distinct authors; the 2 system lines are not interactions.
    expect(await line.innerText()).toBe('1 source read: 3 interactions, 3 new members and 0 posts added.');
    const sources = await page.getByTestId('import-sources').innerText();
    expect(sources).toContain('index_test_chatExample.txt');
    expect(sources).toContain('WhatsApp');
    expect(await page.getByTestId('import-warnings').innerText()).toContain('WhatsApp times carry no time zone');
    await screenshot(page, '04-import-result');
  });

  it('shows the summary with the numbers of the chat', async () => {
    await page.getByRole('link', { name: 'See the overview' }).click();
    await page.waitForURL(/#\/client\/Acme$/);
    const value = (id: string) => page.getByTestId(`kpi-${id}-value`).innerText();
    await expect.poll(() => value('members')).toBe('3');
    expect(await value('interactions')).toBe('3');
    expect(await value('messages')).toBe('3');
    // Day-first dates: 06/03/2017 is 6 March, the latest is 08/05/2017 (8 May); the client is in the
    // machine's zone, and both times are after 00:45, so the calendar day holds in any zone east of UTC−1.
    expect(await value('first')).toMatch(/^(5|6) Mar 2017$/);
    expect(await value('last')).toMatch(/^(7|8) May 2017$/);
    expect(await page.getByTestId('by-platform').innerText()).toMatch(/WhatsApp\s+3\s+100%/);
    expect(await page.getByTestId('by-kind').innerText()).toMatch(/Chat messages\s+3\s+100%/);
    const top = await page.getByTestId('top-members').innerText();
    for (const name of ['Sample User', 'TestBot', '+410123456789']) expect(top).toContain(name);
    expect(await page.getByTestId('coverage-table').innerText()).toContain('reactions');
    await expect.poll(() => page.getByTestId('weekly-chart').locator('svg').count()).toBe(1);
    await screenshot(page, '05-summary-acme');
  });

  it('shows a bad file as one clear line naming it, and imports nothing', async () => {
    const bad = join(h.dir, 'notes.txt');
    writeFileSync(bad, 'shopping list\neggs\nmilk\n');
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.waitForURL(/#\/client\/Acme\/import$/);
    await page.locator('input[type=file]').setInputFiles(bad);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.locator('.error-line__text').innerText();
    expect(text).toBe('notes.txt: not a recognised export format');
    expect(text).not.toContain('\n');
    await screenshot(page, '06-import-error');
    const summary = await h.bridge.server.address();
    expect(summary).not.toBeNull();
    const res = await fetch(`http://127.0.0.1:${h.bridge.port}/api/stats.summary`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.bridge.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ client: 'Acme' }),
    });
    expect(((await res.json()) as { value: { interactions: number } }).value.interactions).toBe(3);
  });

  it('runs the demo and renders its summary', async () => {
    await page.getByRole('link', { name: 'Clients' }).first().click();
    await page.getByRole('button', { name: 'Run the demo' }).click();
    await page.waitForURL(/#\/client\/demo$/);
    const members = page.getByTestId('kpi-members-value');
    await members.waitFor({ timeout: 60_000 });
    expect(Number((await members.innerText()).replace(/,/g, ''))).toBeGreaterThan(100);
    // The demo is imported from generated exports of five platforms.
    expect(await page.getByTestId('by-platform').locator('li').count()).toBe(5);
    expect(await page.getByTestId('top-members').locator('tbody tr').count()).toBe(10);
    expect(await page.getByTestId('sources-table').innerText()).toContain('WhatsApp Chat with Club Maison Lumière.txt');
    // One bar per week and series: the chart really drew the data.
    await expect.poll(() => page.getByTestId('weekly-chart').locator('path').count()).toBeGreaterThan(50);
    await screenshot(page, '07-summary-demo');
  });

  it('lists both clients, sorted by name', async () => {
    await page.getByRole('link', { name: 'Clients' }).first().click();
    const rows = page.getByTestId('clients-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain('Acme');
    expect(await rows.nth(1).innerText()).toContain('demo');
    await screenshot(page, '08-clients');
  });

  it('ran without a console error, a blocked resource or a request leaving 127.0.0.1', () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
