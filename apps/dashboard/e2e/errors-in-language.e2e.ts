import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { useLanguage } from './support/layout';
import { signedInPage, signIn } from './support/sign-in';

describe('every error a person sees is in the interface language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each([
    ['fr', 'Le serveur ne répond pas : vérifiez votre connexion, puis réessayez.'],
    ['ar', 'الخادم لا يستجيب: تحقق من اتصالك ثم حاول مجددًا.'],
  ] as const)('in %s, a server out of reach is said so (not "Failed to fetch")', async (language, sentence) => {
    const page = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
    await useLanguage(page, language);
    await page.getByTestId('kpi-actions').waitFor();
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation').getByRole('link').nth(2).click(); // the explorer
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(sentence);
    expect(await alert.textContent()).not.toContain('Failed to fetch');
    await page.close();
  });

  it('a workbook that is not the update template is refused in French', async () => {
    const page = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
    await page.goto(`${inject('baseUrl')}/import`);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Budget').getCell('A1').value = 'Une autre feuille';
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page
      .getByLabel(/Fichier/)
      .setInputFiles({ name: 'budget.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Ce classeur n’est pas un modèle de mise à jour de PNQ Tracker : téléchargez le modèle à l’étape 1.');
    await page.close();
  });

  it('the browser’s own validation speaks French too', async () => {
    const page = await browser.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Se connecter' }).click();
    expect(await page.getByLabel('Adresse e-mail').evaluate((input: HTMLInputElement) => input.validationMessage)).toBe('Remplissez ce champ.');
    await page.getByLabel('Adresse e-mail').fill('pas-une-adresse');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    expect(await page.getByLabel('Adresse e-mail').evaluate((input: HTMLInputElement) => input.validationMessage)).toBe('Saisissez une adresse valide.');
    await page.close();
  });

  it('an expired session leads to sign-in, then back to the same page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page: Page = await context.newPage();
    await signIn(page, inject('baseUrl'), 'imanor@pnq.local');
    await page.getByTestId('kpi-actions').waitFor();
    await page.goto(`${inject('baseUrl')}/explorer?pillar=2`);
    await page.getByTestId('explorer-table').waitFor();
    await context.clearCookies(); // the server no longer knows this browser: as after the session's expiry
    await page.getByRole('combobox', { name: 'Pilier', exact: true }).selectOption('3');
    await page.getByTestId('session-expired').waitFor();
    expect(await page.getByTestId('session-expired').textContent()).toBe('Votre session a expiré : reconnectez-vous, vous reviendrez sur cette page.');
    expect(await page.getByText('Sign in to see the plan').count()).toBe(0);
    await page.getByLabel('Adresse e-mail').fill('imanor@pnq.local');
    await page.getByLabel('Mot de passe').fill('pnq-demo-2035');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('explorer-table').waitFor();
    expect(page.url()).toContain('/explorer?pillar=3');
    await context.close();
  });
});
