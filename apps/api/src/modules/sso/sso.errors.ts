import type { ErrorCode } from '@pnq/domain';
import { DomainError } from '../../common/errors/domain-error';

export const ssoNotConfigured = () => new DomainError('SSO_NOT_CONFIGURED', 'Single sign-on is not configured on this server.');
export const ssoFailed = (why: string) => new DomainError('SSO_FAILED', `Single sign-on did not complete: ${why}`);
export const ssoRefused = (code: Extract<ErrorCode, 'SSO_EMAIL_NOT_VERIFIED' | 'SSO_DOMAIN_NOT_ALLOWED' | 'SSO_ACCOUNT_UNKNOWN'>) =>
  new DomainError(
    code,
    {
      SSO_EMAIL_NOT_VERIFIED: 'The identity provider did not give a verified e-mail address.',
      SSO_DOMAIN_NOT_ALLOWED: 'This e-mail address is not of a domain allowed to sign in here.',
      SSO_ACCOUNT_UNKNOWN: 'No active account nor pending invitation has this e-mail address: ask the CSNCA secretariat to invite you.',
    }[code],
  );
