import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { signIn } from './support/sign-in';

/** 2-5.1.1 (IMANOR, due 2023): « établir des fiches projets de certification et saisir des bailleurs de fonds » — overdue on 2025-12-31. */
const REF = '2-5.1.1';
const AS_OF = '2025-12-31';
const PHONE = { width: 360, height: 740 };
/** fr-MA groups thousands with a dot: 1.140.000,00. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function openAs(
  browser: Browser,
  email: string,
  path: string,
  viewport = { width: 1280, height: 1000 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, inject('baseUrl'), email);
  await page.getByTestId('kpi-actions').waitFor();
  await page.goto(`${inject('baseUrl')}${path}`);
  return { context, page };
}

describe('financing of the actions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lets the secretariat record a reference rate on the financing view', async () => {
    const { context, page } = await openAs(browser, 'admin@pnq.local', `/financing?asOf=${AS_OF}`);
    const form = page.getByTestId('reference-rate-form');
    await form.getByLabel('Devise').selectOption('EUR');
    await form.getByLabel('À partir du').fill('2025-01-02');
    await form.getByLabel('MAD pour 1 unité').fill('10,8');
    await form.getByLabel('Source').fill('Bank Al-Maghrib');
    await form.getByRole('button', { name: 'Enregistrer le cours' }).click();
    await form.getByText('Cours enregistré.').waitFor();
    expect(plain(await page.getByTestId('reference-rates').textContent())).toContain('10.8');
    await context.close();
  });

  it('lets IMANOR’s editor record a cost and two funding lines (own budget in MAD, cooperation in EUR) and see the derived status', async () => {
    const { context, page } = await openAs(browser, 'imanor@pnq.local', `/actions/${REF}?asOf=${AS_OF}`);
    const section = page.getByTestId('financing-section');
    await section.getByTestId('financing-not-recorded').waitFor();
    const form = section.getByTestId('financing-form');
    await form.getByLabel('En vigueur à partir du').fill('2025-06-30'); // new lines start in its year
    await form.getByLabel('Coût estimé').fill('1 500 000');
    await form.getByRole('button', { name: 'Ajouter une ligne de financement — Budget propre' }).click();
    const own = form.getByTestId('funding-line-1');
    await own.getByLabel('Ligne ou programme budgétaire (intitulé du ministère)').fill('Programme 1040 — certification');
    await own.getByLabel('Programmé 2025 (MAD)').fill('600000');
    await own.getByLabel('Engagé 2025 (MAD)').fill('600000');
    await own.getByLabel('Décaissé 2025 (MAD)').fill('250000,33');

    await form.getByRole('button', { name: 'Ajouter une ligne de financement — Coopération' }).click();
    const cooperation = form.getByTestId('funding-line-2');
    await cooperation.getByLabel('Partenaire ou bailleur').selectOption('unido');
    await cooperation.getByLabel('Programme de coopération').fill('Programme qualité ONUDI');
    await cooperation.getByLabel('Devise').selectOption('EUR');
    await cooperation.getByLabel('Programmé 2025 (EUR)').fill('50000');
    await cooperation.getByLabel('Engagé 2025 (EUR)').fill('50000');
    await form.getByLabel('Commentaire').fill('Fiches projets déposées auprès des bailleurs');
    await form.getByRole('button', { name: 'Enregistrer le financement' }).click();

    await section.getByText('Financement enregistré.').waitFor();
    await expect.poll(async () => section.getByTestId('funding-status').first().textContent()).toBe('Financement partiellement acquis');
    // 600 000 MAD + 50 000 EUR × 10,8 = 1 140 000 MAD secured; 360 000 MAD still to find.
    expect(plain(await section.getByTestId('financing-secured').textContent())).toBe('1.140.000,00 MAD');
    expect(plain(await section.getByTestId('financing-gap').textContent())).toBe('360.000,00 MAD');
    expect(plain(await section.getByTestId('rates-used').textContent())).toContain('1 EUR = 10.8 MAD');
    expect(plain(await section.getByTestId('funding-lines').textContent())).toContain('Programme qualité ONUDI');
    await screenshot(page, 'financing-action');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the financing to a viewer without the form', async () => {
    const { context, page } = await openAs(browser, 'viewer@pnq.local', `/actions/${REF}?asOf=${AS_OF}`);
    const section = page.getByTestId('financing-section');
    await section.getByTestId('funding-status').first().waitFor();
    expect(await section.getByTestId('financing-form').count()).toBe(0);
    expect(await section.textContent()).toContain('Seules les organisations responsables');
    await context.close();
  });

  it('shows the financing view, the overview’s funding gap and the explorer’s "late and not funded" filter, in Arabic on a phone too', async () => {
    const { context, page } = await openAs(browser, 'viewer@pnq.local', `/financing?asOf=${AS_OF}`);
    await page.getByTestId('financing-late').waitFor();
    expect(await page.getByTestId('financing-late').textContent()).toContain(REF);
    expect(plain(await page.getByTestId('financing-kpi-secured').textContent())).toContain('1.140.000,00 MAD');
    expect(plain(await page.getByTestId('financing-by-partner').textContent())).toContain('540.000,00');
    await page.getByText('Voir les données en tableau').first().click();
    expect(plain(await page.locator('table').first().textContent())).toContain('1.500.000,00');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Voir ces actions dans l’explorateur' }).click();
    await page
      .getByRole('link', { name: new RegExp(REF.replace('.', '\\.')) })
      .first()
      .waitFor();
    expect(await page.getByRole('combobox', { name: 'Financement' }).inputValue()).toBe('late');

    await page.goto(`${inject('baseUrl')}/?asOf=${AS_OF}`);
    expect(plain(await page.getByTestId('kpi-funding-gap').textContent())).toContain('360.000,00 MAD');
    await context.close();

    const phone = await openAs(browser, 'viewer@pnq.local', `/financing?asOf=${AS_OF}`, PHONE);
    // On a phone the language is in the header's folded menu (issue 21.1).
    await phone.page.getByRole('button', { name: 'Menu' }).click();
    await phone.page.getByLabel('Langue').selectOption('ar');
    await phone.page.getByRole('button', { name: 'القائمة' }).click();
    await phone.page.getByTestId('financing-late').waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await phone.page.getByRole('heading', { level: 1 }).textContent()).toContain('تمويل الإجراءات');
    // Nothing of the view sticks out of the phone's width (wide tables scroll inside their own box).
    const outside = await phone.page.evaluate((width) => {
      const main = document.querySelector('main')!;
      return [...main.querySelectorAll('*')]
        .filter((e) => !e.closest('.table-scroll'))
        .filter((e) => {
          const box = e.getBoundingClientRect();
          return box.width > 0 && (box.right > width + 1 || box.left < -1);
        })
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    }, PHONE.width);
    expect(outside).toEqual([]);
    await screenshot(phone.page, 'financing-view-ar-phone');
    expect(await seriousViolations(phone.page)).toEqual([]);
    await phone.page.getByRole('button', { name: 'القائمة' }).click();
    await phone.page.getByLabel('اللغة').selectOption('fr');
    await phone.context.close();
  });
});
