/** How an identity provider's claims name a person's e-mail, its verification and their name (PNQ_OIDC_*_CLAIM). */
export interface SsoClaimMapping {
  emailClaim: string;
  emailVerifiedClaim: string;
  nameClaim: string;
  /** Lower-case domains the e-mail must belong to; empty: any. */
  allowedDomains: readonly string[];
}

export type SsoRefusal = 'SSO_EMAIL_NOT_VERIFIED' | 'SSO_DOMAIN_NOT_ALLOWED';

export type SsoIdentity = { ok: true; email: string; name: string | null } | { ok: false; code: SsoRefusal };

const EMAIL = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;

/**
 * Who an identity provider says signed in, as PNQ Tracker may use it: only a VERIFIED e-mail (the claim true, or
 * "true") of an allowed domain identifies a person — the account itself (role, organisation) must already exist or
 * be invited; the provider never creates one with rights.
 */
export function ssoIdentity(claims: Readonly<Record<string, unknown>>, mapping: SsoClaimMapping): SsoIdentity {
  const raw = claims[mapping.emailClaim];
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  const verified = claims[mapping.emailVerifiedClaim];
  const match = EMAIL.exec(email);
  if (!match || !(verified === true || verified === 'true')) return { ok: false, code: 'SSO_EMAIL_NOT_VERIFIED' };
  const domain = match[1];
  if (mapping.allowedDomains.length > 0 && !mapping.allowedDomains.includes(domain)) return { ok: false, code: 'SSO_DOMAIN_NOT_ALLOWED' };
  const name = claims[mapping.nameClaim];
  return { ok: true, email, name: typeof name === 'string' && name.trim() ? name.trim().slice(0, 200) : null };
}

/** Where to go after signing in: a path of this site only (never another origin: an open redirect). */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.length > 500) return '/';
  return [...raw].some((c) => c.charCodeAt(0) < 0x20) ? '/' : raw;
}
