import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { cellsWithBrokenWords, DESKTOP, fullyInView, overflowingElements, pageOverflow, PHONE, useLanguage } from './support/layout';
import { signIn } from './support/sign-in';

/** Every route of the signed-in app, with whom it is visited (an editor's own pages, the secretariat's administration). */
const ROUTES: [path: string, who: 'editor' | 'admin'][] = [
  ['/?asOf=2027-01-01', 'admin'],
  ['/plan', 'admin'],
  ['/actions/1-2.1.1', 'editor'],
  ['/my-actions?asOf=2027-01-01', 'editor'],
  ['/explorer?asOf=2027-01-01', 'admin'],
  ['/organisations', 'admin'],
  ['/organisations/imanor', 'admin'],
  ['/timeline', 'admin'],
  ['/infrastructure', 'admin'],
  ['/admin/users', 'admin'],
  ['/admin/organisations', 'admin'],
  ['/preferences', 'editor'],
  ['/account', 'editor'],
  ['/api-tokens', 'editor'],
  ['/outbox', 'admin'],
  ['/campaigns', 'admin'],
  ['/reports', 'admin'],
  ['/import', 'editor'],
  ['/financing?asOf=2027-01-01', 'admin'],
  ['/revisions', 'admin'],
  ['/revisions/deadlines', 'admin'],
  ['/publication', 'admin'],
  ['/steering', 'admin'],
  ['/changes?from=2025-12-31&asOf=2027-01-01', 'admin'],
];

const SIZES = { phone: PHONE, desktop: DESKTOP } as const;

