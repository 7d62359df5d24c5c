import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { signedInPage } from './support/sign-in';

describe('an organisation’s scorecard', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
  });
  afterAll(() => browser?.close());

  it('opens from the overview ranking and shows the owner’s figures, equal to the overview’s', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=2026-01-01`);
    const semac = page.getByRole('link', { name: /^SEMAC — / });
    const row = page.getByTestId('organisation-table').locator('tbody tr', { has: semac });
    const link = row.getByRole('link');
    const overdueInRanking = Number(await row.locator('td').nth(2).textContent());
    await link.click();
    await page.getByTestId('org-owned').waitFor();
    expect(page.url()).toContain('/organisations/semac?asOf=2026-01-01');
    const value = async (id: string) => Number((await page.getByTestId(id).locator('.kpi__value').textContent())!.replace(/\D/g, ''));
    expect(await value('org-overdue')).toBe(overdueInRanking);
    expect(await page.getByTestId('org-owned-table').locator('tbody tr').count()).toBe(await value('org-owned'));
    expect(await page.getByTestId('org-partnered-table').locator('tbody tr').count()).toBe(await value('org-partnered'));
    expect(await page.getByTestId('org-owned-table').locator('tbody tr').first().locator('.health-badge').textContent()).toContain('En retard');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'organisation-semac');
  });

  it('says so when the organisation does not exist', async () => {
    await page.goto(`${inject('baseUrl')}/organisations/nobody-here`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('nobody-here');
  });

  // Issue 21.12 and 21.13
  it('the scorecard shows each action’s due date, days late and last update', async () => {
    await page.goto(`${inject('baseUrl')}/organisations/imanor?asOf=2027-01-01`);
    const table = page.getByTestId('org-owned-table');
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Échéance', 'Jours de retard', 'Dernière mise à jour']));
    const overdue = table.locator('tbody tr').filter({ hasText: 'En retard' }).first();
    expect(await overdue.getByTestId('days-late').textContent()).toMatch(/^\d+ jours?$/);
    expect(await overdue.getByTestId('due-date').textContent()).toMatch(/\d{4}/);
  });

  it('the overview counts days late in one format, with a real plural', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=2027-01-01`);
    const cell = page.getByTestId('overdue-table').getByTestId('days-late').first();
    await cell.waitFor();
    expect(await cell.textContent()).toMatch(/^\d+ jours$/);
  });

  it('an index lists every organisation with actions, each leading to its scorecard', async () => {
    await page.goto(`${inject('baseUrl')}/organisations?asOf=2027-01-01`);
    const index = page.getByTestId('organisation-index');
    await index.waitFor();
    expect(await index.locator('tbody tr').count()).toBeGreaterThan(20);
    await index.getByRole('link', { name: /^IMANOR/ }).click();
    await page.getByTestId('org-owned-table').waitFor();
    expect(page.url()).toContain('/organisations/imanor?asOf=2027-01-01');
  });
});
