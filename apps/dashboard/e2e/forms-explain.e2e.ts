import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { signedInPage } from './support/sign-in';

/** The sentence a screen reader reads with the button (its aria-describedby), or null. */
const description = (button: Locator) =>
  button.evaluate((element) => {
    const id = element.getAttribute('aria-describedby');
    return id ? (document.getElementById(id)?.textContent ?? null) : null;
  });

const looks = (button: Locator) =>
  button.evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, cursor: style.cursor };
  });

describe('a button that cannot be used looks so and says why', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
  });
  afterAll(() => browser?.close());

  it('the update form: Save is greyed until a comment is typed, the comment is marked required, and the reason is shown', async () => {
    await page.goto(`${inject('baseUrl')}/actions/1-2.1.1`);
    const save = page.getByRole('button', { name: 'Enregistrer la mise à jour' });
    await save.waitFor();
    expect(await save.isDisabled()).toBe(true);
    expect(await description(save)).toBe('Un commentaire est nécessaire.');
    expect(await page.getByText('Un commentaire est nécessaire.').isVisible()).toBe(true);
    const disabledLook = await looks(save);
    expect(disabledLook.cursor).toBe('not-allowed');
    const comment = page.getByLabel('Commentaire (ce qui a changé)');
    expect(await comment.getAttribute('aria-required')).toBe('true');

    await comment.fill('Réunion du comité technique tenue');
    expect(await save.isEnabled()).toBe(true);
    expect(await description(save)).toBeNull();
    expect((await looks(save)).background).not.toBe(disabledLook.background);
  });

  it('the import: checking a file waits for a file, and says so', async () => {
    await page.goto(`${inject('baseUrl')}/import`);
    const check = page.getByRole('button', { name: 'Vérifier le fichier' });
    await check.waitFor();
    expect(await check.isDisabled()).toBe(true);
    expect(await description(check)).toBe('Choisissez d’abord un fichier.');
    expect((await looks(check)).cursor).toBe('not-allowed');
  });
});
