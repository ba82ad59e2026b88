import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThemeMetrics, ThemesProgress } from '../../src/core/contract/themes';
import { guardNetwork, launchChromium, startHarness, watchConsole, type Harness, callBridge, screenshotBothSizes } from './harness';

/**
 * Holds a themes run at a step (the screen shows it there, and Cancel can be pressed) until released:
 * no race with a run that takes a second on the demo.
 */
function themesGate() {
  let wanted: Pick<ThemesProgress, 'step' | 'automatic'> | null = null;
  let release: (() => void) | null = null;
  return {
    pause: (p: ThemesProgress): Promise<void> => {
      if (!wanted || p.step !== wanted.step || p.automatic !== wanted.automatic) return Promise.resolve();
      wanted = null;
      return new Promise<void>((r) => (release = r));
    },
    hold(step: ThemesProgress['step'], automatic: boolean) {
      wanted = { step, automatic };
    },
    held: () => release !== null,
    release() {
      release?.();
      release = null;
    },
  };
}

/**
 * The themes screen on the demo client, in Chromium against the real core: a run's progress and Cancel,
 * computing the themes, a theme's quotes and texts, rename and merge kept across a reload, a filter
 * changing the numbers, a deep link, the CSV export, the heatmap, the run an import starts (edits kept,
 * and cancelled), in English and French at two window sizes.
 */
