import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationsPage } from '../../src/core/contract/conversations';
import type { Intent } from '../../src/core/contract/metrics';
import { guardNetwork, launchChromium, screenshot, startHarness, watchConsole, type Harness, callBridge } from './harness';

const SIZES = [
  [1280, 800],
  [1920, 1080],
] as const;

/** The number a summary line starts with ("4,736 conversations", « 4 736 conversations »). */
const leadingNumber = (s: string) => Number(/^[\d\s\u00a0\u202f,.]+/.exec(s)?.[0].replace(/\D/g, '') ?? NaN);

describe('conversations, the exports guide and the settings, on the demo client', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let outside: string[];

  const call = <T>(method: string, input: unknown): Promise<T> => callBridge<T>(h, method, input);
  const open = async (hash: string) => {
    await page.goto(`${h.bridge.url}${hash}`);
  };
  const summary = () => page.getByTestId('conversations-summary').innerText();
  /** The summary once it reads `text` (the list reloads on every change of the URL). */
  const summaryMatching = async (re: RegExp) => {
    await expect.poll(summary, { timeout: 30_000 }).toMatch(re);
    await expect.poll(() => page.locator('.conv-results[aria-busy="true"]').count()).toBe(0);
    return summary();
  };
  const shots = async (name: string) => {
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(150);
      await screenshot(page, `conversations-${name}-${width}x${height}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };
  const setLanguage = async (lang: 'en' | 'fr') => {
    await page.getByTestId('language').selectOption(lang);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
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

  it('lists the conversations newest first, as many as the core counts', async () => {
    await open('#/client/demo/conversations');
    await setLanguage('en');
    await expect.poll(() => page.getByRole('heading', { name: 'Conversations', level: 1 }).isVisible()).toBe(true);
    const all = await call<ConversationsPage>('conversations.search', { client: 'demo' });
    expect(all.total).toBeGreaterThan(1000);
    const text = await summaryMatching(/conversations · showing 1–20 · newest first$/);
    expect(leadingNumber(text)).toBe(all.total);
    expect(await page.getByTestId('conversations-table').locator('tbody tr').count()).toBe(20);
    // The subtitle says how conversations are cut, with the client's own settings.
    expect(await page.locator('.page-header__subtitle').innerText()).toContain('no silence over 30 min');
    await shots('list-en');
  });

  it('searches the words, accents aside, and marks them in the rows', async () => {
    await page.getByTestId('conversation-q').fill('livraison');
    await page.getByTestId('conversation-q').press('Enter');
    await page.waitForURL(/[?&]q=livraison/);
    const found = await call<ConversationsPage>('conversations.search', { client: 'demo', q: 'livraison' });
    const text = await summaryMatching(/matching messages/);
    expect(leadingNumber(text)).toBe(found.total);
    expect(text).toContain(`${found.matchingMessages!.toLocaleString('en-GB')} matching messages`);
    const marks = page.getByTestId('conversations-table').locator('mark.hit');
    expect(await marks.count()).toBeGreaterThan(5);
    for (const m of await marks.allInnerTexts()) expect(m.toLowerCase()).toMatch(/^livraisons?$/);
    // The index folds accents and case: « Reçu », "reçu" and "RECU" find the same messages.
    const accented = await call<ConversationsPage>('conversations.search', { client: 'demo', q: 'reçu' });
    const plain = await call<ConversationsPage>('conversations.search', { client: 'demo', q: 'RECU' });
    expect(accented.matchingMessages).toBe(plain.matchingMessages);
    expect(accented.matchingMessages).toBeGreaterThan(50);
    await shots('search-en');
  });

  it('narrows the list with a shared filter, and exports the whole list as CSV', async () => {
    const before = leadingNumber(await summary());
    // With every platform shown, unticking one keeps the others.
    await page.getByTestId('filter-platform-whatsapp').click();
    await page.waitForURL(/platforms=/);
    const platforms = JSON.parse(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('platforms')!) as string[];
    expect(platforms).not.toContain('whatsapp');
    expect(platforms.length).toBeGreaterThan(1);
    const narrowed = await call<ConversationsPage>('conversations.search', { client: 'demo', q: 'livraison', filter: { platforms } });
    await expect.poll(async () => leadingNumber(await summary())).toBe(narrowed.total);
    expect(narrowed.total).toBeLessThan(before);
    // The CSV holds the whole list, not only the page on screen.
    expect(narrowed.total).toBeGreaterThan(20);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('conversations-csv').click()]);
    expect(download.suggestedFilename()).toBe('conversations-demo.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    // One record a line once the quoted fields (a message may hold a line break) are set aside.
    const lines = csv
      .replace(/"(?:[^"]|"")*"/g, '""')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('When,Where,Started by,Messages,Matches,Answer,Message');
    expect(lines.length).toBe(narrowed.total! + 1);
    expect(csv).not.toContain(',WhatsApp · ');
    expect(csv).toContain(',Instagram · ');
    await page.getByTestId('filter-platform-whatsapp').click();
    await page.waitForURL((u) => !u.hash.includes('platforms='));
  });

  it('opens a conversation in the reading view, and reopens it from its link', async () => {
    await summaryMatching(/matching messages/);
    const first = page.getByTestId('conversation-open').first();
    await first.click();
    await page.waitForURL(/[?&]open=\d+/);
    const id = Number(/open=(\d+)/.exec(page.url())![1]);
    const reader = page.getByTestId('reader');
    await expect.poll(() => reader.getByTestId('reader-title').isVisible()).toBe(true);
    const thread = await call<{ messages: unknown[]; conversation: { messages: number } }>('conversations.read', {
      client: 'demo',
      id,
      q: 'livraison',
    });
    expect(await reader.getByTestId('reader-messages').locator('li').count()).toBe(thread.messages.length);
    // The match is marked, and the brand's messages say so.
    expect(await reader.getByTestId('reader-match').count()).toBeGreaterThan(0);
    expect(await reader.locator('mark.hit').count()).toBeGreaterThan(0);
    expect(await reader.innerText()).toContain('Times in Europe/Paris');
    // The heading takes the focus, for keyboard users.
    await expect.poll(() => page.locator(':focus').getAttribute('data-testid')).toBe('reader-title');
    await shots('reader-en');
    // The same URL, loaded afresh, reopens the same conversation.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await expect.poll(() => page.getByTestId('reader-title').isVisible()).toBe(true);
    expect(await page.getByTestId('reader-messages').locator('li').count()).toBe(thread.messages.length);
    await page.getByTestId('reader-close').click();
    await page.waitForURL((u) => !/open=/.test(u.hash));
    expect(await page.getByTestId('reader').count()).toBe(0);
  });

  it('answers the responsiveness screen’s link: complaints nobody answered, as the intent metric counts them', async () => {
    await open('#/client/demo/conversations?signal=complaint&answered=false');
    const intent = await call<Intent>('metrics.intent', { client: 'demo' });
    const unanswered = intent.complaint.count - intent.complaint.answered;
    expect(unanswered).toBeGreaterThan(0);
    const text = await summaryMatching(/matching messages?/);
    expect(text).toContain(`${unanswered} matching message`);
    expect(await page.getByTestId('conversation-signal').inputValue()).toBe('complaint');
    expect(await page.getByTestId('conversation-answered').inputValue()).toBe('no');
    const answers = await page.getByTestId('conversations-table').locator('tbody .answer').allInnerTexts();
    expect(answers.every((a) => a === 'Not answered')).toBe(true);
    await shots('complaints-en');
  });

  it('speaks French: the list, a search and the reading view', async () => {
    await setLanguage('fr');
    await expect.poll(() => page.getByTestId('conversation-submit').innerText()).toBe('Chercher');
    expect(await summaryMatching(/messages? trouvés?/)).toMatch(/par dernier message trouvé$/);
    await shots('complaints-fr');
    await open('#/client/demo/conversations?q=re%C3%A7u');
    const found = await call<ConversationsPage>('conversations.search', { client: 'demo', q: 'reçu' });
    expect(leadingNumber(await summaryMatching(/trouvés?/))).toBe(found.total);
    await shots('search-fr');
    await page.getByTestId('conversation-open').first().click();
    await expect.poll(() => page.getByTestId('reader-title').isVisible()).toBe(true);
    expect(await page.getByTestId('reader').innerText()).toContain('Heures de Europe/Paris');
    await shots('reader-fr');
  });

  it('opens from the responsiveness screen: the conversations never answered, as many as it counts', async () => {
    await open('#/client/demo/responsiveness');
    await setLanguage('en');
    await page.getByTestId('unanswered-link').click();
    await page.waitForURL(/#\/client\/demo\/conversations\?answered=false$/);
    const unanswered = await call<{ total: number }>('responsiveness.unanswered', { client: 'demo' });
    expect(unanswered.total).toBeGreaterThan(0);
    expect(leadingNumber(await summaryMatching(/^[\d,]+ conversations? · showing/))).toBe(unanswered.total);
    expect(await page.getByTestId('conversation-answered').inputValue()).toBe('no');
  });

  it('guides the consultant to every platform’s export, from the top bar and the import screen, in both languages', async () => {
    for (const lang of ['fr', 'en'] as const) {
      await open('#/client/demo/import');
      await setLanguage(lang);
      await page.getByTestId('import-guide').click();
      await page.waitForURL(/#\/guide$/);
      const title = lang === 'en' ? 'Getting the exports' : 'Obtenir les exports';
      await expect.poll(() => page.getByRole('heading', { name: title, level: 1 }).isVisible()).toBe(true);
      expect(await page.locator('.guide__platform').count()).toBe(9);
      const instagram = await page.getByTestId('guide-instagram').innerText();
      expect(instagram).toContain('JSON');
      expect(instagram).toContain(lang === 'en' ? 'Comments and likes the account received' : 'Les commentaires et j’aime reçus');
      await page.getByTestId('guide-jump-whatsapp').click();
      await expect.poll(() => page.locator(':focus').getAttribute('id')).toBe('guide-whatsapp');
      await shots(`guide-${lang}`);
    }
    await open('#/');
    await page.getByTestId('nav-guide').click();
    await page.waitForURL(/#\/guide$/);
  });

  it('edits the settings: a mistake said in one line of the user’s language, a change that rebuilds the analytics', async () => {
    const before = await call<ConversationsPage>('conversations.search', { client: 'demo' });
    for (const lang of ['en', 'fr'] as const) {
      await open('#/client/demo/settings');
      await setLanguage(lang);
      await expect.poll(() => page.getByTestId('setting-conversationGapMinutes').isVisible()).toBe(true);
      expect(await page.getByTestId('settings-brands').inputValue()).toBe('Maison Lumière');
      await page.getByTestId('setting-conversationGapMinutes').fill('0');
      await page.getByTestId('metrics-settings-save').click();
      const alert = page.getByTestId('metrics-settings').getByRole('alert');
      await alert.waitFor();
      const line = await alert.locator('.error-line__text').innerText();
      expect(line).toBe(
        lang === 'en'
          ? 'Silence that ends a chat conversation (minutes): at least 1'
          : 'Silence qui clôt une discussion (minutes) : au moins 1',
      );
      expect(line).not.toContain('\n');
      await page.getByTestId('setting-rules-question').fill('(');
      await page.getByTestId('setting-conversationGapMinutes').fill('30');
      await page.getByTestId('metrics-settings-save').click();
      await expect
        .poll(() => alert.locator('.error-line__text').innerText())
        .toBe(
          lang === 'en'
            ? 'Questions: “(” is not a valid regular expression'
            : 'Questions : « ( » n’est pas une expression régulière valide',
        );
      // Times are typed as HH:MM in both languages (no AM/PM of the browser's locale).
      await page.getByTestId('setting-businessHours.start').fill('9h');
      await page.getByTestId('metrics-settings-save').click();
      await expect
        .poll(() => alert.locator('.error-line__text').innerText())
        .toBe(lang === 'en' ? 'Opens at: a time as HH:MM' : 'Ouvre à : une heure au format HH:MM');
      await page.getByTestId('metrics-settings-reset').click();
      await page.getByTestId('metrics-settings-reset-confirm').click();
      await page.getByTestId('metrics-settings-saved').waitFor();
      await shots(`settings-${lang}`);
    }
    // A longer silence joins chat messages into fewer conversations, once the analytics are rebuilt.
    await page.getByTestId('setting-conversationGapMinutes').fill('120');
    await page.getByTestId('metrics-settings-save').click();
    await page.getByTestId('metrics-settings-saved').waitFor({ timeout: 60_000 });
    expect((await call<{ conversationGapMinutes: number }>('metrics.settings.get', { client: 'demo' })).conversationGapMinutes).toBe(120);
    const after = await call<ConversationsPage>('conversations.search', { client: 'demo' });
    expect(after.total).toBeLessThan(before.total!);
    await page.getByTestId('tab-conversations').click();
    await expect.poll(async () => leadingNumber(await summary()), { timeout: 30_000 }).toBe(after.total);
    await expect.poll(() => page.locator('.page-header__subtitle').innerText()).toContain('plus de 120 min');
  });

  it('ran without a console error, a blocked resource or a request leaving 127.0.0.1', () => {
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
