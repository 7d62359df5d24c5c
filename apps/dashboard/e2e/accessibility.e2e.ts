import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { signIn } from './support/sign-in';

describe('accessibility (axe-core, WCAG 2.1 AA): no serious or critical violation', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => browser?.close());

  it('on the sign-in screen', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([
    ['the overview', '/?asOf=2026-01-01', 'kpi-actions'],
    ['the plan', '/plan?asOf=2026-01-01', 'pillar-1'],
    ['an action page with its update form', '/actions/1-3.1.1?asOf=2026-01-01', 'read-only'],
    ['my actions', '/my-actions?asOf=2026-01-01', 'my-actions'],
    ['the explorer', '/explorer?asOf=2026-01-01&pillar=2', 'explorer-table'],
  ])('on %s', async (_name, path, testId) => {
    if (!(await page.getByRole('button', { name: 'Se déconnecter' }).count())) {
      await signIn(page, inject('baseUrl'), 'imanor@pnq.local');
      await page.getByTestId('kpi-actions').waitFor();
    }
    await page.goto(`${inject('baseUrl')}${path}`);
    await page
      .getByTestId(testId)
      .or(page.getByRole('heading', { name: 'Mettre à jour' }))
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('in Arabic, right to left', async () => {
    await page.goto(`${inject('baseUrl')}/?asOf=2026-01-01`);
    await page.getByLabel('Langue').selectOption('ar');
    await page.getByTestId('kpi-actions').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('اللغة').selectOption('fr');
  });
});
