import { describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE, LoginAttemptHistory, loginDelaySeconds, loginThrottleVerdict } from './login-throttle';

const clean: LoginAttemptHistory = {
  pairFailures: 0,
  pairLastFailureAge: null,
  addressFailures: 0,
  addressOldestFailureAge: null,
  emailFailures: 0,
  emailOldestFailureAge: null,
  knownAddress: false,
};

describe('loginDelaySeconds', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30],
    [6, 60],
    [7, 120],
    [8, 240],
    [9, 480],
    [10, 900],
    [40, 900],
  ])('after %i failures of one e-mail from one address, waits %i s', (failures, seconds) => {
    expect(loginDelaySeconds(failures)).toBe(seconds);
  });
});

describe('loginThrottleVerdict', () => {
  it.each<[string, Partial<LoginAttemptHistory>, number | null]>([
    ['a first attempt', {}, null],
    ['4 failures from this address, the latest just now', { pairFailures: 4, pairLastFailureAge: 0 }, null],
    ['5 failures, the latest 10 s ago', { pairFailures: 5, pairLastFailureAge: 10 }, 20],
    ['5 failures, the latest 30 s ago', { pairFailures: 5, pairLastFailureAge: 30 }, null],
    ['7 failures, the latest 0.5 s ago', { pairFailures: 7, pairLastFailureAge: 0.5 }, 120],
    ['12 failures, the latest 100 s ago', { pairFailures: 12, pairLastFailureAge: 100 }, 800],
    ['99 failures from this address on other e-mails', { addressFailures: 99, addressOldestFailureAge: 10 }, null],
    ['100 failures from this address, the oldest 600 s ago', { addressFailures: 100, addressOldestFailureAge: 600 }, 3000],
    ['49 failures on this e-mail from elsewhere', { emailFailures: 49, emailOldestFailureAge: 5 }, null],
    ['50 failures on this e-mail from elsewhere, a new address', { emailFailures: 50, emailOldestFailureAge: 3000 }, 600],
    ['50 failures on this e-mail from elsewhere, an address it signed in from', { emailFailures: 50, emailOldestFailureAge: 3000, knownAddress: true }, null],
    [
      'every limit at once: the longest wait wins',
      { pairFailures: 6, pairLastFailureAge: 0, addressFailures: 100, addressOldestFailureAge: 3590, emailFailures: 60, emailOldestFailureAge: 3599 },
      60,
    ],
  ])('%s → %s', (_name, history, retryAfter) => {
    const verdict = loginThrottleVerdict({ ...clean, ...history });
    expect(verdict).toEqual(retryAfter === null ? { allowed: true } : { allowed: false, retryAfterSeconds: retryAfter });
  });

  it('never asks to wait less than a second', () => {
    expect(loginThrottleVerdict({ ...clean, pairFailures: 5, pairLastFailureAge: 29.99 })).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('keeps the per-address and per-e-mail ceilings far above what one person mistypes', () => {
    expect(LOGIN_THROTTLE.perAddress).toBeGreaterThan(LOGIN_THROTTLE.freeFailures * 10);
    expect(LOGIN_THROTTLE.perEmail).toBeGreaterThan(LOGIN_THROTTLE.freeFailures * 5);
  });
});
