import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { signedInPage } from './support/sign-in';

const ASOF = '2027-01-01';

describe('the overview, at a glance for the steering committee', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
  });
  afterAll(() => browser?.close());

  const number = async (text: Promise<string | null>) => Number((await text)!.replace(/\D/g, ''));

  it.each([
    ['kpi-overdue', 'health=OVERDUE'],
    ['kpi-atRisk', 'health=AT_RISK'],
    ['kpi-stale', 'health=STALE'],
    ['kpi-unscheduled', 'health=UNSCHEDULED'],
    ['kpi-completed', 'status=COMPLETED'],
    ['kpi-inProgress', 'status=IN_PROGRESS'],
    ['kpi-actions', ''],
  ])('the %s tile leads to the explorer filtered the same way (%s), on the same date, with the same count', async (tile, filter) => {
    await page.goto(`${inject('baseUrl')}/?asOf=${ASOF}`);
    const value = await number(page.getByTestId(tile).locator('.kpi__value').textContent());
    await page
      .getByRole('link')
      .filter({ has: page.getByTestId(tile) })
      .click();
    await page.waitForURL(/\/explorer/);
    const url = new URL(page.url());
    expect(url.searchParams.get('asOf')).toBe(ASOF);
    if (filter) expect(url.search).toContain(filter);
    await expect.poll(() => number(page.getByTestId('explorer-count').textContent())).toBe(value);
  });

  it('shows who is responsible before the long list of overdue actions', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=${ASOF}`);
    await page.getByTestId('overdue-table').waitFor();
    const ownersFirst = await page.evaluate(() => {
      const owners = document.querySelector('[data-testid="organisation-table"]')!;
      const overdue = document.querySelector('[data-testid="overdue-table"]')!;
      return Boolean(owners.compareDocumentPosition(overdue) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(ownersFirst).toBe(true);
  });
});