describe('every screen fits a 360 px phone and a 1440 px desktop, in French and in Arabic', () => {
  let browser: Browser;
  const pages: Record<'editor' | 'admin', Page> = {} as Record<'editor' | 'admin', Page>;
  const visit = async (who: 'editor' | 'admin', path: string) => {
    const page = pages[who];
    await page.goto(`${inject('baseUrl')}${path}`, { waitUntil: 'networkidle' });
    await page.locator('main h1').first().waitFor();
    return page;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const [who, email] of [
      ['editor', 'imanor@pnq.local'],
      ['admin', 'admin@pnq.local'],
    ] as const) {
      pages[who] = await browser.newPage({ viewport: DESKTOP });
      await signIn(pages[who], inject('baseUrl'), email);
      await pages[who].getByTestId('kpi-actions').waitFor();
    }
  });
  afterAll(() => browser?.close());

  it.each([
    ['fr', 'phone'],
    ['ar', 'phone'],
    ['fr', 'desktop'],
    ['ar', 'desktop'],
  ] as const)(
    'in %s on a %s, no route scrolls the page sideways, and axe finds nothing serious',
    async (language, size) => {
      for (const page of Object.values(pages)) {
        await page.setViewportSize(SIZES[size]);
        await useLanguage(page, language);
      }
      const overflows: string[] = [];
      const violations: string[] = [];
      const brokenWords: string[] = [];
      for (const [path, who] of ROUTES) {
        const page = await visit(who, path);
        const overflow = await pageOverflow(page);
        if (overflow > 0) overflows.push(`${path}: ${overflow} px too wide (${(await overflowingElements(page)).join('; ')})`);
        for (const v of await seriousViolations(page)) violations.push(`${path}: ${v.id} ${v.targets.join(' | ')}`);
        for (const cell of (await cellsWithBrokenWords(page)).slice(0, 3)) brokenWords.push(`${path}: ${cell}`);
      }
      expect(overflows).toEqual([]);
      expect(violations).toEqual([]);
      expect(brokenWords).toEqual([]); // a table too wide for the phone scrolls in its box; its words stay whole
    },
    300_000,
  ); // 18 routes, each loaded and checked by axe: longer than one test's default minute on a loaded machine

  it.each([
    ['/admin/users', 'admin'],
    ['/admin/organisations', 'admin'],
    ['/import', 'admin'],
  ] as const)('at 1440 px, every field of %s stays inside its card', async (path, who) => {
    await pages[who].setViewportSize(DESKTOP);
    await useLanguage(pages[who], 'fr');
    const page = await visit(who, path);
    const spilling = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('main select, main input, main textarea')).flatMap((field) => {
        const card = field.closest<HTMLElement>('form, .panel-form, .update-form, section');
        if (!card || field.getBoundingClientRect().width === 0) return [];
        const [inner, outer] = [field.getBoundingClientRect(), card.getBoundingClientRect()];
        return inner.right > outer.right + 1 || inner.left < outer.left - 1
          ? [
              `${field.tagName} ${field.getAttribute('aria-label') ?? field.closest('label')?.textContent?.slice(0, 40)}: ${Math.round(inner.right - outer.right)} px out`,
            ]
          : [];
      }),
    );
    expect(spilling).toEqual([]);
  });

  describe.each(['fr', 'ar'] as const)('on a phone in %s, the decisive parts are on screen', (language) => {
    beforeAll(async () => {
      for (const page of Object.values(pages)) {
        await page.setViewportSize(PHONE);
        await useLanguage(page, language);
      }
    });

    it('the header leaves most of the screen to the page, and signing out is reachable', async () => {
      const page = await visit('editor', '/my-actions?asOf=2027-01-01');
      const header = await page.locator('.shell__header').boundingBox();
      expect(header!.height).toBeLessThan(PHONE.height / 4);
      const menu = page.getByRole('button', { name: language === 'fr' ? 'Menu' : 'القائمة' });
      await menu.click();
      expect(await fullyInView(page.getByRole('button', { name: language === 'fr' ? 'Se déconnecter' : 'تسجيل الخروج' }))).toBe(true);
      expect(await fullyInView(page.getByRole('navigation').getByRole('link').last())).toBe(true);
      await menu.click();
    });

    it('Mes actions: each action shows its health, due date and both update buttons', async () => {
      const page = await visit('editor', '/my-actions?asOf=2027-01-01');
      const first = page.getByTestId('my-actions').locator('tbody tr').first();
      for (const part of [
        first.locator('strong').first(),
        first.locator('.health-badge'),
        first.getByTestId('due-date'),
        first.getByRole('button'),
        first.getByRole('link'),
      ]) {
        expect(await fullyInView(part)).toBe(true);
      }
      await screenshot(page, `phone-${language}-my-actions`, { fullPage: false });
    });

    it('the explorer: each action shows its reference, health and due date; the filters fit', async () => {
      const page = await visit('admin', '/explorer?asOf=2027-01-01&pillar=1');
      const first = page.getByTestId('explorer-table').locator('tbody tr').first();
      for (const part of [first.getByRole('link').first(), first.locator('.health-badge'), first.getByTestId('due-date')]) {
        expect(await fullyInView(part)).toBe(true);
      }
      for (const select of await page.getByRole('search').locator('select').all()) expect(await fullyInView(select)).toBe(true);
    });

    it('the overview: the tiles, and each overdue action with its owner, due date and days late', async () => {
      const page = await visit('admin', '/?asOf=2027-01-01');
      expect(await fullyInView(page.getByTestId('kpi-overdue'))).toBe(true);
      const first = page.getByTestId('overdue-table').locator('tbody tr').first();
      for (const part of [first.getByRole('link').first(), first.getByTestId('due-date'), first.getByTestId('days-late')]) {
        expect(await fullyInView(part)).toBe(true);
      }
      await screenshot(page, `phone-${language}-overview`, { fullPage: false });
    });

    it('an action page: its state and the update form', async () => {
      const page = await visit('editor', '/actions/1-2.1.1');
      expect(await fullyInView(page.locator('.action-summary .health-badge').first())).toBe(true);
      expect(await fullyInView(page.locator('.update-form button[type="submit"]').first())).toBe(true);
      await screenshot(page, `phone-${language}-action`);
    });

    it('the bell panel opens on screen', async () => {
      const page = await visit('editor', '/preferences');
      await page.locator('.bell__button').click();
      expect(await fullyInView(page.locator('.bell__panel'))).toBe(true);
      await page.locator('.bell__button').click();
    });
  });
});
