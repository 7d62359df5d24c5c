import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { INVITATION_SUBJECT, linkFromOutbox } from './support/outbox';
import { signIn, signedInPage } from './support/sign-in';

const PASSWORD = 'lanterne-orage-cedre-2035';

describe('the secretariat administers accounts and organisations', () => {
  let browser: Browser;
  let admin: Page;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signedInPage(browser, baseUrl, 'admin@pnq.local');
  });
  afterAll(() => browser?.close());

  it('invites an editor who sets a password, changes the role, and a deactivated account can no longer sign in', async () => {
    await admin.getByRole('link', { name: 'Administration', exact: true }).click();
    await admin.getByRole('heading', { name: 'Comptes utilisateurs' }).waitFor();
    const form = admin.getByRole('form', { name: 'Inviter une personne' });
    await form.getByLabel('Nom', { exact: true }).fill('Agent de test SEMAC');
    await form.getByLabel('Adresse e-mail', { exact: true }).fill('agent.semac@pnq.local');
    await form.getByLabel(/^Rôle/).selectOption('EDITOR');
    await expect.poll(() => form.getByRole('button', { name: 'Envoyer l’invitation' }).isDisabled()).toBe(true);
    await form.getByLabel(/^Organisation/).selectOption('semac');
    await form.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await form.getByRole('status').filter({ hasText: 'agent.semac@pnq.local' }).waitFor();
    await admin.getByTestId('invitation-agent.semac@pnq.local').waitFor();

    const link = await linkFromOutbox(admin, baseUrl, 'agent.semac@pnq.local', INVITATION_SUBJECT, 'invitation');
    const invitee = await browser.newPage();
    await invitee.goto(link);
    await invitee.getByLabel('Nouveau mot de passe', { exact: true }).fill(PASSWORD);
    await invitee.getByLabel('Confirmez le mot de passe', { exact: true }).fill(PASSWORD);
    await invitee.getByRole('button', { name: 'Activer mon compte' }).click();
    await invitee.getByTestId('kpi-actions').waitFor();
    await invitee.close();

    await admin.goto(`${baseUrl}/admin/users`);
    const row = admin.getByTestId('user-agent.semac@pnq.local');
    await expect.poll(() => row.textContent()).toContain('SEMAC');
    expect(await row.textContent()).toContain('Éditeur');

    await row.getByRole('button', { name: 'Modifier le compte de Agent de test SEMAC' }).click();
    await row.getByLabel('Rôle de Agent de test SEMAC', { exact: true }).selectOption('VIEWER');
    await row.getByLabel('Organisation de Agent de test SEMAC', { exact: true }).selectOption('');
    await row.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => row.textContent()).toContain('Lecteur');

    await row.getByRole('button', { name: 'Désactiver le compte de Agent de test SEMAC' }).click();
    await expect.poll(() => row.textContent()).toContain('Désactivé');
    await screenshot(admin, 'admin-users');

    const visitor = await browser.newPage();
    await signIn(visitor, baseUrl, 'agent.semac@pnq.local', PASSWORD);
    await visitor.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect' }).waitFor();
    await visitor.close();
  });

  it('says so when the e-mail address already has an account', async () => {
    await admin.goto(`${baseUrl}/admin/users`);
    const form = admin.getByRole('form', { name: 'Inviter une personne' });
    await form.getByLabel('Nom', { exact: true }).fill('Doublon');
    await form.getByLabel('Adresse e-mail', { exact: true }).fill('viewer@pnq.local');
    await form.getByLabel(/^Rôle/).selectOption('VIEWER');
    await form.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await form.getByRole('alert').filter({ hasText: 'Un compte existe déjà avec cette adresse e-mail.' }).waitFor();
  });

  it('adds two organisations, renames one and merges the other into it', async () => {
    await admin.goto(`${baseUrl}/admin/organisations`);
    await admin.getByRole('heading', { name: 'Organisations', level: 1 }).waitFor();
    const create = admin.getByRole('form', { name: 'Ajouter une organisation' });
    for (const [key, name] of [
      ['agence-test', 'Agence de test de la qualité'],
      ['agence-test-bis', 'Agence de test (doublon)'],
    ]) {
      await create.getByLabel('Nom', { exact: true }).fill(name);
      await create.getByLabel('Clé', { exact: true }).fill(key);
      await create.getByRole('button', { name: 'Ajouter' }).click();
      await create.getByRole('status').filter({ hasText: name }).waitFor();
    }

    const kept = admin.getByTestId('organisation-agence-test');
    await kept.getByRole('button', { name: 'Modifier agence-test' }).click();
    await kept.getByLabel('Sigle de agence-test', { exact: true }).fill('ATQ');
    await kept.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => kept.textContent()).toContain('ATQ');

    const merge = admin.getByRole('form', { name: 'Fusionner deux organisations' });
    await merge.getByLabel(/^Doublon \(supprimé\)/).selectOption('agence-test-bis');
    await merge.getByLabel(/^Organisation conservée/).selectOption('agence-test');
    expect(await merge.getByRole('button', { name: 'Fusionner' }).isDisabled()).toBe(true);
    await merge.getByRole('checkbox').check();
    await merge.getByRole('button', { name: 'Fusionner' }).click();
    await merge.getByRole('status').filter({ hasText: 'a été fusionnée' }).waitFor();
    await expect.poll(() => admin.getByTestId('organisation-agence-test-bis').count()).toBe(0);
    await screenshot(admin, 'admin-organisations');
  });

  it.each([
    ['users', '/admin/users', 'Comptes utilisateurs'],
    ['organisations', '/admin/organisations', 'Organisations'],
  ])('the %s screen has no serious accessibility violation', async (_name, path, heading) => {
    await admin.goto(`${baseUrl}${path}`);
    await admin.getByRole('heading', { name: heading, level: 1 }).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('an editor is told the screens are the secretariat’s, and has no link to them', async () => {
    const editor = await signedInPage(browser, baseUrl, 'semac@pnq.local');
    expect(await editor.getByRole('link', { name: 'Administration', exact: true }).count()).toBe(0);
    await editor.goto(`${baseUrl}/admin/users`);
    await editor.getByText('réservés au secrétariat du CSNCA').waitFor();
    expect(await editor.getByRole('form', { name: 'Créer un compte' }).count()).toBe(0);
    await editor.close();
  });
});

