import { DomainError } from '../../common/errors/domain-error';

export const invitationInvalid = () =>
  new DomainError(
    'INVITATION_INVALID',
    'This invitation link is not valid any more (already used, replaced, revoked or expired): ask the secretariat for a new one.',
  );
export const invitationNotFound = (id: number) => new DomainError('INVITATION_NOT_FOUND', `No pending invitation ${id}.`);
export const invitationPending = (email: string) =>
  new DomainError('INVITATION_PENDING', `An invitation to ${email} is already pending: resend it or revoke it.`);
export const resetLinkInvalid = () =>
  new DomainError('RESET_LINK_INVALID', 'This password-reset link is not valid any more (already used or expired): ask for a new one.');
export const passwordResetThrottled = (retryAfterSeconds: number) =>
  new DomainError(
    'PASSWORD_RESET_THROTTLED',
    `Too many password-reset requests. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute${retryAfterSeconds > 60 ? 's' : ''}.`,
    { retryAfterSeconds },
  );
