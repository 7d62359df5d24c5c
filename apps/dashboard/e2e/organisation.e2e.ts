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
});
