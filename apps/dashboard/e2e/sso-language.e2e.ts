import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { signedInPage } from './support/sign-in';

/** Issue 21.14: one language per person, whichever way they sign in — the provider's redirect too. */
describe('single sign-on and the person’s language', () => {
  let browser: Browser;
  let laptop: Page;
  const headerLanguage = (page: Page) => page.locator('.language-switch select');

  beforeAll(async () => {
    browser = await launchBrowser();
    // The committee member saves Arabic from the header on one device (the provider's « viewer » is this account).
    laptop = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
    await headerLanguage(laptop).selectOption('ar');
    await laptop.waitForFunction(() => document.documentElement.lang === 'ar', undefined, { timeout: 30_000 });
  });
  afterAll(async () => {
    // Back to French, as the other browser tests expect of this account.
    await headerLanguage(laptop).selectOption('fr');
    await laptop.waitForFunction(() => document.documentElement.lang === 'fr', undefined, { timeout: 30_000 });
    // The choice is saved by a request of its own: wait until the account reads French again.
    await laptop.waitForFunction(
      async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ me { language } }' }),
        });
        return ((await response.json()) as { data: { me: { language: string } } }).data.me.language === 'fr';
      },
      undefined,
      { timeout: 30_000, polling: 500 },
    );
    await browser?.close();
  });

  it('a sign-in through the OpenID provider, on another device, opens in the language the person saved', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr'); // a new device starts in French
    await page.getByRole('link', { name: 'Continuer avec « Annuaire de test »' }).click();
    await page.waitForURL((url) => url.href.startsWith(inject('oidcIssuer')), { timeout: 30_000 });
    await page.locator('input[name="login"]').fill('viewer');
    await page.locator('input[name="password"]').fill('peu importe');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL((url) => url.href.startsWith(inject('baseUrl')), { timeout: 30_000 });
    await page.getByTestId('kpi-actions').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 30_000 }).toBe('ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await headerLanguage(page).inputValue()).toBe('ar');
    await context.close();
  });
});
