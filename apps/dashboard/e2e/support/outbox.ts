import type { Page } from 'playwright-core';

/** The personal link in an account mail, as an admin reads it in the Outbox (no SMTP server in the browser tests). */
export async function linkFromOutbox(admin: Page, baseUrl: string, recipient: string, subject: string, path: 'invitation' | 'reset-password'): Promise<string> {
  await admin.goto(`${baseUrl}/outbox`);
  const row = admin.getByTestId('outbox-table').getByRole('row').filter({ hasText: recipient }).filter({ hasText: subject }).first();
  await row.waitFor();
  await row.getByText(subject).click();
  const text = (await row.locator('pre').textContent()) ?? '';
  const link = new RegExp(`https?://[^\\s]+/${path}#[A-Za-z0-9_-]{43}`).exec(text)?.[0];
  if (!link) throw new Error(`no ${path} link in the mail to ${recipient}:\n${text}`);
  return link;
}

/** An admin invites a person from Administration → Utilisateurs. */
export async function invite(admin: Page, baseUrl: string, person: { email: string; name: string; role: string; organisation?: string }): Promise<void> {
  await admin.goto(`${baseUrl}/admin/users`);
  const form = admin.getByRole('form', { name: 'Inviter une personne' });
  await form.getByLabel('Nom', { exact: true }).fill(person.name);
  await form.getByLabel('Adresse e-mail', { exact: true }).fill(person.email);
  await form.getByRole('combobox', { name: /^Rôle/ }).selectOption(person.role);
  if (person.organisation) await form.getByRole('combobox', { name: /^Organisation/ }).selectOption(person.organisation);
  await form.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await form.getByText(`Invitation envoyée à ${person.email}.`).waitFor();
}

export const INVITATION_SUBJECT = 'votre invitation au suivi';
