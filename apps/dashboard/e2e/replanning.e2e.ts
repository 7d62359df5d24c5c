import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { openAs, pageGraphql as graphql } from './support/open-as';

const ACTION = '1-5.3.1'; // IMANOR, printed deadline 2024: overdue

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

describe('re-planning in the dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('an owner requests a new deadline, the secretariat approves it in its queue, the action shows both plans and the slippage', async () => {
    const owner = await openAs(browser, 'imanor@pnq.local', `/actions/${ACTION}`);
    const form = owner.page.getByTestId('request-form');
    await form.waitFor();
    expect(await owner.page.getByTestId('in-force-due').textContent()).toContain('31 déc. 2024');
    await form.getByLabel('Nature du changement').selectOption('DEADLINE');
    await form.locator('input[type="date"]').fill('2034-12-31');
    await form.getByLabel('Justification (obligatoire)').fill('Le référentiel attend la publication du décret.');
    await form.getByRole('button', { name: 'Envoyer la demande' }).click();
    await owner.page.getByText('Demande envoyée au secrétariat').waitFor();
    await owner.page.getByTestId('revision-requests').getByText('En attente').waitFor();
    await owner.context.close();

    const admin = await openAs(browser, 'admin@pnq.local', '/revisions');
    const card = admin.page.getByTestId('revision-queue').locator('li', { hasText: ACTION });
    await card.waitFor();
    expect(await seriousViolations(admin.page)).toEqual([]);
    await card.getByLabel('Commentaire (obligatoire)').fill('Accordé : calendrier validé.');
    await card.getByRole('button', { name: 'Approuver' }).click();
    await expect.poll(() => admin.page.getByTestId('revision-queue').locator('li', { hasText: ACTION }).count()).toBe(0);

    await admin.page.goto(`${inject('baseUrl')}/actions/${ACTION}`);
    const section = admin.page.getByTestId('plan-in-force');
    await section.getByTestId('revisions').waitFor();
    expect(await section.getByTestId('baseline-due').textContent()).toContain('2024');
    expect(await section.getByTestId('in-force-due').textContent()).toContain('31 déc. 2034');
    expect((await section.getByTestId('slippage').textContent())!.replace(/\D/g, '')).toBe('3652'); // days
    expect(await admin.page.locator('.action-summary').textContent()).toContain('Dans les temps');
    await screenshot(admin.page, 'replanning-action');

    const { action } = await graphql<{ action: { revisions: { effectiveDate: string }[] } }>(
      admin.page,
      `{ action(ref: "${ACTION}") { revisions { effectiveDate } } }`,
    );
    await admin.page.goto(`${inject('baseUrl')}/actions/${ACTION}?asOf=${dayBefore(action.revisions[0].effectiveDate)}`);
    await admin.page.getByTestId('plan-in-force').waitFor();
    await expect.poll(() => admin.page.locator('.action-summary').textContent()).toContain('Échéance dépassée');
    expect(await admin.page.getByTestId('in-force-due').textContent()).toContain('31 déc. 2024');
    await admin.context.close();
  });

  it('shows the dependencies the plan prints on the action page, with their line and health', async () => {
    const { context, page } = await openAs(browser, 'viewer@pnq.local', '/actions/2-2.1.2');
    const dependencies = page.getByTestId('dependencies');
    await dependencies.getByRole('link', { name: '2-2.1.1' }).waitFor();
    expect(await dependencies.textContent()).toContain('imprimé ligne 4922');
    expect(await page.getByTestId('request-form').count()).toBe(0);
    await context.close();
  });

  it('lets the secretariat link actions on the action page (a cycle refused), and marks the waiting row on the timeline', async () => {
    const { context, page } = await openAs(browser, 'admin@pnq.local', '/actions/1-3.1.3?asOf=2026-06-01');
    const form = page.getByTestId('dependency-form');
    await form.getByLabel('Réf. de l’action préalable (ex. 2-2.1.1)').fill('1-2.2.3');
    await form.getByRole('button', { name: 'Ajouter la dépendance' }).click();
    await page.getByTestId('dependencies').getByRole('link', { name: '1-2.2.3' }).waitFor();
    await expect.poll(() => page.locator('.action-summary').textContent()).toContain('1-2.2.3');
    // The other way round would close a cycle: refused, and said.
    await page.goto(`${inject('baseUrl')}/actions/1-2.2.3?asOf=2026-06-01`);
    await page.getByTestId('dependency-form').getByLabel('Réf. de l’action préalable (ex. 2-2.1.1)').fill('1-3.1.3');
    await page.getByTestId('dependency-form').getByRole('button', { name: 'Ajouter la dépendance' }).click();
    await page.getByText('Ce lien créerait un cycle de dépendances.').waitFor();

    await page.goto(`${inject('baseUrl')}/timeline?asOf=2026-06-01&pillar=1`);
    // A row names its action by reference, title and owners (issue 21.10): found by its reference.
    const row = page.getByTestId('timeline').locator('tbody tr', { has: page.locator('th .ref', { hasText: /^1-3\.1\.3$/ }) });
    await row.getByTestId('blocked-mark').waitFor();
    expect(await row.getByTestId('blocked-mark').textContent()).toContain('attend 1-2.2.3');

    await page.goto(`${inject('baseUrl')}/actions/1-3.1.3?asOf=2026-06-01`);
    await page.getByRole('button', { name: 'Retirer le lien avec 1-2.2.3' }).click();
    await expect.poll(() => page.getByTestId('dependencies').getByRole('link', { name: '1-2.2.3' }).count()).toBe(0);
    await page.goto(`${inject('baseUrl')}/timeline?asOf=2026-06-01&pillar=1`);
    await row.waitFor();
    expect(await row.getByTestId('blocked-mark').count()).toBe(0);
    await context.close();
  });

  it('lets the secretariat set missing deadlines in bulk with one justification', async () => {
    const { context, page } = await openAs(browser, 'admin@pnq.local', '/revisions/deadlines');
    const formRows = page.getByTestId('deadlines-form').locator('tbody tr');
    await formRows.first().waitFor();
    const before = await formRows.count();
    expect(before).toBeGreaterThan(100);
    const ref = (await formRows.first().getByRole('link').textContent())!;
    await page.getByLabel(`Échéance ${ref}`).fill('2030-12-31');
    await page.getByLabel('Justification commune (obligatoire)').fill('Échéances arrêtées par le comité de pilotage.');
    await page.getByRole('button', { name: /Enregistrer 1 échéance/ }).click();
    await page.getByText('1 échéance fixée.').waitFor();
    await expect.poll(() => formRows.count()).toBe(before - 1);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('works on a phone and in Arabic: the action page and the queue fit 360 px, right to left, axe clean', async () => {
    const { context, page } = await openAs(browser, 'imanor@pnq.local', `/actions/${ACTION}`, 360);
    await page.evaluate(() => localStorage.setItem('pnq.language', 'ar'));
    await page.reload();
    await page.getByTestId('plan-in-force').waitFor();
    expect(await page.getByTestId('plan-in-force').textContent()).toContain('الخطة السارية');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'replanning-action-ar-360');
    await page.goto(`${inject('baseUrl')}/revisions`);
    await page.getByRole('heading', { name: 'طلبات المراجعة' }).waitFor();
    // The slippage per pillar: pillar 1 holds the action re-planned above.
    const pillarOne = page.getByTestId('slippage-pillars').locator('tbody tr').first();
    await pillarOne.waitFor();
    expect(Number((await pillarOne.locator('td').first().textContent())!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => localStorage.setItem('pnq.language', 'fr'));
    await context.close();
  });
});