describe('an editor updates an action from “My actions” without leaving the list', () => {
  it('opens the quick update, saves, and the row shows the new progress', async () => {
    const browser = await launchBrowser();
    try {
      const page = await signedInPage(browser, inject('baseUrl'), 'semac@pnq.local');
      await page.goto(`${inject('baseUrl')}/my-actions?asOf=2026-01-01`);
      const table = page.getByTestId('my-actions');
      await table.waitFor();
      const firstRow = table.locator('tbody tr').first();
      const ref = (await firstRow.locator('strong').first().textContent())!.trim();
      await firstRow.getByRole('button', { name: `Mise à jour rapide de ${ref}` }).click();
      const form = page.getByRole('form', { name: 'Mettre à jour' });
      await form.getByLabel(/^Statut/).selectOption('IN_PROGRESS');
      await form.getByLabel('Avancement (%)', { exact: true }).fill('35');
      await form.getByLabel('Date d’effet', { exact: true }).fill('2025-12-15');
      await form.getByLabel('Commentaire (ce qui a changé)', { exact: true }).fill('Point fait en comité technique (test de mise à jour rapide).');
      await form.getByRole('button', { name: 'Enregistrer' }).click();
      await form.getByRole('status').waitFor();
      const row = table.locator('tbody tr', { has: page.locator('strong', { hasText: ref }) }).first();
      await expect.poll(() => row.locator('td').nth(3).textContent()).toContain('35');
      await screenshot(page, 'my-actions-quick-update');
    } finally {
      await browser.close();
    }
  });
});
