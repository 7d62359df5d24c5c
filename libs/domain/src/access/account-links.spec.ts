import { describe, expect, it } from 'vitest';
import { passwordResetVerdict, ResetRequestHistory } from './account-links';

const none: ResetRequestHistory = { emailRequests: 0, emailOldestAge: null, addressRequests: 0, addressOldestAge: null };

describe('passwordResetVerdict', () => {
  it.each<[string, ResetRequestHistory, ReturnType<typeof passwordResetVerdict>]>([
    ['a first request', none, { allowed: true }],
    ['a third request for one e-mail', { ...none, emailRequests: 2, emailOldestAge: 100 }, { allowed: true }],
    [
      'a fourth request for one e-mail, the oldest 10 minutes ago',
      { ...none, emailRequests: 3, emailOldestAge: 600 },
      { allowed: false, retryAfterSeconds: 3000 },
    ],
    ['a 21st request from one address', { ...none, addressRequests: 20, addressOldestAge: 3599.5 }, { allowed: false, retryAfterSeconds: 1 }],
    [
      'both limits reached: the longer wait',
      { emailRequests: 3, emailOldestAge: 3000, addressRequests: 25, addressOldestAge: 60 },
      { allowed: false, retryAfterSeconds: 3540 },
    ],
  ])('%s', (_case, history, verdict) => {
    expect(passwordResetVerdict(history)).toEqual(verdict);
  });
});
