import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../src/core/contract';
import { guardNetwork, launchChromium, screenshot, startHarness, watchConsole, type Harness } from './harness';

/**
 * The members screens on the demo client, in Chromium against the real core: the grid (search, tier and
 * platform filters, shared filters, columns remembered, sorting, CSV), the members behind a number
 * (a funnel step, a lifecycle bar), a member's page (identities, ladder, activity chart, score evidence,
 * timeline), the identity merges (confirm, reject for good, split back), in English and in French.
 */
describe('the members screens', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let outside: string[];
  const en = new Intl.NumberFormat('en-GB');
  const fr = new Intl.NumberFormat('fr-FR');

  const api = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const res = await fetch(`http://127.0.0.1:${h.bridge.port}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.bridge.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; value: MethodOutput<M>; error?: string };
    if (!body.ok) throw new Error(body.error);
    return body.value;
  };
  const open = async (hash: string) => {
    await page.goto(`${h.bridge.url}#${hash}`);
    await page.getByTestId('client-name').waitFor();
  };
  const count = () => page.getByTestId('members-count').innerText();
  const rows = () => page.getByTestId('member-row');
  const waitForGrid = () => rows().first().waitFor({ timeout: 60_000 });
  let total = 0;

  beforeAll(async () => {
    h = await startHarness();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    consoleErrors = watchConsole(page);
    outside = await guardNetwork(page);
    await api('clients.createDemo', { name: 'demo' });
    total = (await api('stats.summary', { client: 'demo' })).members;
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('lists every member the overview counts, best ambassadors first', async () => {
    await open('/client/demo');
    await page.getByTestId('tab-members').click();
    await page.waitForURL(/#\/client\/demo\/members(\?|$)/);
    await waitForGrid();
    expect(await count()).toBe(`${en.format(total)} of ${en.format(total)} members`);
    expect(await page.getByTestId('tab-members').getAttribute('aria-current')).toBe('page');
    const scores = (await rows().locator('td:nth-child(5)').allInnerTexts()).slice(0, 5).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toContain('Ambassador score');
    await screenshot(page, 'members-01-grid');
  });

  it('searches names and handles, and a link reopens the search', async () => {
    await page.getByTestId('members-search').fill('laure');
    await expect.poll(count).toMatch(/^\d+ of /);
    const found = Number((await count()).split(' ')[0]);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(total);
    const names = await rows().locator('a').allInnerTexts();
    expect(names.every((n) => n.toLowerCase().includes('laure'))).toBe(true);
    await page.waitForURL(/q=laure/);
    await page.reload();
    await waitForGrid();
    expect(await page.getByTestId('members-search').inputValue()).toBe('laure');
    expect(await count()).toBe(`${found} of ${en.format(total)} members`);
    await page.getByTestId('members-search').fill('');
    await expect.poll(count).toBe(`${en.format(total)} of ${en.format(total)} members`);
  });

  it('filters by tier and platform, and lists the members active under the shared filters', async () => {
    await page.getByTestId('members-tier').selectOption('core');
    const core = Number((await count()).split(' ')[0]!.replace(/,/g, ''));
    expect(core).toBeGreaterThan(0);
    expect(core).toBeLessThan(total);
    expect(new Set(await rows().locator('td:nth-child(3)').allInnerTexts())).toEqual(new Set(['Core']));
    await page.getByTestId('members-tier').selectOption('all');
    await page.getByTestId('members-platform').selectOption({ label: 'Discord' });
    const discord = Number((await count()).split(' ')[0]!.replace(/,/g, ''));
    expect(discord).toBeLessThan(total);
    expect((await rows().locator('td:nth-child(2)').allInnerTexts()).every((p) => p.includes('Discord'))).toBe(true);
    await page.getByTestId('members-platform').selectOption('0');
    // The period of the filter bar: the members active in the last 90 days (whole weeks), as the core counts them.
    await page.getByTestId('filter-period').selectOption('last90');
    await page.waitForURL(/from=/);
    const [, from, to] = /from=([\d-]+)&to=([\d-]+)/.exec(page.url())!;
    const active = await api('members.list', { client: 'demo', filter: { from, to } });
    await expect.poll(count).toBe(`${en.format(active.id.length)} of ${en.format(total)} members`);
    expect(active.id.length).toBeLessThan(total);
    await page.getByTestId('filter-period').selectOption('all');
    await expect.poll(count).toBe(`${en.format(total)} of ${en.format(total)} members`);
  });

  it('lets the user choose the columns, and remembers the choice', async () => {
    await page.getByTestId('members-columns').locator('summary').click();
    await page.getByTestId('column-love').uncheck();
    await expect.poll(() => page.getByTestId('sort-love').count()).toBe(0);
    await page.reload();
    await waitForGrid();
    expect(await page.getByTestId('sort-love').count()).toBe(0);
    expect(await page.getByTestId('sort-interactions').count()).toBe(1);
    await page.getByTestId('members-columns').locator('summary').click();
    await page.getByTestId('column-love').check();
    await expect.poll(() => page.getByTestId('sort-love').count()).toBe(1);
    await page.getByTestId('members-columns').locator('summary').click();
  });

  it('sorts by a column and scrolls the whole list', async () => {
    await page.getByTestId('sort-name').click();
    expect(await page.locator('th[aria-sort="ascending"]').innerText()).toContain('Member');
    const names = (await rows().locator('a').allInnerTexts()).slice(0, 8);
    const key = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    expect(names.map(key)).toEqual([...names].map(key).sort());
    // Drawn a screenful at a time: the last member is reached by scrolling, never all rows at once.
    expect(await rows().count()).toBeLessThan(60);
    // With the keyboard: the grid is a focusable region, End scrolls it to the last row.
    await page.getByTestId('members-grid').focus();
    await page.keyboard.press('End');
    await expect.poll(() => rows().last().getAttribute('aria-rowindex')).toBe(String(total + 1));
    await page.getByTestId('sort-score').click();
  });

  it('exports the rows shown as a CSV file', async () => {
    await page.getByTestId('members-search').fill('laure');
    await expect.poll(count).toMatch(/^\d+ of /);
    const found = Number((await count()).split(' ')[0]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('members-csv').click()]);
    expect(download.suggestedFilename()).toBe('members-demo.csv');
    const lines = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Member,Platforms,Tier,Step reached,Ambassador score,Love,Interactions,First seen,Last seen');
    expect(lines).toHaveLength(found + 1);
    expect(lines.slice(1).every((l) => /laure/i.test(l))).toBe(true);
    await page.getByTestId('members-search').fill('');
  });

  it('opens the members behind a funnel step or a lifecycle bar, says which, and clears it', async () => {
    const deep = (await api('metrics.funnel', { client: 'demo' })).steps.find((s) => s.step === 'deep')!.members;
    await open('/client/demo/members?step=deep');
    await waitForGrid();
    expect(await page.getByTestId('evidence-banner').innerText()).toContain('Members who reached the “Deep” step');
    expect(await count()).toBe(`${en.format(deep)} of ${en.format(total)} members`);
    await screenshot(page, 'members-02-deep');
    // With a shared filter in the link: Discord's own funnel.
    const discordDeep = (await api('metrics.funnel', { client: 'demo', filter: { platforms: ['discord'] } })).steps[3]!.members;
    await open(`/client/demo/members?step=deep&platforms=${encodeURIComponent('["discord"]')}`);
    await expect.poll(count).toBe(`${en.format(discordDeep)} of ${en.format(total)} members`);
    expect(discordDeep).not.toBe(deep);
    // A lifecycle bar: the members new in a week.
    const week = (await api('metrics.lifecycle', { client: 'demo' })).find((w) => w.new > 3)!;
    await open(`/client/demo/members?lifecycle=new&period=${week.period}`);
    await waitForGrid();
    expect(await page.getByTestId('evidence-banner').innerText()).toMatch(/^Members new in the week of/);
    expect(await count()).toBe(`${week.new} of ${en.format(total)} members`);
    await page.getByTestId('evidence-clear').click();
    await expect.poll(() => page.getByTestId('evidence-banner').count()).toBe(0);
    expect(page.url()).not.toContain('lifecycle');
    await expect.poll(count).toBe(`${en.format(total)} of ${en.format(total)} members`);
  });

  it('shows a member: identities, ladder, activity chart, score evidence and timeline', async () => {
    await waitForGrid();
    const first = rows().first().locator('a');
    const name = await first.innerText();
    await first.click();
    await page.waitForURL(/#\/client\/demo\/members\/\d+/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(name);
    expect(await page.getByTestId('member-identities').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('member-steps').locator('li').count()).toBe(7);
    await expect.poll(() => page.getByTestId('member-activity').locator('svg path').count()).toBeGreaterThan(5);
    await page.getByTestId('member-score').waitFor();
    expect(await page.getByTestId('member-score').innerText()).toMatch(/#1 of [\d,]+ members ranked/);
    const timeline = page.getByTestId('member-timeline').locator('tbody tr');
    await expect.poll(() => timeline.count()).toBe(50);
    const range = await page.getByTestId('timeline-range').innerText();
    expect(range).toMatch(/^1–50 of /);
    await page.getByTestId('timeline-older').click();
    await expect.poll(() => page.getByTestId('timeline-range').innerText()).toMatch(/^51–/);
    expect(await page.getByTestId('member-timeline').innerText()).toContain('Open #');
    await screenshot(page, 'members-03-member');
    await page.getByTestId('member-back').click();
    await page.waitForURL(/#\/client\/demo\/members(\?|$)/);
  });

  it('merges a suggestion into one row, remembers a rejection, and splits a member back', async () => {
    await waitForGrid();
    const suggestions = page.getByTestId('merge-suggestion');
    await suggestions.first().waitFor();
    await screenshot(page, 'members-04-merges');
    const merged = await suggestions.first().getAttribute('aria-label');
    const k = await suggestions.first().locator('.merges__identity').count();
    await suggestions.first().getByTestId('merge-confirm').click();
    await expect.poll(count).toBe(`${en.format(total - (k - 1))} of ${en.format(total - (k - 1))} members`);
    expect(await page.getByTestId('merge-suggestions').innerText()).toContain('merged into one member');
    await expect.poll(() => suggestions.first().getAttribute('aria-label')).not.toBe(merged);
    const rejected = await suggestions.first().getAttribute('aria-label');
    await suggestions.first().getByTestId('merge-reject').click();
    await expect.poll(() => page.getByTestId('merge-suggestions').innerText()).toContain('it will not be suggested again');
    await page.reload();
    await suggestions.first().waitFor();
    const labels = await Promise.all((await suggestions.all()).map((x) => x.getAttribute('aria-label')));
    expect(labels).not.toContain(rejected);
    expect(labels).not.toContain(merged);

    // The merged member has every identity; one split off makes two members again.
    const name = merged!.replace('Suggestion: ', '').split(', ')[0]!.split(' ').slice(1).join(' ');
    await page.getByTestId('members-search').fill(name);
    await expect.poll(count).toMatch(new RegExp(`^\\d+ of ${en.format(total - (k - 1))} members$`));
    // The demo may have namesakes: the merged member is the one seen on several platforms.
    await rows()
      .filter({ has: page.locator('td:nth-child(2)', { hasText: ',' }) })
      .first()
      .locator('a')
      .click();
    const identities = page.getByTestId('member-identities').locator('tbody tr');
    await expect.poll(() => identities.count()).toBe(k);
    await page.getByTestId('identity-split').last().click();
    await expect.poll(() => identities.count()).toBe(k - 1);
    expect(await page.getByTestId('split-done').innerText()).toContain('is a member of its own again');
    await page.getByTestId('member-back').click();
    await waitForGrid();
    await expect.poll(count).toBe(`${en.format(total - (k - 2))} of ${en.format(total - (k - 2))} members`);
    total -= k - 2;
  });

  it('speaks French: banner, counts, CSV with semicolons, member page', async () => {
    await page.getByTestId('language').selectOption('fr');
    const deep = (await api('metrics.funnel', { client: 'demo' })).steps.find((s) => s.step === 'deep')!.members;
    await open('/client/demo/members?step=deep');
    await waitForGrid();
    expect(await page.getByTestId('evidence-banner').innerText()).toContain('Membres qui ont atteint la marche « Engagement profond »');
    expect(await count()).toBe(`${fr.format(deep)} sur ${fr.format(total)} membres`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('members-csv').click()]);
    expect(download.suggestedFilename()).toBe('membres-demo.csv');
    const lines = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Membre;Plateformes;Niveau;Marche atteinte;Score ambassadeur;Amour;Interactions;Première apparition;Dernière apparition',
    );
    expect(lines).toHaveLength(deep + 1);
    await rows().first().locator('a').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Identités' }).count()).toBe(1);
    expect(await page.getByTestId('member-score').innerText()).toMatch(/n° \d+ sur [\d\u202f ]+ membres classés/);
  });

  it('looks right at 1280×800 and 1920×1080 in both languages', async () => {
    const person = (await api('members.list', { client: 'demo' })).id[0]!;
    for (const lang of ['en', 'fr'] as const) {
      await page.getByTestId('language').selectOption(lang);
      for (const [width, height] of [
        [1280, 800],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        for (const [view, hash] of [
          ['grid', '/client/demo/members'],
          ['deep', '/client/demo/members?step=deep'],
          ['member', `/client/demo/members/${person}`],
        ] as const) {
          await open(hash);
          if (view === 'member') await page.getByTestId('member-timeline').waitFor();
          else await waitForGrid();
          await screenshot(page, `members-${view}-${lang}-${width}x${height}`);
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('ran without a console error, a blocked resource or a request leaving 127.0.0.1', () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
