import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { signIn } from './support/sign-in';

async function openAs(browser: Browser, email: string, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, inject('baseUrl'), email);
  await page.getByTestId('kpi-actions').waitFor();
  await page.goto(`${inject('baseUrl')}${path}`);
  return { context, page };
}

describe('indicators that measure', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lets an owner record a value on a quantitative indicator and see the chart and the table update', async () => {
    // 5-1.2.1 (owned by IMANOR): « 1000 entités sensibilisées et formées (2023 – 2035) ».
    const { context, page } = await openAs(browser, 'imanor@pnq.local', '/actions/5-1.2.1');
    const card = page.getByTestId('indicator-1');
    await card.getByRole('heading', { name: '1000 entités sensibilisées et formées (2023 – 2035)' }).waitFor();
    expect(await card.textContent()).toContain('Quantitatif');
    expect(await card.textContent()).toMatch(/1[\s.]?000 entités — 2035/);
    expect(await card.getByTestId('indicator-latest').textContent()).toContain('Aucune valeur');
    expect(await card.locator('.recharts-line-dot').count()).toBe(0);

    await card.getByText('Enregistrer une valeur mesurée').click();
    await card.getByLabel('Valeur (entités)').fill('120');
    await card.getByLabel('Date de la mesure').fill('2025-06-30');
    await card.getByLabel('Source (rapport, registre…)').fill('Registre des formations IMANOR');
    await card.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await card.getByText('Valeur enregistrée.').waitFor();

    await expect.poll(() => card.getByTestId('indicator-latest').textContent()).toContain('120 entités');
    await expect.poll(() => card.locator('.recharts-line-dot').count()).toBe(1);
    await card.getByText('Voir les valeurs en tableau').click();
    const table = card.locator('table');
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').first().textContent()).toContain('Registre des formations IMANOR');

    await card.getByLabel('Valeur (entités)').fill('260');
    await card.getByLabel('Date de la mesure').fill('2025-12-31');
    await card.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => card.getByTestId('indicator-latest').textContent()).toContain('260 entités');
    await expect.poll(() => card.locator('.recharts-line-dot').count()).toBe(2);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await card.getByTestId('indicator-status').textContent()).toMatch(/trajectoire/);
    await screenshot(page, 'indicator-recorded');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows a conflict when someone recorded in between, keeps the typed value, and records on retry', async () => {
    const first = await openAs(browser, 'imanor@pnq.local', '/actions/5-1.2.1');
    const second = await openAs(browser, 'admin@pnq.local', '/actions/5-1.2.1');
    const firstCard = first.page.getByTestId('indicator-2');
    const secondCard = second.page.getByTestId('indicator-2');
    await firstCard.getByText('Enregistrer une valeur mesurée').click();
    await secondCard.getByText('Enregistrer une valeur mesurée').click();

    await firstCard.getByLabel('Valeur (séminaires)').fill('4');
    await firstCard.getByLabel('Date de la mesure').fill('2025-03-31');
    await firstCard.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await firstCard.getByText('Valeur enregistrée.').waitFor();

    await secondCard.getByLabel('Valeur (séminaires)').fill('5');
    await secondCard.getByLabel('Date de la mesure').fill('2025-04-30');
    await secondCard.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await secondCard.getByTestId('indicator-conflict').waitFor();
    expect(await secondCard.getByLabel('Valeur (séminaires)').inputValue()).toBe('5');
    await screenshot(second.page, 'indicator-conflict');
    await secondCard.getByRole('button', { name: 'Enregistrer sur la dernière version' }).click();
    await secondCard.getByText('Valeur enregistrée.').waitFor();
    await expect.poll(() => secondCard.getByTestId('indicator-latest').textContent()).toMatch(/^5 /);
    await first.context.close();
    await second.context.close();
  });

  it('gives an editor of another organisation no record form', async () => {
    const { context, page } = await openAs(browser, 'dpcsmq@pnq.local', '/actions/5-1.2.1');
    await page.getByTestId('indicator-1').getByRole('heading').first().waitFor();
    expect(await page.getByText('Enregistrer une valeur mesurée').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enregistrer', exact: true }).count()).toBe(0);
    await context.close();
  });

  it('lets the secretariat set a target on an indicator the plan left without one', async () => {
    // 1-2.4.1: « Nombre de normes marocaines intégrant les volets Durabilité et Empreinte écologique ».
    const { context, page } = await openAs(browser, 'admin@pnq.local', '/actions/1-2.4.1');
    const card = page.getByTestId('indicator-1');
    await card.getByText('Modifier la définition (secrétariat)').click();
    await card.getByLabel('Cible', { exact: true }).fill('60');
    await card.getByLabel('Année cible').fill('2030');
    await card.getByRole('button', { name: 'Enregistrer la définition' }).click();
    await card.getByText('Définition enregistrée.').waitFor();
    await expect.poll(() => card.textContent()).toContain('60 normes — 2030');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicator-definition');
    await context.close();
  });

  it('shows the national figures with charts, tables and sources, and lets an admin add a yearly value', async () => {
    const { context, page } = await openAs(browser, 'admin@pnq.local', '/infrastructure');
    await page.getByRole('heading', { level: 1, name: 'Infrastructure qualité en chiffres' }).waitFor();
    const series = page.getByTestId('series-moroccan-standards-in-force');
    await series.waitFor();
    expect(await page.locator('[data-testid^="series-"]').count()).toBe(30);
    // Cited by document and lines, never by the seed copy's file name, a hash (issue 21.13).
    expect(await series.textContent()).toMatch(/PNQ, lignes \d+–\d+/);
    expect(await series.textContent()).not.toContain('002_29c6ca951ec700f7');
    const dotsBefore = await series.locator('.recharts-line-dot').count();

    await page.getByLabel('Indicateur').selectOption('moroccan-standards-in-force');
    await page.getByLabel('Année (valeur au 31 décembre)').fill('2025');
    await page.getByLabel('Valeur', { exact: true }).fill('18600');
    await page.getByLabel('Source (obligatoire)').fill('Rapport d’activité IMANOR 2025');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await page.getByText('Valeur ajoutée.').waitFor();
    await expect.poll(() => series.locator('.recharts-line-dot').count()).toBe(dotsBefore + 1);
    await series.getByText('Voir les valeurs et les sources en tableau').click();
    expect(await series.locator('table').textContent()).toContain('Rapport d’activité IMANOR 2025');
    await screenshot(page, 'infrastructure');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('offers the page in the navigation, without the admin form for an editor, accessible in Arabic too', async () => {
    const { context, page } = await openAs(browser, 'imanor@pnq.local', '/');
    await page.getByRole('link', { name: 'Infrastructure qualité en chiffres' }).click();
    await page.getByTestId('series-moroccan-standards-in-force').waitFor();
    expect(await page.getByRole('button', { name: 'Ajouter', exact: true }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Langue').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'البنية التحتية للجودة بالأرقام' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'infrastructure-ar');
    await page.getByLabel('اللغة').selectOption('fr');
    await context.close();
  });
});
