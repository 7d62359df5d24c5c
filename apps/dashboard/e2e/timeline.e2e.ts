import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { PHONE } from './support/layout';
import { signedInPage } from './support/sign-in';

describe('the timeline reads without a mouse, on a phone too', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
  });
  afterAll(() => browser?.close());

  it('has a legend of the healths, from the most worrying, and the as-of year', async () => {
    await page.goto(`${inject('baseUrl')}/timeline?asOf=2026-01-01`);
    const legend = page.getByTestId('timeline-legend');
    await legend.waitFor();
    expect(await legend.locator('li').allTextContents()).toEqual([
      'En retard',
      'À risque',
      'Sans nouvelles',
      'Dans les temps',
      'Réalisée',
      'Annulée',
      'Situation au 2026',
    ]);
  });

  it('writes each action’s title and owners on its row (no hover needed), and marks the as-of year', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${inject('baseUrl')}/timeline?asOf=2026-01-01&pillar=4`);
    const row = page.getByTestId('timeline').locator('tbody tr').filter({ hasText: '4-2.1.1' });
    await row.waitFor();
    const header = row.locator('th');
    expect(await header.locator('.timeline__title').isVisible()).toBe(true);
    expect((await header.locator('.timeline__title').textContent())!.length).toBeGreaterThan(10);
    expect(await header.locator('.timeline__owners').textContent()).not.toBe('');
    expect(await page.locator('thead th[data-now]').textContent()).toBe('2026');
    expect(
      await page
        .locator('thead th')
        .first()
        .evaluate((th) => getComputedStyle(th).position),
    ).toBe('sticky');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('has its own filters', async () => {
    await page.goto(`${inject('baseUrl')}/timeline?asOf=2026-01-01`);
    await page.getByRole('search').getByRole('combobox', { name: 'Pilier', exact: true }).selectOption('4');
    const rows = page.getByTestId('timeline').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(40);
    expect(page.url()).toContain('pillar=4');
  });
});
