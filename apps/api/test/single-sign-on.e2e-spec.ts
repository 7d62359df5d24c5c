import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, INVITE } from './support/accounts';
import { CookieWalker } from './support/browser-less';
import { freePort } from './support/free-port';
import { startOidcTestProvider, OidcTestProvider } from './support/oidc-test-provider';
import { configFromEnv, postGraphql, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

/**
 * Single sign-on against a REAL OpenID provider started here (oidc-provider): the code flow with PKCE, through the
 * provider's own sign-in page, back to PNQ Tracker, which matches the person by verified e-mail to an account or an
 * invitation — or refuses them.
 */
describe('single sign-on with an OpenID Connect provider', () => {
  let provider: OidcTestProvider;
  let app: TestApp;
  let publicUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcTestProvider([`${publicUrl}/auth/oidc/callback`]);
    app = await startTestApp({
      fullConfig: configFromEnv({ NODE_ENV: 'test', PORT: String(port), PNQ_PUBLIC_URL: publicUrl, ...provider.settings(publicUrl) }),
      port,
    });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  /** Starts at PNQ Tracker's sign-in route, signs in at the provider as `login`, and comes back. */
  async function signInThroughProvider(login: string, returnTo = '/plan') {
    const browser = new CookieWalker();
    const toProvider = await browser.follow(`${publicUrl}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
    const page = await toProvider.response.text();
    expect(toProvider.visited[1]).toMatch(new RegExp(`^${provider.issuer}/auth\\?`));
    const authorize = new URL(toProvider.visited[1]);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const action = /action="([^"]+)"/.exec(page)![1];
    const back = await browser.follow(new URL(action, provider.issuer).href, { method: 'POST', form: { prompt: 'login', login, password: 'peu importe' } });
    const landing = new URL(back.visited[back.visited.length - 1]);
    const session = browser.cookie(new URL(publicUrl).host, 'pnq_session');
    const me = session
      ? await postGraphql<{ me: { email: string; role: string } | null }>(publicUrl, '{ me { email role } }', {}, `pnq_session=${session}`)
      : null;
    return { landing, me: me?.data?.me ?? null, visited: back.visited };
  }

  it('says how one may sign in', async () => {
    const { data } = await app.graphql('{ authMethods { localPasswords singleSignOn { label loginPath } } }');
    expect(data).toEqual({ authMethods: { localPasswords: true, singleSignOn: { label: 'Annuaire de test', loginPath: '/auth/oidc/login' } } });
  });

  it('signs in the existing account whose verified e-mail the provider gives, and returns where the person was going', async () => {
    const { landing, me, visited } = await signInThroughProvider('viewer', '/plan');
    expect(visited.some((url) => url.startsWith(`${publicUrl}/auth/oidc/callback?code=`))).toBe(true);
    expect(landing.pathname).toBe('/plan');
    expect(me).toEqual({ email: 'viewer@pnq.local', role: 'VIEWER' });
    const [event] = await queryDatabase<{ operation: string }>(
      app.databaseUrl,
      `SELECT operation FROM audit_event WHERE operation = 'ssoLogin' ORDER BY id DESC LIMIT 1`,
    );
    expect(event.operation).toBe('ssoLogin');
  });

  it.each([
    ['unverified', 'SSO_EMAIL_NOT_VERIFIED'],
    ['stranger', 'SSO_ACCOUNT_UNKNOWN'],
    ['outsider', 'SSO_DOMAIN_NOT_ALLOWED'],
  ])('refuses “%s” with %s, back on the sign-in page and signed in as nobody', async (login, code) => {
    const { landing, me } = await signInThroughProvider(login);
    expect(landing.pathname).toBe('/');
    expect(landing.searchParams.get('sso_error')).toBe(code);
    expect(me).toBeNull();
  });

  it('accepts a pending invitation for the verified address: the account has the role the secretariat chose, and no password', async () => {
    const admin = await app.signIn('admin@pnq.local');
    expect(
      (await admin.graphql(INVITE, { i: { email: 'invite-sso@pnq.local', name: 'Invitée', role: 'EDITOR', organisationKey: 'imanor', language: 'ar' } }))
        .errors,
    ).toBeUndefined();
    const { me } = await signInThroughProvider('invitee');
    expect(me).toEqual({ email: 'invite-sso@pnq.local', role: 'EDITOR' });
    const [account] = await queryDatabase<{ hash: string | null; name: string; language: string }>(
      app.databaseUrl,
      `SELECT password_hash AS hash, name, language FROM app_user WHERE email = 'invite-sso@pnq.local'`,
    );
    expect(account).toEqual({ hash: null, name: 'Invitée par l’annuaire', language: 'ar' });
    expect((await admin.graphql<{ invitations: { email: string }[] }>('{ invitations { email } }')).data!.invitations.map((i) => i.email)).not.toContain(
      'invite-sso@pnq.local',
    );
  });

  it('refuses a callback that did not start in this browser (no binding cookie), and a replayed one', async () => {
    const browser = new CookieWalker();
    const start = await browser.request(`${publicUrl}/auth/oidc/login`);
    const forged = await fetch(`${publicUrl}/auth/oidc/callback?code=abc&state=xyz`, { redirect: 'manual' });
    expect(forged.headers.get('location')).toBe('/?sso_error=SSO_FAILED');
    expect(start.status).toBe(302);
  });

  it('refuses an invitation accepted with a password when passwords are off, and sign-in with a password', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const ssoOnly = await startTestApp({
      databaseUrl: app.databaseUrl,
      fullConfig: configFromEnv({ NODE_ENV: 'test', PORT: String(port), PNQ_PUBLIC_URL: url, PNQ_LOCAL_PASSWORDS: 'false', ...provider.settings(url) }),
    });
    try {
      const login = await ssoOnly.graphql('mutation { login(email: "admin@pnq.local", password: "pnq-demo-2035") { user { email } } }');
      expect(login.errors?.[0]?.extensions?.code).toBe('LOCAL_PASSWORDS_DISABLED');
      const reset = await ssoOnly.graphql('mutation { requestPasswordReset(email: "admin@pnq.local") }');
      expect(reset.errors?.[0]?.extensions?.code).toBe('LOCAL_PASSWORDS_DISABLED');
      const accept = await ssoOnly.graphql(ACCEPT, { i: { token: 'a'.repeat(43), password: 'lanterne-orage-cedre-2035' } });
      expect(accept.errors?.[0]?.extensions?.code).toBe('LOCAL_PASSWORDS_DISABLED');
      expect((await ssoOnly.graphql('{ authMethods { localPasswords } }')).data).toEqual({ authMethods: { localPasswords: false } });
    } finally {
      await ssoOnly.close();
    }
  });
});
