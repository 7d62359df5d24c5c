import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser';
import { fullyInView, overflowingElements, pageOverflow, PHONE, useLanguage } from './support/layout';
import { signedInPage } from './support/sign-in';

const ASOF = '2027-01-01';
const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

/** Issue 21.9: the overview's overdue list grouped by owner organisation or by pillar, on a desktop and on a phone. */
describe('the overview’s overdue list, grouped by owner or by pillar', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
  });
  afterAll(() => browser?.close());

  /** The sections of the list's current page: each group's heading and its rows' references. */
  const sections = () =>
    page.getByTestId('overdue-table').evaluate((table) =>
      Array.from(table.querySelectorAll('tbody')).map((tbody) => ({
        heading: tbody.querySelector('[data-testid="overdue-group-heading"]')?.textContent ?? null,
        count: tbody.querySelector('[data-testid="overdue-group-count"]')?.textContent ?? null,
        refs: Array.from(tbody.querySelectorAll('td strong')).map((strong) => strong.textContent ?? ''),
        owners: Array.from(tbody.querySelectorAll('td[data-label="Responsables"]')).map((cell) => cell.textContent ?? ''),
      })),
    );

  it('groups by pillar: one heading per pillar in plan order, with its count, over every page, adding up to the overdue total', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=${ASOF}`);
    const overdue = number(await page.getByTestId('kpi-overdue').locator('.kpi__value').textContent());
    await page.getByLabel('Grouper par').selectOption({ label: 'Pilier' });
    await page.getByTestId('overdue-group-heading').first().waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('overdueBy')).toBe('pillar');
    const rowsByPillar = new Map<number, { count: number; rows: number }>();
    const pager = page.getByTestId('overdue-pager');
    for (;;) {
      for (const section of await sections()) {
        const pillar = Number(/Pilier (\d)/.exec(section.heading ?? '')?.[1]);
        expect(pillar, `heading « ${section.heading} »`).toBeGreaterThan(0);
        for (const ref of section.refs) expect(ref.startsWith(`${pillar}-`), `${ref} under pillar ${pillar}`).toBe(true);
        const seen = rowsByPillar.get(pillar) ?? { count: number(section.count), rows: 0 };
        rowsByPillar.set(pillar, { ...seen, rows: seen.rows + section.refs.length });
      }
      const next = pager.getByRole('button', { name: 'Suivant' });
      if (await next.isDisabled()) break;
      const range = await pager.locator('span').textContent();
      await next.click();
      await expect.poll(() => pager.locator('span').textContent(), { timeout: 30_000 }).not.toBe(range);
    }
    const pillars = [...rowsByPillar.keys()];
    expect(pillars).toEqual([...pillars].sort());
    for (const { count, rows } of rowsByPillar.values()) expect(rows).toBe(count);
    expect([...rowsByPillar.values()].reduce((sum, { rows }) => sum + rows, 0)).toBe(overdue);
  });

  it('groups by owner organisation, the most overdue first; a heading leads to the explorer with the same count, and the other links keep the date, not the grouping', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=${ASOF}&overdueBy=organisation`);
    await page.getByTestId('overdue-group-heading').first().waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Grouper par').inputValue()).toBe('organisation');
    const [first] = await sections();
    const acronym = first.heading!.split(' — ')[0];
    for (const owners of first.owners) expect(owners).toContain(acronym);
    const counts = (await sections()).map((section) => number(section.count));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The list's other ways out: the action page and the explorer's full list keep the date only.
    const action = await page.getByTestId('overdue-table').locator('td a').first().getAttribute('href');
    expect(action).toMatch(new RegExp(`\\?asOf=${ASOF}$`));
    const all = await page.getByRole('link', { name: /^Voir les \d+ actions en retard/ }).getAttribute('href');
    expect(all).not.toContain('overdueBy');
    await page.getByTestId('overdue-group-heading').first().getByRole('link').click();
    await page.waitForURL(/\/explorer/);
    const url = new URL(page.url());
    expect(url.searchParams.get('health')).toBe('OVERDUE');
    expect(url.searchParams.get('asOf')).toBe(ASOF);
    expect(url.searchParams.get('owner')).toBeTruthy();
    await expect.poll(async () => number(await page.getByTestId('explorer-count').textContent()), { timeout: 30_000 }).toBe(number(first.count));
  });

  it('shows the groups as headed cards at 360 px in Arabic, without sideways scrolling', async () => {
    const phone = await signedInPage(browser, inject('baseUrl'), 'viewer@pnq.local');
    await phone.setViewportSize(PHONE);
    await phone.goto(`${inject('baseUrl')}/?asOf=${ASOF}`);
    await useLanguage(phone, 'ar');
    await phone.getByLabel('التجميع حسب').selectOption({ label: 'الهيئة المسؤولة' });
    const heading = phone.getByTestId('overdue-group-heading').first();
    await heading.waitFor({ timeout: 30_000 });
    expect(await heading.textContent()).toMatch(/متأخرة: /);
    expect(await fullyInView(heading)).toBe(true);
    expect(await fullyInView(phone.getByTestId('overdue-table').getByTestId('days-late').first())).toBe(true);
    expect(await pageOverflow(phone), (await overflowingElements(phone)).join(', ')).toBeLessThanOrEqual(0);
    await heading.scrollIntoViewIfNeeded();
    await screenshot(phone, 'phone-ar-overview-grouped', { fullPage: false });
    await phone.close();
  });
});
