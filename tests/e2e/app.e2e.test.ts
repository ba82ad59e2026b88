import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardNetwork, launchChromium, screenshot, SCREENS_DIR, startHarness, watchConsole, type Harness } from './harness';

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

  it('shows the overview with the numbers of the chat', async () => {
    await page.getByRole('link', { name: 'See the overview' }).click();
    await page.waitForURL(/#\/client\/Acme$/);
    const value = (id: string) => page.getByTestId(`kpi-${id}-value`).innerText();
    // The three authors are the period's active members; nothing lies before the data to compare with.
    await expect.poll(() => value('members')).toBe('3');
    expect(await page.getByTestId('kpi-members-change').innerText()).toBe('no previous period');
    expect(await page.getByTestId('overview-note-no-previous').isVisible()).toBe(true);
    await expect.poll(() => value('interactions')).toBe('3');
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
    // The KPI opens its members: the members screen's search, the period as whole weeks within the data.
    const href = (await page.getByTestId('kpi-members-evidence').getAttribute('href')) ?? '';
    expect(href).toMatch(/#\/client\/Acme\/members\?from=2017-03-0[56]&to=2017-05-0[78]&active=true$/);
    await screenshot(page, '05-overview-acme');
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

  it('runs the demo and renders its overview', async () => {
    await page.getByRole('link', { name: 'Clients' }).first().click();
    await page.getByRole('button', { name: 'Run the demo' }).click();
    await page.waitForURL(/#\/client\/demo$/);
    const members = page.getByTestId('kpi-members-value');
    await members.waitFor({ timeout: 60_000 });
    expect(Number((await members.innerText()).replace(/,/g, ''))).toBeGreaterThan(100);
    // The demo is imported from generated exports of five platforms.
    await page.getByTestId('by-platform').waitFor();
    expect(await page.getByTestId('by-platform').locator('li').count()).toBe(5);
    expect(await page.getByTestId('top-members').locator('tbody tr').count()).toBe(10);
    expect(await page.getByTestId('sources-table').innerText()).toContain('WhatsApp Chat with Club Maison Lumière.txt');
    // One bar per week and series: the chart really drew the data.
    await expect.poll(() => page.getByTestId('weekly-chart').locator('path').count()).toBeGreaterThan(50);
    // The Instagram archive is one row of hundreds of files, which opens on its first fifty.
    const sources = page.getByTestId('sources-table');
    const archive = sources.getByTestId('sources-table-group').filter({ hasText: /^.*instagram-.*\.zip/ });
    expect(await archive.innerText()).toMatch(/archive · \d{3} files/);
    await archive.getByRole('button').click();
    await expect.poll(() => sources.getByTestId('sources-table-file').count()).toBe(50);
    await sources.getByRole('button', { name: /Show the other \d+ files/ }).click();
    await expect.poll(() => sources.getByTestId('sources-table-file').count()).toBeGreaterThan(200);
    await screenshot(page, '07-overview-demo');
  });

  it('says what each export can and cannot show in French when the app is in French', async () => {
    const coverage = page.getByTestId('coverage-table');
    const setLanguage = async (lang: 'en' | 'fr') => {
      await page.getByTestId('language').selectOption(lang);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
    };
    await setLanguage('fr');
    // The lines are stored in English with each source; the table says them in the app's language.
    await expect.poll(() => coverage.innerText()).toContain('accusés de lecture');
    const text = await coverage.innerText();
    expect(text).toContain('messages avec auteur et heure à la minute');
    expect(text).not.toContain('read receipts');
    // The whole page is tens of thousands of pixels tall once the archive's files are open: the table alone.
    await coverage.screenshot({ path: join(SCREENS_DIR, '07-overview-demo-coverage-fr.png') });
    await setLanguage('en');
    await expect.poll(() => coverage.innerText()).toContain('read receipts');
  });

  it('compares the last 90 days with the weeks before, and says when the last week is not over', async () => {
    // The whole history has no period before it: the overview offers the comparison instead of a 0 % returning.
    expect(await page.getByTestId('kpi-returning-value').innerText()).toBe('—');
    await page.getByTestId('compare-last-90').click();
    await page.waitForURL(/#\/client\/demo\?from=/);
    expect(await page.getByTestId('filter-period').inputValue()).toBe('last90');
    const change = page.getByTestId('kpi-members-change');
    await expect.poll(() => change.innerText()).toMatch(/^[▲▼=] [+−-]?\d+% vs the 13 weeks before$/);
    // The same numbers from the core: the card shows what overview.kpis says, the week still running included.
    const search = new URL(page.url()).hash.split('?')[1]!;
    const from = new URLSearchParams(search).get('from')!;
    const to = new URLSearchParams(search).get('to')!;
    const res = await fetch(`http://127.0.0.1:${h.bridge.port}/api/overview.kpis`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.bridge.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ client: 'demo', filter: { from, to } }),
    });
    const k = ((await res.json()) as { value: { partial: string | null; kpis: { activeMembers: { value: number } } } }).value;
    expect(Number((await page.getByTestId('kpi-members-value').innerText()).replace(/,/g, ''))).toBe(k.kpis.activeMembers.value);
    const open = k.partial === 'end' || k.partial === 'both';
    expect(await page.getByTestId('overview-note-open-week').isVisible()).toBe(open);
    expect(await page.getByTestId('kpi-deep-open').isVisible()).toBe(open);
    // Each KPI opens its evidence with the right search.
    expect(await page.getByTestId('kpi-deep-evidence').getAttribute('href')).toMatch(
      /\/members\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d&active=true&deep=true$/,
    );
    expect(await page.getByTestId('kpi-returning-evidence').getAttribute('href')).toContain('&active=true&returning=true');
    expect(await page.getByTestId('kpi-ambassadors-evidence').getAttribute('href')).toContain('segment=ambassadors');
    expect(await page.getByTestId('kpi-response-rate-evidence').getAttribute('href')).toMatch(/\/conversations\?.*answered=false$/);
    await screenshot(page, '07b-overview-last-90-days');
  });

  it('shows the funnel: the ladder and the literal counts, the full-window switch, the breakdowns, the content depth', async () => {
    await page.getByTestId('tab-funnel').click();
    await page.waitForURL(/#\/client\/demo\/funnel\?from=/);
    // The whole year: most entrants had the whole 90 days.
    await page.getByTestId('filter-period').selectOption('all');
    await page.waitForURL(/#\/client\/demo\/funnel$/);
    const table = page.getByTestId('funnel-table');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('tbody tr').count()).toBe(7);
    await expect.poll(() => page.getByTestId('funnel-chart').locator('svg').count()).toBe(1);
    // Each step opens its members: the ladder, and with literal=true the step's own action.
    expect(await page.getByTestId('funnel-reached-deep').getAttribute('href')).toMatch(/#\/client\/demo\/members\?step=deep$/);
    expect(await page.getByTestId('funnel-literal-deep').getAttribute('href')).toMatch(/\/members\?step=deep&literal=true$/);
    const all = Number((await page.getByTestId('funnel-reached-audience').innerText()).replace(/,/g, ''));
    await page.getByTestId('funnel-window-full').click();
    await page.waitForURL(/full=true/);
    // The members who had the whole window are fewer; their links say so, and the funnel's own keys stay behind.
    await expect
      .poll(async () => Number((await page.getByTestId('funnel-reached-audience').innerText()).replace(/,/g, '')))
      .toBeLessThan(all);
    const full = (await page.getByTestId('funnel-reached-deep').getAttribute('href')) ?? '';
    expect(full).toMatch(/\/members\?step=deep&fullWindow=true$/);
    expect(full).not.toContain('full=true');
    expect(await page.getByTestId('funnel-recent').innerText()).toMatch(/entered less than 90 days before the end of the period/);
    expect(await page.getByTestId('funnel-by-platform').locator('tbody tr').count()).toBeGreaterThan(1);
    await page.getByTestId('funnel-by-cohort-toggle').click();
    await page.waitForURL(/by=cohort/);
    const cohorts = page.getByTestId('funnel-by-cohort');
    await cohorts.waitFor();
    expect(await cohorts.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await cohorts.locator('a').first().getAttribute('href')).toMatch(/\/members\?step=audience&cohort=\d{4}-\d\d-\d\d$/);
    // Content depth: one point per post, each post opening the interactions imported on it.
    await expect.poll(() => page.getByTestId('content-depth-chart').locator('path').count()).toBeGreaterThan(20);
    expect(await page.getByTestId('content-totals').innerText()).toMatch(/^[\d,]+ posts · reach [\d,]+ · like rate/);
    await page.getByTestId('content-filter-liked-ignored').click();
    await page.locator('[data-testid^=post-open-]').first().click();
    await page.waitForURL(/post=\d+/);
    const panel = page.getByTestId('post-panel');
    await panel.waitFor();
    await expect
      .poll(async () => (await page.getByTestId('post-none').count()) + (await page.getByTestId('post-interactions').count()))
      .toBe(1);
    await screenshot(page, '07c-funnel-demo');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(page.url()).not.toContain('post=');
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
