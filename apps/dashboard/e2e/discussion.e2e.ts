import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { signedInPage } from './support/sign-in';

/** 2-4.1.2: IMANOR owns it, SEMAC is a partner. */
const ACTION = '/actions/2-4.1.2';
const QUESTION = 'Le projet de norme est prêt : @IMANOR peut-il le valider ? <img src=x onerror="document.title=\'pwned\'"><b>gras</b>';

describe('the discussion on an action', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lets a partner mention IMANOR, shows markup as text, and IMANOR’s editor sees it in the bell and replies', async () => {
    const semac = await signedInPage(browser, inject('baseUrl'), 'semac@pnq.local');
    await semac.goto(`${inject('baseUrl')}${ACTION}`);
    await semac.getByLabel('Votre commentaire').fill(QUESTION);
    await semac.getByRole('button', { name: 'Publier' }).click();
    const question = semac.getByTestId('discussion-entry').filter({ hasText: 'Le projet de norme est prêt' });
    await question.waitFor();
    expect(await question.locator('.discussion__text').textContent()).toBe(QUESTION);
    expect(await semac.getByTestId('discussion').locator('img, b').count()).toBe(0);
    expect(await semac.title()).not.toBe('pwned');
    expect(await seriousViolations(semac)).toEqual([]);
    await semac.close();

    const imanor = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
    await imanor.getByTestId('notification-bell').click();
    const mention = imanor.getByTestId('notification-panel').getByRole('listitem').filter({ hasText: 'mention par SEMAC' }).first();
    await mention.waitFor();
    await mention.getByRole('link', { name: '2-4.1.2' }).click();
    await imanor.waitForURL(/\/actions\/2-4\.1\.2/);
    const entry = imanor.getByTestId('discussion-entry').filter({ hasText: 'Le projet de norme est prêt' }).first();
    await entry.getByRole('button', { name: 'Répondre' }).click();
    await imanor.getByLabel('Votre réponse à Éditeur SEMAC (démo)').fill('Validé par IMANOR, merci.');
    await imanor.getByRole('button', { name: 'Publier' }).click();
    await entry.locator('.discussion__answers').getByText('Validé par IMANOR, merci.').waitFor();
    await screenshot(imanor, 'discussion-reply');
    await imanor.close();
  });

  it('lets a partner correct their comment, keeping the original marked corrected', async () => {
    const semac = await signedInPage(browser, inject('baseUrl'), 'semac@pnq.local');
    await semac.goto(`${inject('baseUrl')}${ACTION}`);
    await semac.getByLabel('Votre commentaire').fill('Atelier le 12 mars');
    await semac.getByRole('button', { name: 'Publier' }).click();
    const original = semac.getByTestId('discussion-entry').filter({ has: semac.locator('.discussion__text', { hasText: /^Atelier le 12 mars$/ }) });
    await original.getByRole('button', { name: 'Corriger' }).click();
    await semac.getByLabel('Votre correction').fill('Atelier le 13 mars');
    await semac.getByRole('button', { name: 'Publier' }).click();
    // The published correction, once the thread has reloaded (not the open correction box, which says « correction » too).
    const correction = semac.locator('.discussion__text', { hasText: /^Atelier le 13 mars$/ });
    await correction.waitFor();
    await semac.getByLabel('Votre correction').waitFor({ state: 'detached' });
    await expect.poll(async () => original.first().textContent()).toContain('corrigé');
    expect(await original.getByRole('button', { name: 'Corriger' }).count()).toBe(0);
    await semac.close();
  });

  it('shows a viewer the discussion without a comment box', async () => {
    const viewer = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
    await viewer.goto(`${inject('baseUrl')}${ACTION}`);
    await viewer.getByTestId('discussion-read-only').waitFor();
    expect(await viewer.getByTestId('discussion-entry').count()).toBeGreaterThan(0);
    expect(await viewer.getByRole('button', { name: 'Publier' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Répondre' }).count()).toBe(0);
    await viewer.close();
  });
});
