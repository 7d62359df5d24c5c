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

  it('counts only the indicators that can be judged, and says how many cannot', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=${ASOF}`);
    const totals = await page.evaluate(async (asOf) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ dashboard(asOf: "${asOf}") { indicatorTotals { indicators onTrack noTarget } } }` }),
      });
      return (await response.json()).data.dashboard.indicatorTotals as { indicators: number; onTrack: number; noTarget: number };
    }, ASOF);
    expect(totals.noTarget).toBeGreaterThan(0);
    const tile = page.getByTestId('kpi-indicators-on-track');
    expect((await tile.locator('.kpi__value').textContent())!.replace(/\s/g, '')).toBe(`${totals.onTrack}/${totals.indicators - totals.noTarget}`);
    expect(await tile.locator('.kpi__note').textContent()).toContain(`${totals.noTarget} ne peuvent pas être jugés`);
  });

  it('explains every figure in one line (what « Sans nouvelles » counts, …)', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=${ASOF}`);
    await page.getByTestId('kpi-stale').waitFor();
    const tiles = await page.locator('.kpi').count();
    expect(await page.locator('.kpi .kpi__note').count()).toBe(tiles);
    expect(await page.getByTestId('kpi-stale').locator('.kpi__note').textContent()).toBe('Actions récurrentes démarrées, sans mise à jour depuis 12 mois.');
  });

  it('writes its value on each bar of the progress-by-pillar chart, even at 0 %', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=${ASOF}`);
    const chart = page.locator('figure.chart').first();
    await chart.locator('.recharts-bar').first().waitFor();
    const labels = await chart.locator('.recharts-label-list text').allTextContents();
    expect(labels).toHaveLength(5);
    for (const label of labels) expect(label).toMatch(/^\d+(,\d+)?\s?%$/);
  });
});