describe('the themes screen', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let outside: string[];
  const gate = themesGate();
  const progressText = () => page.getByTestId('themes-progress-text').innerText();
  const barWidth = () =>
    page.getByTestId('themes-progress-bar').evaluate((el) => (el as unknown as { style: { width: string } }).style.width);

  const call = <T>(method: string, input: unknown): Promise<T> => callBridge<T>(h, method, input);
  const open = (p: Page, hash: string) => p.goto(`${h.bridge.url}#${hash}`);
  const drawn = (chart: Locator) => expect.poll(() => chart.locator('svg path').count(), { timeout: 60_000 }).toBeGreaterThan(10);
  const rows = () => page.getByTestId('themes-table').locator('tbody tr');
  const firstRowText = () => rows().first().innerText();
  const shots = (name: string) => screenshotBothSizes(page, name);

  beforeAll(async () => {
    h = await startHarness({ themesPause: gate.pause });
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

  it('shows a run’s steps with a bar, and Cancel leaves no themes, in English and French', async () => {
    await open(page, '/client/demo/themes');
    await expect.poll(() => page.getByRole('heading', { name: 'Themes', level: 1 }).isVisible()).toBe(true);
    await shots('themes-01-empty-en');
    gate.hold('embed', false);
    await page.getByTestId('themes-compute').click();
    await expect.poll(progressText, { timeout: 60_000 }).toMatch(/^Step 4 of 9: reducing the dimensions \(LSA\) · \d+% · \d+ s$/);
    expect(await page.getByRole('heading', { name: 'Finding the themes' }).count()).toBe(1);
    expect(Number.parseFloat(await barWidth())).toBeGreaterThan(20);
    expect(await page.getByTestId('themes-compute').count()).toBe(0);
    await shots('themes-01b-progress-en');
    await page.getByTestId('language').selectOption('fr');
    await expect.poll(progressText).toMatch(/^Étape 4 sur 9 : réduction des dimensions \(LSA\) · \d+\s% · \d+ s$/);
    await shots('themes-01c-progress-fr');
    const cancelled = page.waitForResponse((r) => r.url().endsWith('/api/themes.cancel'));
    await page.getByTestId('themes-cancel').click();
    expect(await (await cancelled).json()).toEqual({ ok: true, value: { cancelled: true } });
    expect(await page.getByTestId('themes-cancel').innerText()).toBe('Annulation…');
    gate.release();
    await expect.poll(() => page.getByTestId('themes-cancelled').isVisible()).toBe(true);
    expect(await page.getByTestId('themes-cancelled').innerText()).toMatch(/^Annulé : les thèmes restent tels qu’ils étaient\./);
    expect(await page.getByTestId('themes-progress').count()).toBe(0);
    await expect.poll(() => page.getByTestId('themes-compute').isVisible()).toBe(true);
    expect(await call('themes.get', { client: 'demo' })).toMatchObject({ computedAt: null });
    await page.getByTestId('language').selectOption('en');
  });

  it('offers to compute the themes, then lists them with the heatmap', async () => {
    await expect.poll(() => page.getByRole('heading', { name: 'Themes', level: 1 }).isVisible()).toBe(true);
    await page.getByTestId('themes-compute').click();
    await expect.poll(() => rows().count(), { timeout: 90_000 }).toBeGreaterThan(3);
    expect(await page.getByText(/^Computed on .* from [\d,]+ texts in [\d.]+ s\.$/).count()).toBe(1);
    expect(await page.getByTestId('themes-unclassified').innerText()).toMatch(/^Unclassified: [\d,]+ texts \(\d+(\.\d)?%\)/);
    expect(await page.getByTestId('themes-emerging').innerText()).toMatch(/^Emerging/);
    await drawn(page.getByTestId('themes-heatmap'));
    expect(await rows().first().locator('svg.sparkline polyline').count()).toBe(1);
    expect(await page.getByTestId('themes-new-texts').count()).toBe(0);
    expect(await page.getByTestId('themes-cancelled').count()).toBe(0);
    await shots('themes-02-list-en');
  });

  it('opens a theme: its quotes and its texts, a page at a time', async () => {
    await rows().first().getByTestId('theme-open').click();
    await page.waitForURL(/\/themes\?theme=\d+$/);
    const panel = page.getByTestId('theme-panel');
    await expect.poll(() => panel.getByTestId('theme-quotes').locator('li').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => panel.getByTestId('theme-messages').locator('li').count()).toBe(20);
    const range = await panel.getByTestId('theme-messages-range').innerText();
    expect(range).toMatch(/^1–20 of [\d,]+$/);
    await panel.getByTestId('theme-messages-older').click();
    await expect.poll(() => panel.getByTestId('theme-messages-range').innerText()).toMatch(/^21–40 of/);
    // an author opens their member page
    expect(await panel.getByTestId('theme-messages').locator('a.evidence-link').first().getAttribute('href')).toMatch(
      /#\/client\/demo\/members\/\d+/,
    );
    await shots('themes-03-theme-en');
  });

  it('renames and merges themes, and keeps both across a reload', async () => {
    const panel = page.getByTestId('theme-panel');
    await panel.getByTestId('theme-label').fill('Our renamed theme');
    await panel.getByTestId('theme-label').press('Enter');
    await expect.poll(() => firstRowText()).toContain('Our renamed theme');
    const before = await rows().count();
    const second = await rows().nth(1).getByTestId('theme-open').innerText();
    await panel.getByTestId('theme-merge-into').selectOption({ label: second });
    await panel.getByTestId('theme-merge').click();
    await expect.poll(() => rows().count()).toBe(before - 1);
    await page.reload();
    await expect.poll(() => rows().count(), { timeout: 60_000 }).toBe(before - 1);
    const names = await page.getByTestId('themes-table').getByTestId('theme-open').allInnerTexts();
    expect(names).toContain(second);
    expect(names).not.toContain('Our renamed theme');
    // the merged theme is split back, the name stays with the theme it was given to
    await page.getByTestId('themes-table').getByTestId('theme-open').filter({ hasText: second }).click();
    await page.getByTestId('theme-split').click();
    await expect.poll(() => rows().count()).toBe(before);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('themes-table').getByTestId('theme-open').allInnerTexts(), { timeout: 60_000 })
      .toContain('Our renamed theme');
  });

  it('changes the numbers with a filter and reopens the same view from its URL', async () => {
    await page.getByTestId('theme-close').click();
    const all = await firstRowText();
    await page.getByTestId('filter-period').selectOption('last90');
    await page.waitForURL(/from=/);
    await expect.poll(() => firstRowText()).not.toBe(all);
    await rows().first().getByTestId('theme-open').click();
    await page.waitForURL(/theme=\d+/);
    const filtered = await firstRowText();
    const link = page.url();
    const again = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const againErrors = watchConsole(again);
    await again.goto(link);
    await expect.poll(() => again.getByTestId('themes-table').locator('tbody tr').first().innerText(), { timeout: 60_000 }).toBe(filtered);
    expect(await again.getByTestId('filter-period').inputValue()).toBe('last90');
    await expect.poll(() => again.getByTestId('theme-quotes').locator('li').count()).toBeGreaterThan(0);
    await drawn(again.getByTestId('themes-heatmap'));
    expect(againErrors).toEqual([]);
    await again.close();
  });

  it('downloads the themes table as CSV', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('themes-table-csv').click()]);
    expect(download.suggestedFilename()).toBe('themes-demo.csv');
    const body = readFileSync((await download.path())!, 'utf8');
    expect(body.split('\r\n')[0]).toBe(
      '\uFEFFTheme,Share,Trend,Texts,Members,Mean depth,Brand response rate,Median first response,Recent ÷ before',
    );
    expect(body.split('\r\n').length).toBeGreaterThan(4);
  });

  it('speaks French, the themes named in the words of the French texts', async () => {
    await open(page, '/client/demo/themes');
    const labelsIn = async (lang: 'en' | 'fr') =>
      new Set((await call<ThemeMetrics>('themes.metrics', { client: 'demo', lang })).themes.map((t) => t.label));
    const [en, fr] = [await labelsIn('en'), await labelsIn('fr')];
    // the demo's French and English texts share terms (livraison · delivery): their labels differ
    expect([...fr].filter((l) => !en.has(l)).length).toBeGreaterThan(5);
    const shown = async () => Promise.all((await page.getByTestId('theme-open').all()).map((b) => b.innerText()));
    await expect.poll(async () => (await shown()).length > 0 && (await shown()).every((l) => en.has(l))).toBe(true);
    // emoji in labels and quotes are drawn with the report's emoji font, shipped with the app (CSP font-src 'self')
    // (the page's own types: this file is compiled without the DOM library)
    const loadedFaces = () =>
      page.evaluate(async () => {
        const fonts = (globalThis as unknown as { document: { fonts: { load: (font: string, text: string) => Promise<unknown[]> } } })
          .document.fonts;
        return (await fonts.load('16px "Cercle Emoji"', '😂')).length;
      });
    expect(await loadedFaces()).toBe(1);
    await page.getByTestId('language').selectOption('fr');
    await expect.poll(() => page.getByRole('heading', { name: 'Thèmes', level: 1 }).isVisible()).toBe(true);
    await expect.poll(async () => (await shown()).length > 0 && (await shown()).every((l) => fr.has(l))).toBe(true);
    await expect.poll(() => page.getByTestId('themes-unclassified').innerText()).toMatch(/^Non classés : [\d\s  ]+ textes/);
    expect(await page.getByTestId('themes-emerging').innerText()).toMatch(/^Émergents/);
    await drawn(page.getByTestId('themes-heatmap'));
    await shots('themes-04-list-fr');
    await rows().first().getByTestId('theme-open').click();
    await expect.poll(() => page.getByTestId('theme-messages-range').innerText()).toMatch(/^1–20 sur/);
    await shots('themes-05-theme-fr');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('themes-table-csv').click()]);
    expect(download.suggestedFilename()).toBe('themes-demo.csv');
    expect(readFileSync((await download.path())!, 'utf8').split('\r\n')[0]).toContain('Thème;Part;Tendance');
    await page.getByTestId('language').selectOption('en');
  });

  it('computes the themes again after an import brings texts, its progress shown, the edits kept', async () => {
    await open(page, '/client/demo/themes');
    await expect.poll(() => rows().count(), { timeout: 60_000 }).toBeGreaterThan(3);
    const summary = () => page.getByText(/^Computed on .* from [\d,]+ texts in [\d.]+ s\.$/).innerText();
    const textsIn = async () => Number((await summary()).match(/from ([\d,]+) texts/)![1]!.replace(/,/g, ''));
    const before = await textsIn();
    gate.hold('cluster', true);
    const chat = join(__dirname, '../fixtures/whatsapp/index_test_chatExample.txt');
    const res = await call<{ added: { interactions: number }; themesRerun: boolean }>('imports.start', { client: 'demo', paths: [chat] });
    expect(res).toMatchObject({ added: { interactions: 3 }, themesRerun: true });
    await expect.poll(progressText, { timeout: 60_000 }).toMatch(/^Step 5 of 9: grouping the texts \(k-means\) · \d+% · \d+ s$/);
    expect(await page.getByRole('heading', { name: 'Updating the themes with the new texts' }).count()).toBe(1);
    await shots('themes-06-update-en');
    await page.getByTestId('language').selectOption('fr');
    await expect.poll(() => page.getByRole('heading', { name: 'Mise à jour des thèmes avec les nouveaux textes' }).count()).toBe(1);
    await shots('themes-07-update-fr');
    await page.getByTestId('language').selectOption('en');
    gate.release();
    // done: the screen reads the themes again, with the new texts and the consultant's name
    await expect.poll(() => page.getByTestId('themes-progress').count(), { timeout: 60_000 }).toBe(0);
    await expect.poll(textsIn, { timeout: 60_000 }).toBe(before + 3);
    expect(await page.getByTestId('themes-table').getByTestId('theme-open').allInnerTexts()).toContain('Our renamed theme');
    expect(await page.getByTestId('themes-new-texts').count()).toBe(0);
  });

  it('says when texts were imported since the themes, after the run that would add them was cancelled', async () => {
    gate.hold('analyse', true);
    const line = join(__dirname, '../fixtures/whatsapp/line_format01.txt');
    expect(await call('imports.start', { client: 'demo', paths: [line] })).toMatchObject({ themesRerun: true });
    await expect.poll(progressText, { timeout: 60_000 }).toMatch(/^Step 2 of 9: words and languages/);
    await page.getByTestId('themes-cancel').click();
    await expect.poll(() => page.getByTestId('themes-cancel').innerText()).toBe('Cancelling…');
    gate.release();
    await expect.poll(() => page.getByTestId('themes-cancelled').isVisible(), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('themes-new-texts').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.getByTestId('themes-new-texts').innerText()).toMatch(/^1 text was imported since these themes were computed/);
    await shots('themes-08-cancelled-en');
  });

  it('says on the import screen that the themes follow the new texts, and the themes screen has them', async () => {
    await open(page, '/client/demo/import');
    await page.locator('input[type=file]').setInputFiles(join(__dirname, '../fixtures/whatsapp/line_format05.txt'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const rerun = page.getByTestId('import-themes-rerun');
    await rerun.waitFor({ timeout: 60_000 });
    expect(await rerun.innerText()).toBe(
      'The new texts are being added to this client’s themes: they are computed again, your edits carried over. See the themes',
    );
    await shots('themes-09-import-en');
    await rerun.getByRole('link', { name: 'See the themes' }).click();
    await page.waitForURL(/#\/client\/demo\/themes$/);
    // this run also takes the text whose run was cancelled before
    await expect.poll(() => rows().count(), { timeout: 60_000 }).toBeGreaterThan(3);
    expect(await page.getByTestId('themes-new-texts').count()).toBe(0);
    expect(await call('themes.get', { client: 'demo' })).toMatchObject({ newTexts: 0 });
  });

  it('ran without a console error, a blocked resource or a request leaving 127.0.0.1', () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
