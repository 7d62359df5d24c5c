import { ConfigError, NodeEnv } from './app.config';

/** Single sign-on with the administration's OpenID Connect provider (authorization code + PKCE). Off unless PNQ_OIDC_ISSUER is set. */
export interface OidcConfig {
  /** The provider's issuer URL; its discovery document is read at the first sign-in. */
  issuer: string;
  clientId: string;
  /** null: a public client (PKCE only, no client authentication). */
  clientSecret: string | null;
  /** Where the provider sends the browser back: PNQ_PUBLIC_URL + /auth/oidc/callback unless set. */
  redirectUri: string;
  scopes: string;
  /** Lower-case domains a person's e-mail must belong to (empty: any). */
  allowedDomains: string[];
  /** Claims read from the ID token (or the userinfo endpoint): the e-mail, whether it is verified, the display name. */
  emailClaim: string;
  emailVerifiedClaim: string;
  nameClaim: string;
  /** What the sign-in page's button says ("Compte de l’administration"). */
  label: string;
  /** Plain-HTTP provider (tests, a provider on the same host): refused in production. */
  allowHttp: boolean;
}

const claimName = (name: string, raw: string | undefined, fallback: string): string => {
  const value = raw?.trim() || fallback;
  if (!/^[\w:./-]{1,100}$/.test(value)) throw new ConfigError(`${name} must be a claim name (got "${raw}").`);
  return value;
};

/** PNQ_OIDC_*: null when PNQ_OIDC_ISSUER is unset; a refused value stops the boot with a message saying which. */
export function loadOidc(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv, publicUrl: string): OidcConfig | null {
  const issuer = env.PNQ_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const allowHttp = env.PNQ_OIDC_ALLOW_HTTP === 'true';
  if (allowHttp && nodeEnv === 'production')
    throw new ConfigError('PNQ_OIDC_ALLOW_HTTP=true is refused in production: the provider must be reached over HTTPS.');
  if (!/^https:\/\//.test(issuer) && !(allowHttp && /^http:\/\//.test(issuer))) {
    throw new ConfigError(`PNQ_OIDC_ISSUER must be an https:// URL (got "${issuer}").`);
  }
  const clientId = env.PNQ_OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new ConfigError('PNQ_OIDC_CLIENT_ID is required with PNQ_OIDC_ISSUER.');
  const redirectUri = env.PNQ_OIDC_REDIRECT_URI?.trim() || `${publicUrl}/auth/oidc/callback`;
  if (!/^https?:\/\//.test(redirectUri)) throw new ConfigError(`PNQ_OIDC_REDIRECT_URI must be an http(s) URL (got "${redirectUri}").`);
  const allowedDomains = (env.PNQ_OIDC_ALLOWED_DOMAINS ?? '')
    .split(',')
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, ''))
    .filter((domain) => domain.length > 0);
  const invalid = allowedDomains.find((domain) => !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain));
  if (invalid) throw new ConfigError(`PNQ_OIDC_ALLOWED_DOMAINS must list domains such as mcinet.gov.ma (got "${invalid}").`);
  const scopes = env.PNQ_OIDC_SCOPES?.trim() || 'openid email profile';
  if (!scopes.split(/\s+/).includes('openid')) throw new ConfigError('PNQ_OIDC_SCOPES must include openid.');
  return {
    issuer,
    clientId,
    clientSecret: env.PNQ_OIDC_CLIENT_SECRET || null,
    redirectUri,
    scopes,
    allowedDomains,
    emailClaim: claimName('PNQ_OIDC_EMAIL_CLAIM', env.PNQ_OIDC_EMAIL_CLAIM, 'email'),
    emailVerifiedClaim: claimName('PNQ_OIDC_EMAIL_VERIFIED_CLAIM', env.PNQ_OIDC_EMAIL_VERIFIED_CLAIM, 'email_verified'),
    nameClaim: claimName('PNQ_OIDC_NAME_CLAIM', env.PNQ_OIDC_NAME_CLAIM, 'name'),
    label: env.PNQ_OIDC_LABEL?.trim() || 'Compte de l’administration',
    allowHttp,
  };
}

/** PNQ_LOCAL_PASSWORDS=false turns e-mail + password sign-in (and resets) off: only with single sign-on on. */
export function loadLocalPasswords(env: NodeJS.ProcessEnv, oidc: OidcConfig | null): boolean {
  const raw = env.PNQ_LOCAL_PASSWORDS?.trim();
  if (raw === undefined || raw === '' || raw === 'true') return true;
  if (raw !== 'false') throw new ConfigError(`PNQ_LOCAL_PASSWORDS must be true or false (got "${raw}").`);
  if (!oidc) throw new ConfigError('PNQ_LOCAL_PASSWORDS=false needs single sign-on (PNQ_OIDC_ISSUER …): nobody could sign in.');
  return false;
}
