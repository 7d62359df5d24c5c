import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser';
import { signIn } from './support/sign-in';

async function inProgressCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ dashboard { totals { inProgress } } }' }),
    });
    return (await response.json()).data.dashboard.totals.inProgress as number;
  });
}

async function openAs(browser: Browser, email: string, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, inject('baseUrl'), email);
  await page.getByTestId('kpi-actions').waitFor();
  await page.goto(`${inject('baseUrl')}${path}`);
  return { context, page };
}

async function fillUpdate(page: Page, progress: string, comment: string) {
  await page.getByLabel('Statut').selectOption('IN_PROGRESS');
  await page.getByLabel('Avancement (%)').fill(progress);
  await page.getByLabel('Commentaire (ce qui a changé)').fill(comment);
}

describe('an owner reports on an action', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('updates an action its organisation owns, and sees the history and the overview change', async () => {
    const { context, page } = await openAs(browser, 'imanor@pnq.local', '/actions/1-2.1.1');
    await page.getByRole('heading', { name: 'Mettre à jour' }).waitFor();
    const before = await inProgressCount(page);
    await fillUpdate(page, '40', 'Projet de stratégie nationale de normalisation soumis au comité');
    await page.getByRole('button', { name: 'Enregistrer la mise à jour' }).click();
    await page.getByText('Mise à jour enregistrée.').waitFor();
    await expect.poll(() => page.getByTestId('history').locator('li').count()).toBe(1);
    expect(await page.getByTestId('history').textContent()).toContain('Projet de stratégie nationale de normalisation soumis au comité');
    expect(await page.getByTestId('action-status').textContent()).toBe('En cours');
    expect(await page.getByTestId('action-progress').textContent()).toMatch(/^40\s?%$/);
    await screenshot(page, 'action-updated');
    expect(await inProgressCount(page)).toBe(before + 1);
    await page.getByRole('link', { name: 'Vue d’ensemble' }).click();
    await expect.poll(async () => Number((await page.getByTestId('kpi-inProgress').locator('.kpi__value').textContent())!.replace(/\D/g, ''))).toBe(before + 1);
    await context.close();
  });

  it('gets no update form on an action its organisation does not own', async () => {
    const { context, page } = await openAs(browser, 'imanor@pnq.local', '/actions/4-2.1.1');
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByRole('heading', { name: 'Mettre à jour' }).count()).toBe(0);
    await context.close();
  });

  it('shows a conflict when someone saved in between, keeps what was typed, and saves on retry', async () => {
    const first = await openAs(browser, 'imanor@pnq.local', '/actions/1-2.1.1');
    const second = await openAs(browser, 'admin@pnq.local', '/actions/1-2.1.1');
    await first.page.getByRole('heading', { name: 'Mettre à jour' }).waitFor();
    await second.page.getByRole('heading', { name: 'Mettre à jour' }).waitFor();

    await fillUpdate(first.page, '55', 'Validation par le comité technique');
    await first.page.getByRole('button', { name: 'Enregistrer la mise à jour' }).click();
    await first.page.getByText('Mise à jour enregistrée.').waitFor();

    const typed = 'Saisie du secrétariat faite en parallèle';
    await fillUpdate(second.page, '50', typed);
    await second.page.getByRole('button', { name: 'Enregistrer la mise à jour' }).click();
    await second.page.getByTestId('conflict').waitFor();
    expect(await second.page.getByLabel('Commentaire (ce qui a changé)').inputValue()).toBe(typed);
    await expect.poll(() => second.page.getByTestId('history').textContent()).toContain('Validation par le comité technique');
    await screenshot(second.page, 'action-conflict');

    await second.page.getByRole('button', { name: 'Enregistrer ma saisie sur la nouvelle version' }).click();
    await second.page.getByText('Mise à jour enregistrée.').waitFor();
    await expect.poll(() => second.page.getByTestId('history').locator('li').count()).toBe(3);
    expect(await second.page.getByTestId('history').textContent()).toContain(typed);
    await first.context.close();
    await second.context.close();
  });

  it('lists the editor’s own actions most urgent first, each one click from its update form', async () => {
    const { context, page } = await openAs(browser, 'imanor@pnq.local', '/my-actions?asOf=2026-01-01');
    const rows = page.getByTestId('my-actions').locator('tbody tr');
    await rows.first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('IMANOR');
    expect(await rows.first().locator('.health-badge').textContent()).toContain('En retard');
    const badges = await page.getByTestId('my-actions').locator('.health-badge').allTextContents();
    const firstNotOverdue = badges.findIndex((b) => !b.includes('En retard'));
    expect(badges.slice(firstNotOverdue).some((b) => b.includes('En retard'))).toBe(false);
    await screenshot(page, 'my-actions');
    await rows.first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Mettre à jour' }).waitFor();
    expect(page.url()).toContain('asOf=2026-01-01');
    await context.close();
  });
});
