import { GraphqlClient, postGraphql, SignedInClient } from './test-app';
import { queryDatabase } from './test-database';

/** The token of the personal link in a mail's text (an invitation or a password reset). */
export function linkToken(text: string, kind: 'invitation' | 'reset-password'): string {
  const match = new RegExp(`/${kind}#([A-Za-z0-9_-]{43})`).exec(text);
  if (!match) throw new Error(`no ${kind} link in:\n${text}`);
  return match[1];
}

/** The latest account mail of a kind to an address, as kept in the outbox (no SMTP server configured). */
export async function outboxMail(databaseUrl: string, email: string, kind: 'INVITATION' | 'PASSWORD_RESET'): Promise<{ subject: string; text: string }> {
  const [mail] = await queryDatabase<{ subject: string; text: string }>(
    databaseUrl,
    `SELECT subject, text_body AS text FROM mail_message WHERE recipient_email = $1 AND kind = $2 ORDER BY id DESC LIMIT 1`,
    [email, kind],
  );
  if (!mail) throw new Error(`no ${kind} mail to ${email} in the outbox`);
  return mail;
}

export const ACCEPT = 'mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { email role } } }';
export const INVITE = 'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { id email } }';

export interface Invitee {
  email: string;
  name: string;
  role: 'ADMIN' | 'EDITOR' | 'VIEWER';
  organisationKey?: string;
  language?: 'fr' | 'ar' | 'en';
}

/** What the secretariat and the person do: an admin invites, the person opens the link from the outbox and sets a password; signed in. */
export async function inviteAccount(baseUrl: string, databaseUrl: string, admin: GraphqlClient, invitee: Invitee, password: string): Promise<SignedInClient> {
  const invited = await admin.graphql(INVITE, { i: { language: 'fr', ...invitee } });
  if (invited.errors) throw new Error(`invitation of ${invitee.email} refused: ${JSON.stringify(invited.errors)}`);
  const token = linkToken((await outboxMail(databaseUrl, invitee.email.toLowerCase(), 'INVITATION')).text, 'invitation');
  const accepted = await postGraphql(baseUrl, ACCEPT, { i: { token, password } });
  if (accepted.errors || !accepted.setCookie) throw new Error(`invitation of ${invitee.email} not accepted: ${JSON.stringify(accepted.errors)}`);
  const cookie = accepted.setCookie.split(';')[0];
  return { cookie, graphql: (query, variables) => postGraphql(baseUrl, query, variables, cookie) };
}
