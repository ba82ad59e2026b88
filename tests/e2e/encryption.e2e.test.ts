import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardNetwork, launchChromium, startHarness, watchConsole, type Harness, callBridge, screenshotBothSizes } from './harness';

const PASS = 'correct horse battery';

/**
 * Encryption at rest in Chromium against the real core: an encrypted demo client asks for its
 * passphrase (a wrong one said in one line, in English and in French) and opens with the right one;
 * the Settings screen encrypts a plain client, whose file then holds no readable byte.
 */
describe('encryption at rest in the app', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let outside: string[];

  const call = <T>(method: string, input: unknown): Promise<T> => callBridge<T>(h, method, input);
  const open = (hash: string) => page.goto(`${h.bridge.url}#${hash}`);
  const shots = (name: string) => screenshotBothSizes(page, name);
  const plainBytes = (b: Buffer, secret: string) => b.includes('SQLite format 3') || b.includes(secret);

  beforeAll(async () => {
    h = await startHarness();
    await call('clients.createDemo', { name: 'demo' });
    await call('clients.passphrase', { client: 'demo', next: PASS });
    await call('clients.create', { name: 'acme' });
    // A new session: the keys are in memory only, so closing the workspace locks every client.
    await h.workspace.closeAll();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    consoleErrors = watchConsole(page);
    outside = await guardNetwork(page);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('asks for the passphrase of the locked demo client, says a wrong one in one line in French, opens with the right one, locks again on demand', async () => {
    expect(await call('clients.list', {})).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'demo', encrypted: true, locked: true })]),
    );
    await open('/');
    await expect.poll(() => page.getByTestId('encrypted-demo').innerText()).toBe('encrypted · locked');
    expect(await page.getByTestId('encrypted-acme').count()).toBe(0);
    await page.getByTestId('language').selectOption('fr');
    await expect.poll(() => page.getByTestId('encrypted-demo').innerText()).toBe('chiffré · verrouillé');
    await shots('encryption-clients-fr');
    await page.getByRole('link', { name: 'demo', exact: true }).click();
    const field = page.getByLabel('Phrase secrète de demo');
    await field.waitFor();
    expect(await page.getByRole('heading', { name: 'Ce client est chiffré' }).isVisible()).toBe(true);
    await field.fill('not the passphrase');
    await page.getByRole('button', { name: 'Déverrouiller' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('phrase secrète incorrecte pour le client « demo » (ou son fichier a été modifié)');
    await shots('encryption-unlock-wrong-fr');
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    await page.getByLabel('Passphrase of demo').fill(PASS);
    await shots('encryption-unlock-en');
    await page.getByRole('button', { name: 'Unlock' }).click();
    // The overview of the demo, as if it had never been locked.
    await expect.poll(() => page.getByTestId('kpi-members-value').innerText(), { timeout: 60_000 }).toMatch(/\d/);
    expect(await page.getByTestId('client-name').innerText()).toBe('demo');
    expect((await call<{ locked: boolean }[]>('clients.list', {})).find((c) => (c as { name?: string }).name === 'demo')?.locked).toBe(
      false,
    );
    await shots('encryption-unlocked-en');
    // "Lock now" closes it again: the key leaves memory and the passphrase is asked for.
    await page.getByTestId('lock-now').click();
    await page.getByLabel('Passphrase of demo').waitFor();
    expect((await call<{ name: string; locked: boolean }[]>('clients.list', {})).find((c) => c.name === 'demo')?.locked).toBe(true);
  });

  it('sets a passphrase from Settings, with the warning that a lost one cannot be recovered; the file is then ciphertext only', async () => {
    await open('/client/acme/settings');
    const form = page.getByTestId('passphrase-form');
    await form.waitFor();
    // A plain client has nothing to lock.
    expect(await page.getByTestId('lock-now').count()).toBe(0);
    expect(await form.innerText()).toContain('if it is lost, nobody can recover the client');
    await page.getByTestId('passphrase-next').fill('a whole new phrase');
    await page.getByTestId('passphrase-confirm').fill('a whole new phrase, typo');
    await page.getByRole('button', { name: 'Encrypt with this passphrase' }).click();
    await expect.poll(() => form.getByRole('alert').locator('.error-line__text').innerText()).toBe('The two new passphrases differ.');
    await page.getByTestId('passphrase-confirm').fill('a whole new phrase');
    await page.getByRole('button', { name: 'Encrypt with this passphrase' }).click();
    await expect.poll(() => form.getByRole('status').innerText()).toContain('Encrypted: the file on disk can no longer be read');
    const file = h.workspace.fileFor('acme');
    expect(plainBytes(readFileSync(file), 'acme')).toBe(false);
    expect(readdirSync(h.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Now encrypted: the card asks for the current passphrase to change or remove it.
    await page.getByLabel('Current passphrase').waitFor();
    await shots('encryption-settings-en');
    await page.getByTestId('language').selectOption('fr');
    await page.getByLabel('Phrase secrète actuelle').fill('wrong one!');
    await page.getByRole('button', { name: 'Retirer la phrase secrète' }).click();
    await expect
      .poll(() => form.getByRole('alert').locator('.error-line__text').innerText())
      .toBe('phrase secrète incorrecte pour le client « acme » (ou son fichier a été modifié)');
    await shots('encryption-settings-fr');
    await page.getByLabel('Phrase secrète actuelle').fill('a whole new phrase');
    await page.getByRole('button', { name: 'Retirer la phrase secrète' }).click();
    await expect.poll(() => form.getByRole('status').innerText()).toContain('Phrase secrète retirée');
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    await page.getByTestId('language').selectOption('en');
  });

  it('ran clean and stayed on the machine', () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
