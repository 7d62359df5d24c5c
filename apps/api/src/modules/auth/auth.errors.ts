import { DomainError } from '../../common/errors/domain-error';

export const invalidCredentials = () => new DomainError('INVALID_CREDENTIALS', 'The email or the password is not right.');

export const loginThrottled = (retryAfterSeconds: number) =>
  new DomainError(
    'LOGIN_THROTTLED',
    `Too many failed sign-in attempts. Try again in ${retryAfterSeconds < 120 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`}.`,
    { retryAfterSeconds },
  );
