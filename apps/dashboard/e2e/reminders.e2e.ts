import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { signedInPage } from './support/sign-in';

const unreadCount = async (page: Page) => Number(await page.getByTestId('notification-count').textContent());

describe('reminders: the outbox, the bell, campaigns and preferences', () => {
  let browser: Browser;
  let admin: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
  });
  afterAll(() => browser?.close());

  it('lets an admin run the reminders for a date and read the mails in the outbox (no SMTP server)', async () => {
    await admin.getByRole('link', { name: 'Administration', exact: true }).click();
    await admin.getByRole('link', { name: 'Boîte d’envoi' }).click();
    await admin.getByTestId('smtp-status').waitFor();
    expect(await admin.getByTestId('smtp-status').textContent()).toContain('Aucun serveur SMTP');
    await admin.getByLabel('Calculer les rappels à la date du').fill('2026-01-15');
    await admin.getByRole('button', { name: 'Lancer les rappels' }).click();
    await admin.getByTestId('run-result').waitFor();
    expect(await admin.getByTestId('run-result').textContent()).toMatch(/^Rappels du .*2026 : \d+ notifications?, \d+ e-mails?\.$/);
    const row = admin
      .getByTestId('outbox-table')
      .getByRole('row')
      .filter({ hasText: 'imanor@pnq.local' })
      .filter({ hasText: 'd’IMANOR à suivre (15/01/2026)' });
    await row.waitFor();
    expect(await row.textContent()).toContain('En boîte d’envoi');
    await row.getByText('IMANOR à suivre').click();
    expect(await row.locator('pre').textContent()).toContain('/actions/1-2.1.1');
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'reminders-outbox');
  });

  it('shows an owner the digest in the bell, with links to the actions, and marks it read', async () => {
    const imanor = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
    await expect.poll(() => unreadCount(imanor)).toBeGreaterThan(0);
    await imanor.getByTestId('notification-bell').click();
    const panel = imanor.getByTestId('notification-panel');
    await panel.waitFor();
    const digest = panel
      .getByRole('listitem')
      .filter({ hasText: 'Point sur vos actions' })
      .filter({ hasText: /15 janv?\.? 2026/ })
      .first();
    await digest.waitFor();
    expect(await digest.textContent()).toContain('En retard');
    expect(await seriousViolations(imanor)).toEqual([]);
    await screenshot(imanor, 'reminders-bell');
    await panel.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await expect.poll(() => unreadCount(imanor)).toBe(0);
    await digest.getByRole('link').first().click();
    await imanor.waitForURL(/\/actions\//);
    await imanor.close();
  });

  it('lets an admin send a call for updates and follow who updated since', async () => {
    await admin.getByRole('link', { name: 'Administration', exact: true }).click();
    await admin.getByRole('link', { name: 'Campagnes' }).click();
    await admin.getByLabel('À mettre à jour avant le').fill('2035-01-15');
    await admin.getByRole('button', { name: 'Envoyer l’appel' }).click();
    await admin.getByText('Appel envoyé à tous les éditeurs.').waitFor();
    const campaign = admin.locator('[data-testid^="campaign-"]').first();
    await campaign.waitFor();
    expect(await campaign.textContent()).toMatch(/Ont mis à jour au moins une action depuis : 0 sur \d+ organisations/);
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'reminders-campaigns');
  });

  it('lets a user choose the language and opt out of non-essential mails', async () => {
    const semac = await signedInPage(browser, inject('baseUrl'), 'semac@pnq.local');
    await semac.goto(`${inject('baseUrl')}/preferences`);
    await semac.getByTestId('preferences-form').waitFor();
    expect(await seriousViolations(semac)).toEqual([]);
    await semac.getByLabel('Ne plus recevoir les e-mails non essentiels', { exact: false }).check();
    await semac.getByRole('button', { name: 'Enregistrer' }).click();
    await semac.getByText('Préférences enregistrées.').waitFor();
    await semac.reload();
    await semac.getByTestId('preferences-form').waitFor();
    expect(await semac.getByLabel('Ne plus recevoir les e-mails non essentiels', { exact: false }).isChecked()).toBe(true);
    await semac.close();
  });
});
