import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardNetwork, launchChromium, startHarness, watchConsole, type Harness, callBridge, screenshotBothSizes } from './harness';

/**
 * The report screen on the demo client, in Chromium against the real core: the live preview is the
 * printed HTML, follows the language, the sections, pseudonymisation and the branding, and the PDF,
 * HTML and CSV exports download.
 */
describe('the report screen', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let outside: string[];

  const call = <T>(method: string, input: unknown): Promise<T> => callBridge<T>(h, method, input);
  const preview = () => page.frameLocator('[data-testid=report-preview]').locator('body');
  const previewText = () => preview().innerText({ timeout: 60_000 });
  const saved = async (button: Locator): Promise<{ name: string; bytes: Buffer }> => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
    return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
  };
  const shots = (name: string) => screenshotBothSizes(page, name);

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

  it('previews the report of the filtered period in English, with the numbers of the core', async () => {
    await page.goto(`${h.bridge.url}#/client/demo/report?from=2026-09-09&to=2026-12-07`);
    await expect.poll(previewText, { timeout: 90_000 }).toContain('Community audit');
    const text = await previewText();
    expect(text).toContain('Executive summary');
    expect(text).toContain('Methodology');
    const r = await call<{ responseRate: number | null }>('metrics.responsiveness', {
      client: 'demo',
      filter: { from: '2026-09-09', to: '2026-12-07' },
    });
    expect(text).toContain(`${Math.round(r.responseRate! * 100)}%`);
    await shots('report-01-en');
  });

  it('follows the sections, the language and pseudonymisation', async () => {
    await page.getByTestId('report-section-methodology').uncheck();
    await expect.poll(async () => (await previewText()).includes('Methodology and data coverage')).toBe(false);
    const [top] = await call<{ member: string }[]>('metrics.ambassadors', { client: 'demo', limit: 1 });
    expect(await previewText()).toContain(top!.member);
    await page.getByTestId('report-lang').selectOption('fr');
    await expect.poll(previewText).toContain('Audit de communauté');
    expect(await previewText()).toContain('Synthèse');
    await page.getByTestId('report-pseudonymize').check();
    await expect.poll(previewText).toContain('Membre 1');
    expect(await previewText()).not.toContain(top!.member);
  });

  it('brands the cover and stores the branding for the next report', async () => {
    await page.getByTestId('report-agency-name').fill('Agence Étoile');
    await expect.poll(previewText).toContain('Agence Étoile');
    await page.getByTestId('report-branding-save-client').click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
    expect(await call<{ agencyName?: string }>('reports.branding.get', { client: 'demo' })).toMatchObject({ agencyName: 'Agence Étoile' });
  });

  it('downloads the PDF, the HTML and a table as CSV', async () => {
    const pdf = await saved(page.getByTestId('report-pdf'));
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.length).toBeGreaterThan(50_000);
    const html = await saved(page.getByTestId('report-html'));
    expect(html.name).toMatch(/\.html$/);
    expect(html.bytes.toString()).toContain('Audit de communauté');
    const csv = await saved(page.locator('[data-testid^=report-csv-]').first());
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.bytes.toString()).toContain(';');
  });

  it('speaks French around the preview, at both sizes', async () => {
    await page.getByTestId('language').selectOption('fr');
    await expect.poll(() => page.getByRole('heading', { name: 'Rapport', level: 1 }).isVisible()).toBe(true);
    expect(await page.getByTestId('report-pdf').innerText()).toBe('Télécharger le PDF');
    await shots('report-02-fr');
  });

  it('ran without a console error or a request leaving 127.0.0.1', () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
