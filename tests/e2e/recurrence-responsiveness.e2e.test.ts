import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardNetwork, launchChromium, startHarness, watchConsole, type Harness, callBridge, screenshotBothSizes } from './harness';

/**
 * The recurrence, responsiveness and activity rhythm screens on the demo client, in Chromium against
 * the real core: charts drawn, filters changing the numbers, deep links, evidence links, CSV exports,
 * both languages and two window sizes.
 */
describe('the recurrence, responsiveness and rhythm screens', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let outside: string[];

  const call = <T>(method: string, input: unknown): Promise<T> => callBridge<T>(h, method, input);
  const open = (page: Page, hash: string) => page.goto(`${h.bridge.url}#${hash}`);
  const drawn = (chart: Locator) => expect.poll(() => chart.locator('svg path').count(), { timeout: 60_000 }).toBeGreaterThan(10);
  const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();
  const shots = (name: string) => screenshotBothSizes(page, name);
  const csv = async (button: Locator): Promise<{ name: string; body: string }> => {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { name: download.suggestedFilename(), body: readFileSync((await download.path())!, 'utf8') };
  };

  beforeAll(async () => {
    h = await startHarness();
    await call('clients.createDemo', { name: 'demo' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    consoleErrors = watchConsole(page);
    outside = await guardNetwork(page);
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('draws the recurrence screen: curve, cohorts, lifecycle, stickiness and time between visits', async () => {
    await open(page, '/client/demo/recurrence');
    await expect.poll(() => page.getByRole('heading', { name: 'Recurrence', level: 1 }).isVisible()).toBe(true);
    for (const id of ['retention-curve', 'cohort-heatmap', 'lifecycle-chart', 'stickiness-chart', 'gaps-chart'])
      await drawn(page.getByTestId(id));
    await expect.poll(() => text(page, 'kpi-wau-mau-value')).toMatch(/^\d+(\.\d)?%$/);
    expect(await text(page, 'kpi-back1-value')).toMatch(/^\d+(\.\d)?%$/);
    expect(await text(page, 'gaps-summary')).toMatch(/returns · median \d+ days? · 90% within \d+ days?/);
    await shots('rec-01-recurrence-en');
  });

  it('links every cohort cell and lifecycle count to its members, keeping the filters', async () => {
    await page.getByText('Cohorts as a table (members, with links)').click();
    const cell = page.getByTestId('cohort-table').locator('tbody tr').first().locator('a.evidence-link').nth(1);
    const href = (await cell.getAttribute('href'))!;
    expect(href).toMatch(/#\/client\/demo\/members\?cohort=\d{4}-\d{2}-\d{2}&n=1$/);
    expect(href).toContain('?token=');
    await page.getByText('Lifecycle as a table (members, with links)').click();
    const dormant = page.getByTestId('lifecycle-table').locator('tbody tr').nth(2).locator('a.evidence-link').last();
    expect(await dormant.getAttribute('href')).toMatch(/\/members\?lifecycle=dormant&period=\d{4}-\d{2}-\d{2}$/);
    // A cohort cell of the heatmap opens its members too: the top left cell is the first cohort at N = 0.
    await page.getByTestId('cohort-heatmap').click({ position: { x: 92, y: 31 } });
    await page.waitForURL(/\/members\?cohort=\d{4}-\d{2}-\d{2}&n=0$/);
    await page.goBack();
    await page.waitForURL(/\/recurrence$/);
  });

  it('downloads the cohort matrix as CSV', async () => {
    await page.getByText('Cohorts as a table (members, with links)').click();
    const file = await csv(page.getByTestId('cohort-table-csv'));
    expect(file.name).toBe('cohorts-active-in-n-demo.csv');
    expect(file.body.split('\r\n')[0]).toMatch(/^\uFEFFCohort,Size,W0,W1,W2,/);
  });

  it('changes the numbers with a filter and reopens the same view from its URL', async () => {
    const before = await text(page, 'kpi-wau-mau-value');
    const curveBefore = await text(page, 'kpi-back1-value');
    await page.getByTestId('filter-interval').selectOption('month');
    await page.getByTestId('filter-period').selectOption('last90');
    await page.waitForURL(/interval=month/);
    await expect.poll(() => text(page, 'kpi-back1-value')).not.toBe(curveBefore);
    expect(await page.getByTestId('kpi-back1').innerText()).toMatch(/month later/i);
    await expect.poll(() => text(page, 'kpi-wau-mau-value')).not.toBe(before);
    const filtered = await text(page, 'kpi-wau-mau-value');
    const link = page.url();
    expect(link).toMatch(/from=\d{4}-\d{2}-\d{2}/);
    const again = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const againErrors = watchConsole(again);
    await again.goto(link);
    await expect.poll(() => again.getByTestId('kpi-wau-mau-value').innerText(), { timeout: 60_000 }).toBe(filtered);
    expect(await again.getByTestId('filter-interval').inputValue()).toBe('month');
    expect(await again.getByTestId('filter-period').inputValue()).toBe('last90');
    await drawn(again.getByTestId('cohort-heatmap'));
    expect(againErrors).toEqual([]);
    await again.close();
    await page.getByRole('button', { name: 'Active in N or later' }).click();
    await expect.poll(() => page.getByTestId('cohorts-unbounded').getAttribute('aria-pressed')).toBe('true');
    await drawn(page.getByTestId('cohort-heatmap'));
    await shots('rec-02-recurrence-month-en');
  });

  it('shows responsiveness: rates, times, business hours, intent and the conversations never answered', async () => {
    await open(page, '/client/demo/responsiveness');
    await expect.poll(() => page.getByRole('heading', { name: 'Responsiveness', level: 1 }).isVisible()).toBe(true);
    const r = await call<{ inboundConversations: number; answered: number; medianFirstResponseMinutes: number }>('metrics.responsiveness', {
      client: 'demo',
    });
    await expect.poll(() => text(page, 'kpi-unanswered-value')).toBe((r.inboundConversations - r.answered).toLocaleString('en-GB'));
    expect(await text(page, 'response-scope')).toMatch(/^Response window 24 h · counted: conversations addressed to the brand/);
    expect(await text(page, 'kpi-business')).toMatch(/Median in business hours/i);
    expect(await page.getByTestId('intent-complaint').getAttribute('href')).toMatch(/#\/client\/demo\/conversations\?signal=complaint$/);
    expect(await page.getByTestId('unanswered-link').getAttribute('href')).toMatch(/\/conversations\?answered=false$/);
    // The oldest unanswered conversation first, with a link that opens it.
    const u = await call<{ conversations: { conversationId: number; member: string }[] }>('responsiveness.unanswered', { client: 'demo' });
    const first = page.getByTestId('unanswered-table').locator('tbody tr').first();
    expect(await first.innerText()).toContain(u.conversations[0]!.member);
    expect(await first.getByRole('link', { name: `Open the conversation of ${u.conversations[0]!.member}` }).getAttribute('href')).toMatch(
      new RegExp(`/conversations\\?open=${u.conversations[0]!.conversationId}$`),
    );
    const file = await csv(page.getByTestId('unanswered-table-csv'));
    expect(file.name).toBe('conversations-never-answered-demo.csv');
    expect(file.body.split('\r\n')[0]).toBe('\uFEFFOpened,Platform,Member,Waiting,Messages,First message');
    // A row per conversation listed (a message's own line breaks stay inside its quoted field).
    expect(file.body.split('\r\n').length).toBeGreaterThanOrEqual(u.conversations.length + 2);
    expect(file.body).toContain(`,${u.conversations[0]!.member},`);
    await shots('rec-03-responsiveness-en');
  });

  it('follows the platforms filtered on the responsiveness screen', async () => {
    const all = await text(page, 'kpi-rate');
    await page.getByTestId('filter-platform-whatsapp').click();
    await page.waitForURL(/platforms=/);
    await expect.poll(() => text(page, 'kpi-rate')).not.toBe(all);
    expect(await page.getByTestId('by-platform').innerText()).not.toContain('WhatsApp');
    expect(await page.getByTestId('intent-question').getAttribute('href')).toMatch(/platforms=.*&signal=question$/);
  });

  it('draws the activity rhythm and says when members are busiest', async () => {
    await page.getByTestId('tab-rhythm').click();
    await page.waitForURL(/\/rhythm\?platforms=/);
    await drawn(page.getByTestId('rhythm-members'));
    await drawn(page.getByTestId('rhythm-brand'));
    const filtered = await text(page, 'rhythm-findings');
    expect(filtered).toMatch(/^Members are busiest \w+ \d\d–\d\d/);
    await open(page, '/client/demo/rhythm');
    await expect.poll(() => text(page, 'rhythm-findings')).not.toBe(filtered);
    const everything = await text(page, 'rhythm-findings');
    await page.getByTestId('measure-memberMessages').click();
    await expect.poll(() => text(page, 'rhythm-findings')).not.toBe(everything);
    expect(await text(page, 'rhythm-findings')).toContain('of members’ messages came at hours when the brand never wrote');
    expect(await text(page, 'rhythm-lesson')).toContain('Be there when your members are');
    await shots('rec-04-rhythm-en');
  });

  it('speaks French on every screen', async () => {
    await page.getByTestId('language').selectOption('fr');
    await expect.poll(() => page.getByRole('heading', { name: 'Rythme d’activité', level: 1 }).isVisible()).toBe(true);
    expect(await text(page, 'rhythm-findings')).toMatch(/Les membres sont les plus actifs/);
    await drawn(page.getByTestId('rhythm-brand'));
    await shots('rec-05-rhythm-fr');
    await page.getByTestId('tab-responsiveness').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Réactivité', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => text(page, 'response-scope')).toMatch(/^Délai de réponse 24 h/);
    await expect.poll(() => page.getByTestId('unanswered-table').locator('tbody tr').count()).toBeGreaterThan(10);
    const file = await csv(page.getByTestId('intent-table-csv'));
    expect(file.name).toBe('ce-que-demandent-les-membres-demo.csv');
    expect(file.body).toContain(';');
    await shots('rec-06-responsiveness-fr');
    await page.getByTestId('tab-recurrence').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Récurrence', level: 1 }).isVisible()).toBe(true);
    for (const id of ['retention-curve', 'cohort-heatmap', 'lifecycle-chart', 'stickiness-chart', 'gaps-chart'])
      await drawn(page.getByTestId(id));
    await expect.poll(() => text(page, 'kpi-wau-mau-value')).toMatch(/^\d+(,\d)?\s%$/);
    expect(await text(page, 'gaps-summary')).toMatch(/retours · médiane/);
    await shots('rec-07-recurrence-fr');
    await page.getByTestId('language').selectOption('en');
  });

  it('ran without a console error, a blocked resource or a request leaving 127.0.0.1', () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
