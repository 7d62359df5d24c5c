import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser';
import { signIn } from './support/sign-in';

interface Totals {
  actions: number;
  completed: number;
  inProgress: number;
  overdue: number;
  atRisk: number;
  stale: number;
  unscheduled: number;
}

/** The API's figures for a date (and a page of its overdue actions), asked over HTTP with the page's own session cookie. */
async function apiTotals(page: Page, asOf: string, overdueOffset = 0): Promise<{ totals: Totals; overduePage: string[] }> {
  return page.evaluate(
    async ({ date, offset }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query ($d: CalendarDate!, $o: Int!) { dashboard(asOf: $d) { totals { actions completed inProgress overdue atRisk stale unscheduled } overdueActions(limit: 10, offset: $o) { ref } } }',
          variables: { d: date, o: offset },
        }),
      });
      const { data } = await response.json();
      return { totals: data.dashboard.totals, overduePage: data.dashboard.overdueActions.map((a: { ref: string }) => a.ref) };
    },
    { date: asOf, offset: overdueOffset },
  );
}

describe('the overview', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, inject('baseUrl'), 'admin@pnq.local');
    await page.getByTestId('kpi-actions').waitFor();
  });
  afterAll(() => browser?.close());

  const kpi = async (name: string) => Number((await page.getByTestId(`kpi-${name}`).locator('.kpi__value').textContent())!.replace(/\D/g, ''));

  it.each(['2026-01-01', '2027-01-01'])('shows, as of %s taken from the URL, exactly the figures the API gives', async (asOf) => {
    await page.goto(`${inject('baseUrl')}/?asOf=${asOf}`);
    await page.getByTestId('kpi-actions').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(asOf.slice(0, 4));
    const { totals, overduePage } = await apiTotals(page, asOf);
    for (const name of ['actions', 'completed', 'inProgress', 'overdue', 'atRisk', 'stale', 'unscheduled'] as const) {
      expect(await kpi(name), name).toBe(totals[name]);
    }
    expect(await page.getByRole('heading', { name: `Actions en retard (${totals.overdue})` }).count()).toBe(1);
    expect(await overdueRefs()).toEqual(overduePage);
    expect(overduePage).toHaveLength(Math.min(10, totals.overdue));
    await screenshot(page, `overview-${asOf}`);
  });

  const overdueRefs = async () => page.getByTestId('overdue-table').locator('tbody tr td:first-child strong').allTextContents();

  it('shows the overdue actions a page at a time, with their total, and all of them in the explorer', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=2027-01-01`);
    await page.getByTestId('overdue-table').waitFor();
    const { totals, overduePage } = await apiTotals(page, '2027-01-01', 10);
    expect(totals.overdue).toBeGreaterThan(10);
    const pager = page.getByTestId('overdue-pager');
    expect(await pager.textContent()).toContain(`1–10 sur ${totals.overdue}`);
    await pager.getByRole('button', { name: 'Suivants' }).click();
    await expect.poll(overdueRefs).toEqual(overduePage);
    expect(await pager.textContent()).toContain(`11–20 sur ${totals.overdue}`);
    await screenshot(page, 'overview-overdue-page-2');
    await page.getByRole('link', { name: `Voir les ${totals.overdue} actions en retard dans l’explorateur` }).click();
    await expect.poll(() => page.url()).toContain('/explorer?health=OVERDUE');
    await expect.poll(async () => Number((await page.getByTestId('explorer-count').textContent())?.replace(/\D/g, ''))).toBe(totals.overdue);
  });

  it('changes every figure with the date control and keeps the date in the URL across screens', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=2026-01-01`);
    await page.getByTestId('kpi-actions').waitFor();
    const before = await kpi('overdue');
    await page.getByLabel('Situation au').fill('2025-01-01');
    await expect.poll(() => page.url()).toContain('asOf=2025-01-01');
    await expect.poll(() => kpi('overdue')).toBe((await apiTotals(page, '2025-01-01')).totals.overdue);
    expect(await kpi('overdue')).toBeLessThan(before);
    await page.getByRole('link', { name: 'Le plan' }).click();
    await expect.poll(() => page.url()).toContain('/plan?asOf=2025-01-01');
  });
});
