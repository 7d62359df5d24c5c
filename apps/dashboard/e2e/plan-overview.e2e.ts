import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser';
import { signIn } from './support/sign-in';

describe('the dashboard shell', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(() => browser?.close());

  it('asks for a sign-in first, and says so clearly when the password is wrong', async () => {
    await signIn(page, inject('baseUrl'), 'viewer@pnq.local', 'not-the-password');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(await page.locator('.pillar-card').count()).toBe(0);
    await screenshot(page, 'sign-in-error');
  });

  it('lists the five pillars of the plan, served by the API from PostgreSQL', async () => {
    await signIn(page, inject('baseUrl'), 'viewer@pnq.local');
    await page.getByRole('link', { name: 'Le plan' }).click();
    await page.getByRole('heading', { name: 'Le plan d’action' }).waitFor();
    const names = await page.locator('.pillar-card__name').allTextContents();
    expect(names).toEqual(['Normalisation et réglementation technique', 'Certification', 'Métrologie', 'Accréditation', 'Promotion de la qualité']);
    expect(await page.locator('.lead').textContent()).toContain('333 actions-clés');
    await expect.poll(() => page.getByTestId('pillar-2').textContent()).toContain('25 projets');
    await screenshot(page, 'plan-overview-fr');
  });

  it('opens the plan as a tree down to an action, with progress and health on each branch', async () => {
    await page.goto(`${inject('baseUrl')}/plan?asOf=2026-01-01`);
    const tree = page.getByTestId('plan-tree');
    await tree.waitFor();
    const pillar = tree.locator(':scope > li').first();
    await pillar.locator('summary').first().click();
    const axis = pillar
      .locator('details details')
      .filter({ has: page.locator('summary', { hasText: 'Axe 1-2 — Amélioration du système de gestion' }) })
      .first();
    await axis.locator('summary').first().click();
    const project = axis.locator('summary', { hasText: 'Projet 1-2.1 —' });
    expect(await project.textContent()).toMatch(/en retard/);
    await project.click();
    const action = tree.locator('li.plan-tree__action', { hasText: '1-2.1.1' });
    await action.waitFor();
    expect(await action.locator('.health-badge').textContent()).toContain('En retard');
    expect(await tree.locator('summary', { hasText: 'Pilier 2 — Certification' }).textContent()).toContain('61 actions');
    await screenshot(page, 'plan-tree');
  });

  it('switches to Arabic, right to left, and remembers it after a reload', async () => {
    await page.getByLabel('Langue').selectOption('ar');
    await page.getByRole('heading', { name: 'خطة العمل' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.reload();
    await page.getByRole('heading', { name: 'خطة العمل' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await screenshot(page, 'plan-overview-ar');
    // The header's choice is the person's saved language (issue 21.14): back to French for the other tests.
    await page.getByLabel('اللغة').selectOption('fr');
    await page.getByRole('heading', { name: 'Plan d’action' }).waitFor();
  });
});
