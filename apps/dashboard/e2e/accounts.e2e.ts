import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { runSql } from './support/database';
import { INVITATION_SUBJECT, invite, linkFromOutbox } from './support/outbox';
import { signedInPage, signIn } from './support/sign-in';

const PHONE = { width: 360, height: 740 };
const STRONG = 'lanterne-orage-cedre-2035';
const NEWER = 'tortue-violette-sous-la-pluie-77';

async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  return { context, page: await context.newPage() };
}

const inviteEditor = (admin: Page, email: string, name: string) => invite(admin, inject('baseUrl'), { email, name, role: 'EDITOR', organisation: 'imanor' });

describe('accounts: invitations, passwords, sessions, single sign-on and API tokens', () => {
  let browser: Browser;
  let admin: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signedInPage(browser, inject('baseUrl'), 'admin@pnq.local');
  });
  afterAll(() => browser?.close());

  it('invites new@…: the invitee sets a password through the mailed link on a phone (a weak one refused, explained) and is signed in', async () => {
    await inviteEditor(admin, 'new@mcinet.gov.ma', 'Nadia Nouvelle');
    const pending = admin.getByTestId('invitation-new@mcinet.gov.ma');
    await pending.waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'accounts-invite');
    const link = await linkFromOutbox(admin, inject('baseUrl'), 'new@mcinet.gov.ma', INVITATION_SUBJECT, 'invitation');

    const { context, page } = await newPage(browser, PHONE);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Activer votre compte' }).waitFor();
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('aaaaaaaaaaaa');
    await page.getByTestId('password-feedback').getByText('Trop faible').waitFor();
    expect(await page.getByTestId('password-feedback').textContent()).toContain('Les caractères répétés (« aaa ») sont faciles à deviner.');
    await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill('aaaaaaaaaaaa');
    await page.getByRole('button', { name: 'Activer mon compte' }).click();
    await page.getByText('Ce mot de passe est refusé :').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-invitation-weak-password-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(STRONG);
    await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill(STRONG);
    await page.getByTestId('password-feedback').getByText('Robuste').waitFor();
    await page.getByRole('button', { name: 'Activer mon compte' }).click();
    await page.getByTestId('kpi-actions').waitFor();
    expect(await page.locator('.user-menu').textContent()).toContain('Nadia Nouvelle');
    await context.close();

    const again = await newPage(browser);
    await again.page.goto(link);
    await again.page.getByText('Ce lien d’invitation n’est plus valable').waitFor();
    await again.context.close();
  });

  it('refuses an invitation link after it has expired', async () => {
    await inviteEditor(admin, 'late@mcinet.gov.ma', 'Lina En Retard');
    const link = await linkFromOutbox(admin, inject('baseUrl'), 'late@mcinet.gov.ma', INVITATION_SUBJECT, 'invitation');
    await runSql(inject('databaseUrl'), `UPDATE account_invitation SET expires_at = now() - interval '1 second' WHERE email = 'late@mcinet.gov.ma'`);
    const { context, page } = await newPage(browser);
    await page.goto(link);
    await page.getByText('Ce lien d’invitation n’est plus valable').waitFor();
    await admin.goto(`${inject('baseUrl')}/admin/users`);
    expect(await admin.getByTestId('invitation-late@mcinet.gov.ma').textContent()).toContain('expiré le');
    await context.close();
  });

  it('changes a password: the other session ends, this one goes on', async () => {
    const phone = await newPage(browser, PHONE);
    await signIn(phone.page, inject('baseUrl'), 'new@mcinet.gov.ma', STRONG);
    await phone.page.getByTestId('kpi-actions').waitFor();
    const desk = await newPage(browser);
    await signIn(desk.page, inject('baseUrl'), 'new@mcinet.gov.ma', STRONG);
    await desk.page.getByTestId('kpi-actions').waitFor();

    await phone.page.goto(`${inject('baseUrl')}/account`);
    await phone.page.getByTestId('session-other').first().waitFor();
    await phone.page.getByLabel('Mot de passe actuel').fill(STRONG);
    await phone.page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEWER);
    await phone.page.getByLabel('Confirmez le mot de passe', { exact: true }).fill(NEWER);
    await phone.page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await phone.page.getByTestId('password-changed').waitFor();
    await expect.poll(() => phone.page.getByTestId('session-other').count()).toBe(0);
    expect(await seriousViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'accounts-security-phone');

    await desk.page.reload();
    await desk.page.getByRole('heading', { name: 'Connexion' }).waitFor(); // signed out
    await phone.page.goto(`${inject('baseUrl')}/`);
    await phone.page.getByTestId('kpi-actions').waitFor(); // still signed in
    await Promise.all([phone.context.close(), desk.context.close()]);
  });

  it('resets a forgotten password through the mailed link', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(inject('baseUrl'));
    await page.getByLabel('Adresse e-mail').fill('new@mcinet.gov.ma'); // typed on the sign-in form, then forgotten
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('new@mcinet.gov.ma'); // not typed twice
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await page.locator('[data-testid="reset-requested"], [role="alert"]').first().waitFor();
    expect(await page.locator('main').textContent()).toContain('Si un compte existe pour new@mcinet.gov.ma');
    expect(await seriousViolations(page)).toEqual([]);
    const link = await linkFromOutbox(admin, inject('baseUrl'), 'new@mcinet.gov.ma', 'réinitialisation de votre mot de passe', 'reset-password');

    await page.goto(link);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(STRONG);
    await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill(STRONG);
    await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await page.getByTestId('kpi-actions').waitFor();
    await context.close();
    const after = await newPage(browser);
    await signIn(after.page, inject('baseUrl'), 'new@mcinet.gov.ma', STRONG);
    await after.page.getByTestId('kpi-actions').waitFor();
    await after.context.close();
  });

  it('signs in through the organisation’s OpenID provider as the matched account, and refuses an unknown or unverified e-mail', async () => {
    const signInWithProvider = async (login: string) => {
      const { context, page } = await newPage(browser);
      await page.goto(inject('baseUrl'));
      await page.getByRole('link', { name: 'Continuer avec « Annuaire de test »' }).click();
      await page.waitForURL((url) => url.href.startsWith(inject('oidcIssuer')));
      await page.locator('input[name="login"]').fill(login);
      await page.locator('input[name="password"]').fill('peu importe');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.waitForURL((url) => url.href.startsWith(inject('baseUrl')));
      return { context, page };
    };
    const viewer = await signInWithProvider('viewer');
    await viewer.page.getByTestId('kpi-actions').waitFor();
    expect(await viewer.page.locator('.user-menu').textContent()).toContain('Membre du comité de pilotage (démo)');
    await viewer.context.close();

    for (const [login, message] of [
      ['stranger', 'Aucun compte ni invitation pour cette adresse'],
      ['unverified', 'L’annuaire n’a pas donné d’adresse e-mail vérifiée'],
    ]) {
      const refused = await signInWithProvider(login);
      await refused.page.getByTestId('sso-error').getByText(message).waitFor();
      expect(await refused.page.getByTestId('kpi-actions').count()).toBe(0);
      expect(await seriousViolations(refused.page)).toEqual([]);
      await screenshot(refused.page, `accounts-sso-refused-${login}`);
      await refused.context.close();
    }
  });

  it('gives an organisation a token that records a value of its own action, not another’s, and stops after revocation and expiry', async () => {
    const imanor = await signedInPage(browser, inject('baseUrl'), 'imanor@pnq.local');
    const createToken = async (name: string) => {
      await imanor.goto(`${inject('baseUrl')}/api-tokens`);
      await imanor.getByLabel('Nom (le système qui l’utilise)').fill(name);
      await imanor.getByLabel('Enregistrer des valeurs d’indicateurs').check();
      await imanor.getByRole('button', { name: 'Créer le jeton' }).click();
      return (await imanor.getByTestId('api-token-secret').textContent())!.trim();
    };
    const secret = await createToken('SI IMANOR — indicateurs');
    expect(secret).toMatch(/^pnq_/);
    expect(await seriousViolations(imanor)).toEqual([]);
    await screenshot(imanor, 'accounts-api-token');

    const call = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
      (await (
        await fetch(`${inject('baseUrl')}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
    const indicatorOf = async (ownerIs: boolean) => {
      const [row] = await runSql(
        inject('databaseUrl'),
        `SELECT i.id, i.version FROM indicator i JOIN action a ON a.id = i.action_id
          WHERE i.kind = 'QUANTITATIVE' AND $1 = EXISTS (SELECT 1 FROM action_organisation ao JOIN organisation o ON o.id = ao.organisation_id
                                                        WHERE ao.action_id = a.id AND ao.role = 'OWNER' AND o.key = 'imanor')
            AND NOT EXISTS (SELECT 1 FROM action_organisation ao JOIN organisation o ON o.id = ao.organisation_id WHERE ao.action_id = a.id AND o.key = 'imanor' AND NOT $1)
          ORDER BY i.id LIMIT 1`,
        [ownerIs],
      );
      return row as { id: number; version: number };
    };
    const record = async (token: string, indicator: { id: number; version: number }) =>
      call(token, 'mutation ($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { version } }', {
        i: { indicatorId: indicator.id, date: '2025-06-30', value: 12, comment: 'Envoyé par le SI', expectedVersion: indicator.version },
      });

    expect((await record(secret, await indicatorOf(true))).errors).toBeUndefined();
    expect((await record(secret, await indicatorOf(false))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await imanor.reload();
    const row = imanor.getByTestId('api-tokens-table').getByRole('row').filter({ hasText: 'SI IMANOR — indicateurs' });
    expect(await row.textContent()).not.toContain('jamais'); // last use shown
    await row.getByRole('button', { name: 'Révoquer le jeton SI IMANOR — indicateurs' }).click();
    await row.getByText('révoqué le').waitFor();
    expect((await record(secret, await indicatorOf(true))).errors?.[0]?.extensions?.code).toBe('API_TOKEN_INVALID');

    const expiring = await createToken('SI IMANOR — expiré');
    expect((await call(expiring, '{ pillars { number } }')).errors).toBeUndefined();
    await runSql(inject('databaseUrl'), `UPDATE api_token SET expires_at = now() - interval '1 second' WHERE name = 'SI IMANOR — expiré'`);
    expect((await record(expiring, await indicatorOf(true))).errors?.[0]?.extensions?.code).toBe('API_TOKEN_INVALID');
    await imanor.close();
  });
});
