/**
 * Sign-in throttling (docs/security.md): failures are counted per e-mail AND address, so a stranger who fails on
 * someone's account slows down only their own address; an address failing across many accounts is stopped; and an
 * account under attack from many addresses only accepts the addresses it recently signed in from.
 */
export const LOGIN_THROTTLE = {
  /** Failures older than this are forgotten. */
  windowSeconds: 3600,
  /** Failures of one e-mail from one address (since its last success) allowed without delay… */
  freeFailures: 5,
  /** …then the next attempt waits this long after the latest failure, doubled after each further failure… */
  firstDelaySeconds: 30,
  /** …up to this. */
  maxDelaySeconds: 900,
  /** Failures from one address, all e-mails together, within the window (a password spray). */
  perAddress: 100,
  /** Failures on one e-mail, all addresses together, within the window: above it, only known addresses may try. */
  perEmail: 50,
  /** An address is known for an e-mail when that account signed in from it within this many days. */
  knownAddressDays: 30,
} as const;

export type LoginThrottlePolicy = { readonly [K in keyof typeof LOGIN_THROTTLE]: number };

/** What the attempts table says about an e-mail and an address, ages in seconds (null: no such failure). */
export interface LoginAttemptHistory {
  /** Failures of this e-mail from this address since its last success, within the window. */
  pairFailures: number;
  pairLastFailureAge: number | null;
  /** Failures from this address, any e-mail, within the window, and the age of the oldest. */
  addressFailures: number;
  addressOldestFailureAge: number | null;
  /** Failures on this e-mail, any address, within the window, and the age of the oldest. */
  emailFailures: number;
  emailOldestFailureAge: number | null;
  /** This account signed in from this address within `knownAddressDays`. */
  knownAddress: boolean;
}

export type LoginThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** How long after its latest failure an e-mail + address pair waits, having failed `failures` times (0: no wait). */
export function loginDelaySeconds(failures: number, policy: LoginThrottlePolicy = LOGIN_THROTTLE): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.firstDelaySeconds * 2 ** (failures - policy.freeFailures), policy.maxDelaySeconds);
}

/** Whether one more password may be checked now, and if not, in how many seconds. */
export function loginThrottleVerdict(history: LoginAttemptHistory, policy: LoginThrottlePolicy = LOGIN_THROTTLE): LoginThrottleVerdict {
  const waits = [
    loginDelaySeconds(history.pairFailures, policy) - (history.pairLastFailureAge ?? Infinity),
    history.addressFailures >= policy.perAddress ? policy.windowSeconds - (history.addressOldestFailureAge ?? 0) : 0,
    history.emailFailures >= policy.perEmail && !history.knownAddress ? policy.windowSeconds - (history.emailOldestFailureAge ?? 0) : 0,
  ];
  const wait = Math.max(...waits);
  return wait > 0 ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) } : { allowed: true };
}
