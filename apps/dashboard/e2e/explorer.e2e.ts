import { comparePlanRefs } from '@pnq/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { signedInPage } from './support/sign-in';

describe('the plan explorer', () => {
  let browser: Browser;
  let page: Page;
  const count = async () => Number((await page.getByTestId('explorer-count').textContent())!.replace(/\D/g, ''));
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
  });
  afterAll(() => browser?.close());

  it('narrows the list with combined filters that live in the URL and survive a reload', async () => {
    await page.goto(`${inject('baseUrl')}/explorer?asOf=2026-01-01`);
    await expect.poll(count).toBe(333);
    await page.getByRole('combobox', { name: 'Pilier', exact: true }).selectOption('3');
    await expect.poll(count).toBe(51);
    await page.getByRole('combobox', { name: 'Santé', exact: true }).selectOption('OVERDUE');
    await expect.poll(count).toBeLessThan(51);
    const narrowed = await count();
    expect(narrowed).toBeGreaterThan(0);
    expect(page.url()).toContain('pillar=3');
    expect(page.url()).toContain('health=OVERDUE');
    const refs = await page.getByTestId('explorer-table').locator('tbody tr td:first-child').allTextContents();
    expect(refs.every((ref) => ref.startsWith('3-'))).toBe(true);
    expect(await page.getByTestId('explorer-table').locator('.health-badge').allTextContents()).toEqual(refs.map(() => '! En retard'));

    await page.reload();
    await expect.poll(count).toBe(narrowed);
    expect(await page.getByRole('combobox', { name: 'Pilier', exact: true }).inputValue()).toBe('3');
    await screenshot(page, 'explorer-filtered');

    await page.getByLabel('Recherche (référence ou titre)').fill('zzz-nothing-matches');
    await expect.poll(count).toBe(0);
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect.poll(count).toBe(333);
    expect(page.url()).toContain('asOf=2026-01-01');
  });

  it('sorts by a column, both ways', async () => {
    await page.goto(`${inject('baseUrl')}/explorer?asOf=2026-01-01&pillar=4`);
    await expect.poll(count).toBe(41);
    const progressHeader = page.getByRole('button', { name: /Avancement/ });
    await page.getByRole('button', { name: /Réf\./ }).click();
    const descending = await page.getByTestId('explorer-table').locator('tbody tr td:first-child').allTextContents();
    expect(descending).toEqual([...descending].sort((a, b) => comparePlanRefs(b, a)));
    await progressHeader.click();
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Avancement');
  });

  it('shows the timeline to 2035 with the same filters, each scheduled action on its years, coloured by health', async () => {
    await page.goto(`${inject('baseUrl')}/timeline?asOf=2026-01-01`);
    const rows = page.getByTestId('timeline').locator('tbody tr');
    // Every action but the 107 whose deadline is to be set (docs/seed-provenance.md §4).
    await expect.poll(() => rows.count()).toBe(333 - 107);
    await page.goto(`${inject('baseUrl')}/timeline?asOf=2026-01-01&pillar=4`);
    await expect.poll(() => rows.count()).toBe(40);
    const row = rows.filter({ has: page.getByRole('link', { name: /^4-2\.1\.1 / }) });
    const cells = row.locator('td');
    // 4-2.1.1 is printed « 2024- 2025 »: columns 2024 and 2025 (after 2023), overdue on 2026-01-01.
    expect(await cells.nth(1).getAttribute('class')).toContain('bar--overdue');
    expect(await cells.nth(2).getAttribute('class')).toContain('bar--overdue');
    expect((await cells.nth(3).getAttribute('class')) ?? '').not.toContain('bar'); // 2026, the as-of year: marked, not a bar
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'timeline-pillar-4');
  });
});
