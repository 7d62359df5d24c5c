/**
 * Lifetimes and limits of what accounts are given by mail or to machines (docs/security.md): invitation and
 * password-reset links are single use and expire; API tokens expire after the days chosen, at most a year.
 */
export const ACCOUNT_LINKS = {
  /** An invitation link works this long after it was (re)sent. */
  invitationHours: 7 * 24,
  /** A password-reset link works this long after it was asked for. */
  resetMinutes: 60,
  /** A single sign-on round trip (to the identity provider and back) must end within this. */
  ssoFlowMinutes: 10,
} as const;

/** "Send me a link" is answered the same whatever the e-mail; these limits hold per e-mail and per address within the window. */
export const PASSWORD_RESET_THROTTLE = {
  windowSeconds: 3600,
  perEmail: 3,
  perAddress: 20,
} as const;

/** Requests within the window, and the age of the oldest of them (seconds), per e-mail and per address. */
export interface ResetRequestHistory {
  emailRequests: number;
  emailOldestAge: number | null;
  addressRequests: number;
  addressOldestAge: number | null;
}

export type ResetThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A further request is refused while either count is at its limit, until the oldest request leaves the window. */
export function passwordResetVerdict(history: ResetRequestHistory, policy = PASSWORD_RESET_THROTTLE): ResetThrottleVerdict {
  const waits: number[] = [];
  if (history.emailRequests >= policy.perEmail) waits.push(policy.windowSeconds - (history.emailOldestAge ?? 0));
  if (history.addressRequests >= policy.perAddress) waits.push(policy.windowSeconds - (history.addressOldestAge ?? 0));
  if (waits.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits))) };
}

/** What an API token may do: read (queries), record indicator values, update action statuses. */
export const API_TOKEN_SCOPES = ['READ', 'RECORD_INDICATOR_VALUES', 'UPDATE_STATUS'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const API_TOKEN_LIMITS = {
  /** Days a new token works when none is chosen, and the most that may be chosen. */
  defaultDays: 90,
  maxDays: 365,
  /** Live tokens per organisation. */
  perOrganisation: 20,
  /** What every token starts with (recognisable by secret scanners and in logs). */
  prefix: 'pnq_',
} as const;
