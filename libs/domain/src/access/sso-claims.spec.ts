import { describe, expect, it } from 'vitest';
import { safeReturnPath, SsoClaimMapping, ssoIdentity } from './sso-claims';

const mapping: SsoClaimMapping = { emailClaim: 'email', emailVerifiedClaim: 'email_verified', nameClaim: 'name', allowedDomains: ['mcinet.gov.ma'] };

describe('ssoIdentity', () => {
  it.each<[string, Record<string, unknown>, SsoClaimMapping, ReturnType<typeof ssoIdentity>]>([
    [
      'a verified address of an allowed domain',
      { email: 'A.Alaoui@MCINET.gov.ma', email_verified: true, name: ' Amina Alaoui ' },
      mapping,
      { ok: true, email: 'a.alaoui@mcinet.gov.ma', name: 'Amina Alaoui' },
    ],
    ['"true" as a string', { email: 'a@mcinet.gov.ma', email_verified: 'true' }, mapping, { ok: true, email: 'a@mcinet.gov.ma', name: null }],
    ['an unverified address', { email: 'a@mcinet.gov.ma', email_verified: false }, mapping, { ok: false, code: 'SSO_EMAIL_NOT_VERIFIED' }],
    ['no verification claim', { email: 'a@mcinet.gov.ma' }, mapping, { ok: false, code: 'SSO_EMAIL_NOT_VERIFIED' }],
    ['no address', { email_verified: true }, mapping, { ok: false, code: 'SSO_EMAIL_NOT_VERIFIED' }],
    ['another domain', { email: 'a@gmail.com', email_verified: true }, mapping, { ok: false, code: 'SSO_DOMAIN_NOT_ALLOWED' }],
    ['a subdomain is another domain', { email: 'a@x.mcinet.gov.ma', email_verified: true }, mapping, { ok: false, code: 'SSO_DOMAIN_NOT_ALLOWED' }],
    [
      'any domain when none is listed',
      { email: 'a@gmail.com', email_verified: true },
      { ...mapping, allowedDomains: [] },
      { ok: true, email: 'a@gmail.com', name: null },
    ],
    [
      'mapped claims',
      { upn: 'b@mcinet.gov.ma', verified: true, display: 'B' },
      { ...mapping, emailClaim: 'upn', emailVerifiedClaim: 'verified', nameClaim: 'display' },
      { ok: true, email: 'b@mcinet.gov.ma', name: 'B' },
    ],
  ])('%s', (_case, claims, map, identity) => {
    expect(ssoIdentity(claims, map)).toEqual(identity);
  });
});

describe('safeReturnPath', () => {
  it.each([
    ['/actions/1-2.1.1', '/actions/1-2.1.1'],
    ['/', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    [undefined, '/'],
    ['/a\nb', '/'],
  ])('%j → %j', (raw, path) => {
    expect(safeReturnPath(raw)).toBe(path);
  });
});
