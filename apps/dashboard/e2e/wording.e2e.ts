import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { useLanguage } from './support/layout';
import { signedInPage } from './support/sign-in';

const PLAN_DIR = resolve(__dirname, '../../../seed/plan');

/** The plan's own phrases that hold « (s) » (seed/plan), as the plan writes them. */
const PLAN_WORDS_WITH_S = readdirSync(PLAN_DIR).flatMap((file) =>
  [...readFileSync(join(PLAN_DIR, file), 'utf8').matchAll(/"([^"]*\(s\)[^"]*)"/g)].map((match) => match[1]),
);

describe('one wording everywhere, in every language', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
  });
  afterAll(() => browser?.close());

  it('writes « Actions d’IMANOR », not « de IMANOR »', async () => {
    await page.goto(`${inject('baseUrl')}/my-actions`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Actions d’IMANOR, les plus urgentes d’abord');
  });

  it('leaks no technical version number into the history', async () => {
    await page.goto(`${inject('baseUrl')}/actions/1-2.1.1`);
    await page.getByRole('heading', { name: 'Mettre à jour' }).waitFor();
    const history = page.getByTestId('history');
    if (await history.count()) expect(await history.textContent()).not.toMatch(/·\s?v\d/);
    expect(await page.locator('main').textContent()).not.toMatch(/·\s?v\d+\b/);
  });

  it('in Arabic, keeps a plan reference in its order inside the sentence (project 1-2.1, not 2.1-1)', async () => {
    await useLanguage(page, 'ar');
    await page.goto(`${inject('baseUrl')}/actions/1-2.1.1`);
    const breadcrumb = page.locator('.breadcrumb');
    await breadcrumb.waitFor();
    // Isolated left to right (U+2066 … U+2069), the reference is not reordered by the Arabic around it.
    expect(await breadcrumb.textContent()).toContain('المشروع \u20661-2.1\u2069');
    await useLanguage(page, 'fr');
  });

  it('uses real plurals, not « action(s) » or « jour(s) »', async () => {
    await page.goto(`${inject('baseUrl')}/explorer?q=1-2.1.1`);
    await expect.poll(() => page.getByTestId('explorer-count').textContent()).toBe('1 action');
    await page.goto(`${inject('baseUrl')}/explorer?pillar=1`);
    await expect.poll(() => page.getByTestId('explorer-count').textContent()).toMatch(/^\d+ actions$/);
    await page.goto(`${inject('baseUrl')}/my-actions?asOf=2027-01-01`);
    const reason = page.getByTestId('my-actions').locator('tbody tr').first().locator('.hint');
    await reason.waitFor();
    expect(await reason.textContent()).toMatch(/^Échéance dépassée de \d+ jours\.$/);
    expect(await page.locator('main').textContent()).not.toContain('(s)');
  });

  it('numbers axis 1-2 and project 1-2.1 as the report and the export do, and cites sources by document, never a file hash', async () => {
    await page.goto(`${inject('baseUrl')}/actions/1-2.1.1`);
    const breadcrumb = page.locator('.breadcrumb');
    await breadcrumb.waitFor();
    expect(await breadcrumb.textContent()).toContain('Axe 1-2 Amélioration du système de gestion');
    expect(await breadcrumb.textContent()).toContain('Projet 1-2.1');
    await page.goto(`${inject('baseUrl')}/infrastructure`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('[data-testid^="series-"]').first().waitFor();
    // The words, not the charts' pictures (their axis figures run together into long strings of digits).
    const main = await page.locator('main').evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('svg').forEach((svg) => svg.remove());
      return copy.textContent ?? '';
    });
    expect(main).not.toMatch(/[0-9a-f]{16}/);
    expect(main).toMatch(/PNQ, lignes \d+–\d+|IMANOR, bilan 2024 \(presse\), lignes \d+–\d+/);
  });

  it('has no « (s) » left in the secretariat’s counts, the reminders’ outbox, the campaigns or the import', async () => {
    const admin = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
    for (const path of ['/admin/users', '/admin/organisations', '/outbox', '/campaigns', '/import']) {
      await admin.goto(`${inject('baseUrl')}${path}`);
      await admin.getByRole('heading', { level: 1 }).waitFor();
      await admin.waitForLoadState('networkidle');
      // The plan's own words may hold « (s) » (« partie(s) prenante(s) », quoted in the outbox's mails): only ours are checked.
      const text = PLAN_WORDS_WITH_S.reduce((rest, words) => rest.split(words).join(''), (await admin.locator('main').textContent())!);
      expect(text.replace(/http\(s\)/g, ''), path).not.toContain('(s)');
    }
    await admin.goto(`${inject('baseUrl')}/admin/users`);
    await expect.poll(() => admin.locator('main').textContent()).toMatch(/Affichés : \d+ sur \d+ comptes/);
    await admin.close();
  });

  it('keeps the source note (axes announced vs listed) out of the plan page’s opening lines', async () => {
    await page.goto(`${inject('baseUrl')}/plan`);
    const note = page.getByTestId('stated-axes');
    await note.waitFor();
    const afterTree = await note.evaluate((element) => {
      const headings = Array.from(document.querySelectorAll('main h2'));
      const last = headings[headings.length - 1];
      return Boolean(last.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(afterTree).toBe(true);
  });
});
