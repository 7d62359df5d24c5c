import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * The people the in-test identity provider knows, by the login typed on its sign-in page: what it says about them.
 * `viewer` is an existing PNQ account, `unverified` an existing one whose address the provider has not verified,
 * `stranger` an address with no account, `outsider` an address of a domain not allowed, `invitee` a pending invitation.
 */
export const OIDC_TEST_PEOPLE: Record<string, { email: string; email_verified: boolean; name: string }> = {
  viewer: { email: 'viewer@pnq.local', email_verified: true, name: 'Membre du comité (annuaire)' },
  unverified: { email: 'imanor@pnq.local', email_verified: false, name: 'Adresse non vérifiée' },
  stranger: { email: 'inconnu@pnq.local', email_verified: true, name: 'Personne inconnue' },
  outsider: { email: 'quelquun@exemple.org', email_verified: true, name: 'Hors domaine' },
  invitee: { email: 'invite-sso@pnq.local', email_verified: true, name: 'Invitée par l’annuaire' },
};

export const OIDC_TEST_CLIENT = { clientId: 'pnq-tracker', clientSecret: 'un-secret-de-client-pour-les-tests-seulement' };

export interface OidcTestProvider {
  issuer: string;
  /** The environment a PNQ Tracker server needs to use this provider, given its own public URL. */
  settings(publicUrl: string): Record<string, string>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider, the certified implementation) on a loopback port: authorization code with
 * PKCE required, signed ID tokens, discovery, its own sign-in page (development interactions: any login, any password;
 * the login chooses the person), consent granted without asking (this is the administration's own directory).
 */
export async function startOidcTestProvider(redirectUris: readonly string[]): Promise<OidcTestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_TEST_CLIENT.clientId,
        client_secret: OIDC_TEST_CLIENT.clientSecret,
        redirect_uris: [...redirectUris],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['des-cles-de-cookies-pour-le-fournisseur-de-test'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, id) => {
      const person = OIDC_TEST_PEOPLE[id];
      return person ? { accountId: id, claims: () => ({ sub: id, ...person }) } : undefined;
    },
    async loadExistingGrant(ctx) {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    settings: (publicUrl) => ({
      PNQ_OIDC_ISSUER: issuer,
      PNQ_OIDC_CLIENT_ID: OIDC_TEST_CLIENT.clientId,
      PNQ_OIDC_CLIENT_SECRET: OIDC_TEST_CLIENT.clientSecret,
      PNQ_OIDC_REDIRECT_URI: `${publicUrl}/auth/oidc/callback`,
      PNQ_OIDC_ALLOWED_DOMAINS: 'pnq.local',
      PNQ_OIDC_LABEL: 'Annuaire de test',
      PNQ_OIDC_ALLOW_HTTP: 'true',
    }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
