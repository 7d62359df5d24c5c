import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, INVITE, linkToken } from './support/accounts';
import { startSmtpSink, SmtpSink } from './support/smtp-sink';
import { DEMO_PASSWORD, GraphqlResponse, postGraphql, signIn, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const STRONG = 'lanterne-orage-cedre-2035';
const codeOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions?.code;

/** Waits for the SMTP server to have received `count` mails to an address (they leave after the answer). */
async function mailsTo(smtp: SmtpSink, address: string, count = 1) {
  await expect.poll(() => smtp.to(address).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  return smtp.to(address);
}

/** Invitations, password changes and resets by mail, sessions: through a real SMTP server started here. */
describe('accounts a ministry can run', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let admin: SignedInClient;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await startTestApp({
      config: { smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: null, password: null }, publicUrl: 'https://pnq.example.ma' },
    });
    admin = await app.signIn('admin@pnq.local');
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  describe('invitations', () => {
    it('mails a single-use link; the invitee sets their own password and is signed in with the role the admin chose', async () => {
      const invited = await admin.graphql<{ inviteUser: { id: string } }>(INVITE, {
        i: { email: 'New.Person@mcinet.gov.ma', name: 'Nouvelle Personne', role: 'EDITOR', organisationKey: 'imanor', language: 'fr' },
      });
      expect(invited.errors).toBeUndefined();
      const [mail] = await mailsTo(smtp, 'new.person@mcinet.gov.ma');
      expect(mail.subject).toBe('PNQ Tracker — votre invitation au suivi de la Politique nationale de la qualité');
      expect(mail.language).toBe('fr');
      expect(mail.text).toContain('en tant qu’éditeur pour IMANOR');
      expect(mail.text).toMatch(/https:\/\/pnq\.example\.ma\/invitation#[A-Za-z0-9_-]{43}/);
      const token = linkToken(mail.text, 'invitation');

      // What is kept: the token's hash only, and the mail log's copy has the link masked.
      const [kept] = await queryDatabase<{ text: string }>(
        app.databaseUrl,
        `SELECT text_body AS text FROM mail_message WHERE kind = 'INVITATION' ORDER BY id DESC LIMIT 1`,
      );
      expect(kept.text).not.toContain(token);
      expect(kept.text).toContain('[lien personnel, envoyé au seul destinataire]');
      expect(await queryDatabase(app.databaseUrl, `SELECT 1 FROM account_invitation WHERE token_hash = $1`, [token])).toEqual([]);

      const preview = await app.graphql('query ($t: String!) { invitation(token: $t) { email name role organisation { key } } }', { t: token });
      expect(preview.data).toEqual({
        invitation: { email: 'new.person@mcinet.gov.ma', name: 'Nouvelle Personne', role: 'EDITOR', organisation: { key: 'imanor' } },
      });

      const weak = await app.graphql(ACCEPT, { i: { token, password: 'aaaaaaaaaaaa' } });
      expect(codeOf(weak)).toBe('WEAK_PASSWORD');
      expect(weak.errors![0].extensions).toMatchObject({ problems: ['TOO_GUESSABLE'], warning: 'simpleRepeat' });
      expect(codeOf(await app.graphql(ACCEPT, { i: { token, password: 'nouvelle-personne-2035' } }))).toBe('WEAK_PASSWORD'); // their own name

      const accepted = await postGraphql<{ acceptInvitation: { user: unknown } }>(app.baseUrl, ACCEPT, { i: { token, password: STRONG } });
      expect(accepted.data!.acceptInvitation.user).toEqual({ email: 'new.person@mcinet.gov.ma', role: 'EDITOR' });
      const cookie = accepted.setCookie!.split(';')[0];
      expect((await postGraphql<{ me: { email: string } }>(app.baseUrl, '{ me { email } }', {}, cookie)).data!.me.email).toBe('new.person@mcinet.gov.ma');
      await signIn(app.baseUrl, 'new.person@mcinet.gov.ma', STRONG);

      expect(codeOf(await app.graphql(ACCEPT, { i: { token, password: 'une-autre-lanterne-2036' } }))).toBe('INVITATION_INVALID'); // used once
      const events = await queryDatabase<{ operation: string }>(
        app.databaseUrl,
        `SELECT operation FROM audit_event WHERE entity_key LIKE '%new.person@mcinet.gov.ma' ORDER BY id`,
      );
      expect(events.map((e) => e.operation)).toEqual(['inviteUser', 'acceptInvitation', 'login']);
    });

    it('refuses an expired link, lists pending invitations, resends with a new link (the old one dies) and revokes', async () => {
      const invited = await admin.graphql<{ inviteUser: { id: string } }>(INVITE, {
        i: { email: 'late@mcinet.gov.ma', name: 'En Retard', role: 'VIEWER', language: 'en' },
      });
      const first = linkToken((await mailsTo(smtp, 'late@mcinet.gov.ma'))[0].text, 'invitation');
      expect((await mailsTo(smtp, 'late@mcinet.gov.ma'))[0].subject).toBe('PNQ Tracker — your invitation to follow the National Quality Policy');
      await queryDatabase(app.databaseUrl, `UPDATE account_invitation SET expires_at = now() - interval '1 second' WHERE email = 'late@mcinet.gov.ma'`);
      expect(codeOf(await app.graphql(ACCEPT, { i: { token: first, password: STRONG } }))).toBe('INVITATION_INVALID');
      const listed = await admin.graphql<{ invitations: { email: string; expired: boolean }[] }>('{ invitations { email expired } }');
      expect(listed.data!.invitations).toContainEqual({ email: 'late@mcinet.gov.ma', expired: true });

      expect((await admin.graphql('mutation ($id: ID!) { resendInvitation(id: $id) { expired } }', { id: invited.data!.inviteUser.id })).data).toEqual({
        resendInvitation: { expired: false },
      });
      const second = linkToken((await mailsTo(smtp, 'late@mcinet.gov.ma', 2))[1].text, 'invitation');
      expect(second).not.toBe(first);
      expect(codeOf(await app.graphql(ACCEPT, { i: { token: first, password: STRONG } }))).toBe('INVITATION_INVALID');

      await admin.graphql('mutation ($id: ID!) { revokeInvitation(id: $id) { id } }', { id: invited.data!.inviteUser.id });
      expect(codeOf(await app.graphql(ACCEPT, { i: { token: second, password: STRONG } }))).toBe('INVITATION_INVALID');
      expect(codeOf(await admin.graphql('mutation ($id: ID!) { revokeInvitation(id: $id) { id } }', { id: invited.data!.inviteUser.id }))).toBe(
        'INVITATION_NOT_FOUND',
      );
    });

    it('refuses to invite an address that has an account or a pending invitation', async () => {
      expect(codeOf(await admin.graphql(INVITE, { i: { email: 'viewer@pnq.local', name: 'Doublon', role: 'VIEWER', language: 'fr' } }))).toBe('EMAIL_TAKEN');
      await admin.graphql(INVITE, { i: { email: 'twice@mcinet.gov.ma', name: 'Deux Fois', role: 'VIEWER', language: 'fr' } });
      expect(codeOf(await admin.graphql(INVITE, { i: { email: 'twice@mcinet.gov.ma', name: 'Deux Fois', role: 'VIEWER', language: 'fr' } }))).toBe(
        'INVITATION_PENDING',
      );
    });
  });

  describe('changing one’s password', () => {
    it('needs the current password, applies the rules, and ends the person’s other sessions but not this one', async () => {
      const here = await app.signIn('semac@pnq.local');
      const elsewhere = await app.signIn('semac@pnq.local');
      const CHANGE = 'mutation ($i: ChangePasswordInput!) { changeMyPassword(input: $i) }';
      expect(codeOf(await here.graphql(CHANGE, { i: { currentPassword: 'pas-le-bon', newPassword: STRONG } }))).toBe('INVALID_CREDENTIALS');
      expect(codeOf(await here.graphql(CHANGE, { i: { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD } }))).toBe('WEAK_PASSWORD');
      expect(codeOf(await here.graphql(CHANGE, { i: { currentPassword: DEMO_PASSWORD, newPassword: '123456789012' } }))).toBe('WEAK_PASSWORD');
      expect((await here.graphql(CHANGE, { i: { currentPassword: DEMO_PASSWORD, newPassword: STRONG } })).data).toEqual({ changeMyPassword: true });

      expect(codeOf(await elsewhere.graphql('{ me { email } }'))).toBeUndefined(); // `me` is public: nobody
      expect((await elsewhere.graphql<{ me: null }>('{ me { email } }')).data!.me).toBeNull();
      expect(codeOf(await elsewhere.graphql('{ pillars { number } }'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await here.graphql('{ pillars { number } }'))).toBeUndefined();
      await expect(signIn(app.baseUrl, 'semac@pnq.local', DEMO_PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
      await signIn(app.baseUrl, 'semac@pnq.local', STRONG);
    });
  });

  describe('forgotten passwords', () => {
    const REQUEST = 'mutation ($e: String!) { requestPasswordReset(email: $e) }';
    const RESET = 'mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { user { email } } }';

    it('answers the same for a known and an unknown address, mails only the known one, and the link resets the password once', async () => {
      const before = await app.signIn('cgem@pnq.local');
      expect(await app.graphql(REQUEST, { e: 'CGEM@pnq.local' })).toMatchObject({ data: { requestPasswordReset: true } });
      expect(await app.graphql(REQUEST, { e: 'personne@pnq.local' })).toMatchObject({ data: { requestPasswordReset: true } });
      const [mail] = await mailsTo(smtp, 'cgem@pnq.local');
      expect(mail.subject).toBe('PNQ Tracker — réinitialisation de votre mot de passe');
      const token = linkToken(mail.text, 'reset-password');
      expect(await queryDatabase(app.databaseUrl, `SELECT 1 FROM mail_message WHERE recipient_email = 'personne@pnq.local'`)).toEqual([]);

      expect(codeOf(await app.graphql(RESET, { i: { token, password: 'cgem-2035-xyz!' } }))).toBe('WEAK_PASSWORD'); // the link still works after
      const reset = await postGraphql<{ resetPassword: { user: { email: string } } }>(app.baseUrl, RESET, { i: { token, password: STRONG } });
      expect(reset.data!.resetPassword.user.email).toBe('cgem@pnq.local');
      expect(reset.setCookie).toContain('pnq_session=');
      expect(codeOf(await before.graphql('{ pillars { number } }'))).toBe('UNAUTHENTICATED'); // every earlier session ended
      await signIn(app.baseUrl, 'cgem@pnq.local', STRONG);
      expect(codeOf(await app.graphql(RESET, { i: { token, password: 'un-autre-cedre-orage-2036' } }))).toBe('RESET_LINK_INVALID');
    });

    it('refuses an expired link', async () => {
      await app.graphql(REQUEST, { e: 'mic@pnq.local' });
      const token = linkToken((await mailsTo(smtp, 'mic@pnq.local'))[0].text, 'reset-password');
      await queryDatabase(app.databaseUrl, `UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE email = 'mic@pnq.local'`);
      expect(codeOf(await app.graphql(RESET, { i: { token, password: STRONG } }))).toBe('RESET_LINK_INVALID');
    });

    it('throttles requests per e-mail alike for known and unknown addresses', async () => {
      for (const email of ['dpcsmq@pnq.local', 'nobody-here@pnq.local']) {
        for (let i = 0; i < 3; i++) expect(codeOf(await app.graphql(REQUEST, { e: email }))).toBeUndefined();
        const refused = await app.graphql(REQUEST, { e: email });
        expect(codeOf(refused)).toBe('PASSWORD_RESET_THROTTLED');
        expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(3000);
      }
    });
  });

  describe('sessions', () => {
    it('lists where one is signed in, and signs out one session or all', async () => {
      const browser = await app.signIn('lpee-lnm@pnq.local');
      const phone = await app.signIn('lpee-lnm@pnq.local');
      const listed = await browser.graphql<{ mySessions: { id: string; current: boolean; method: string; userAgent: string | null }[] }>(
        '{ mySessions { id current method userAgent createdAt lastSeenAt expiresAt } }',
      );
      const sessions = listed.data!.mySessions;
      expect(sessions.length).toBeGreaterThanOrEqual(2);
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ method: 'PASSWORD', userAgent: 'node' });
      const other = sessions.find((s) => !s.current)!;
      expect((await browser.graphql('mutation ($id: ID!) { signOutSession(id: $id) }', { id: other.id })).data).toEqual({ signOutSession: true });
      expect(codeOf(await phone.graphql('{ pillars { number } }'))).toBe('UNAUTHENTICATED');
      expect(codeOf(await browser.graphql('mutation ($id: ID!) { signOutSession(id: $id) }', { id: other.id }))).toBe('SESSION_NOT_FOUND');
      const someoneElses = (await admin.graphql<{ mySessions: { id: string }[] }>('{ mySessions { id } }')).data!.mySessions[0].id;
      expect(codeOf(await browser.graphql('mutation ($id: ID!) { signOutSession(id: $id) }', { id: someoneElses }))).toBe('SESSION_NOT_FOUND');
      expect((await browser.graphql<{ signOutEverywhere: number }>('mutation { signOutEverywhere }')).data!.signOutEverywhere).toBeGreaterThanOrEqual(1);
      expect(codeOf(await browser.graphql('{ pillars { number } }'))).toBe('UNAUTHENTICATED');
    });
  });
});
