import { INestApplication } from '@nestjs/common';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../src/app.factory';
import { createRootLogger } from '../src/common/logger';
import { postGraphql, signIn, startTestApp, testConfig } from './support/test-app';
import { inviteAccount, linkToken, outboxMail } from './support/accounts';
import { createTestDatabase } from './support/test-database';

const PASSWORD = 'pnq-demo-2035';
const NEW_PASSWORD = 'un-phare-bien-garde-2035';

describe('security headers and cookies', () => {
  it.each([
    ['plain HTTP (development, tests)', false],
    ['behind TLS (PNQ_SECURE_COOKIES=true)', true],
  ])('%s: CSP and the helmet headers on every answer; the session cookie httpOnly, SameSite=Lax, Secure only behind TLS', async (_name, secure) => {
    const testApp = await startTestApp({ config: { secureCookies: secure } });
    try {
      for (const response of [
        await fetch(`${testApp.baseUrl}/health`),
        await fetch(`${testApp.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { id } }"}' }),
      ]) {
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        expect(csp.includes('upgrade-insecure-requests')).toBe(secure);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(response.headers.get('x-powered-by')).toBeNull();
        expect(response.headers.get('strict-transport-security') !== null).toBe(secure);
      }
      const login = await postGraphql(testApp.baseUrl, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }', {
        e: 'viewer@pnq.local',
        p: PASSWORD,
      });
      const cookie = login.setCookie ?? '';
      expect(cookie).toMatch(/^pnq_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(/;\s*Secure/i.test(cookie)).toBe(secure);
    } finally {
      await testApp.close();
    }
  });
});

describe('no secrets in the logs, even at trace level', () => {
  const lines: string[] = [];
  let app: INestApplication;
  let baseUrl: string;
  let databaseUrl: string;
  beforeAll(async () => {
    const capture = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'));
    app = await createApp({ config: testConfig(), databaseUrl, logger: createRootLogger('trace', capture) });
    await app.listen(0, '127.0.0.1');
    baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(() => app.close());

  it('logs requests but never a password, a password hash, a session token, an invitation link or an API token', async () => {
    const admin = await signIn(baseUrl, 'admin@pnq.local', PASSWORD);
    const token = admin.cookie.split('=')[1];
    await signIn(baseUrl, 'viewer@pnq.local', 'not-the-password').catch(() => undefined); // a failed attempt
    await inviteAccount(baseUrl, databaseUrl, admin, { email: 'secret-keeper@pnq.local', name: 'Gardien', role: 'VIEWER' }, NEW_PASSWORD);
    const invitationToken = linkToken((await outboxMail(databaseUrl, 'secret-keeper@pnq.local', 'INVITATION')).text, 'invitation');
    const apiToken = await admin.graphql<{ createApiToken: { secret: string } }>(
      'mutation { createApiToken(input: { organisationKey: "imanor", name: "SI de test", scopes: [READ] }) { secret } }',
    );
    const secretToken = apiToken.data!.createApiToken.secret;
    await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secretToken}` },
      body: JSON.stringify({ query: '{ pillars { number } }' }),
    });
    await signIn(baseUrl, 'secret-keeper@pnq.local', NEW_PASSWORD);
    await admin.graphql('{ users { email } }');

    const logged = lines.join('');
    expect(lines.length).toBeGreaterThan(5); // requests were logged
    expect(logged).toContain('[redacted]'); // the cookie header was there, and hidden
    for (const secret of [PASSWORD, NEW_PASSWORD, 'not-the-password', token, '$argon2', invitationToken, secretToken]) expect(logged).not.toContain(secret);
  });
});
