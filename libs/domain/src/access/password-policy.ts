import { normaliseForComparison } from '../text/normalise-text';

/** The shared password of the demo accounts (README): it is public, so it is never accepted as anyone's own password. */
export const DEMO_PASSWORD = 'pnq-demo-2035';

/**
 * What a password must be (docs/security.md): long enough, not too long to hash, not the person's own e-mail or
 * name (nor a part of them), not the published demo password, and hard enough to guess according to the strength
 * estimator (zxcvbn-ts with the common and French dictionaries, score 0–4).
 */
export const PASSWORD_POLICY = {
  minLength: 12,
  maxLength: 200,
  /** zxcvbn's score: 3 = "safely unguessable" (about 10^8 guesses or more). */
  minScore: 3,
  /** A part of the e-mail or name this long or longer may not appear in the password. */
  personalFragmentLength: 4,
} as const;

export const PASSWORD_PROBLEMS = ['TOO_SHORT', 'TOO_LONG', 'PERSONAL_INFO', 'DEMO_PASSWORD', 'TOO_GUESSABLE'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** The estimator's verdict; `warning` and `suggestions` are zxcvbn-ts translation keys (e.g. "simpleRepeat", "anotherWord"). */
export interface StrengthEstimate {
  score: number;
  warning: string | null;
  suggestions: readonly string[];
}

/** Estimates how guessable a password is, knowing words the person's own data gives away. Injected (a pure library). */
export type StrengthEstimator = (password: string, personalWords: readonly string[]) => StrengthEstimate;

/** Whose password it is: their e-mail and display name are refused inside it. */
export interface PasswordOwner {
  email: string;
  name: string;
}

export interface PasswordVerdict {
  acceptable: boolean;
  problems: PasswordProblem[];
  /** 0–4; 0 when the password was not estimated (too long). */
  score: number;
  warning: string | null;
  suggestions: string[];
}

const fold = (text: string) => normaliseForComparison(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** The e-mail, its local part, the pieces of both, and the name and its parts: what the estimator should know about. */
export function personalWords(owner: PasswordOwner): string[] {
  const email = owner.email.trim().toLowerCase();
  const [local = '', domain = ''] = email.split('@');
  const pieces = [email, local, ...local.split(/[._+-]+/), ...domain.split('.'), owner.name, ...owner.name.split(/[\s'’.-]+/)];
  return [...new Set(pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0))];
}

/** Whether the password holds the person's e-mail, name, or a piece of them of `personalFragmentLength` characters or more. */
function containsPersonalInfo(password: string, owner: PasswordOwner): boolean {
  const folded = fold(password);
  return personalWords(owner)
    .map(fold)
    .some((fragment) => fragment.length >= PASSWORD_POLICY.personalFragmentLength && folded.includes(fragment));
}

/**
 * Judges a new password for a person. Every problem is listed (the form shows them all at once); the estimate
 * is skipped for a password over the maximum length (the estimator's cost grows with length).
 */
export function judgePassword(password: string, owner: PasswordOwner, estimate: StrengthEstimator): PasswordVerdict {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_POLICY.minLength) problems.push('TOO_SHORT');
  if (length > PASSWORD_POLICY.maxLength) problems.push('TOO_LONG');
  if (containsPersonalInfo(password, owner)) problems.push('PERSONAL_INFO');
  if (password === DEMO_PASSWORD) problems.push('DEMO_PASSWORD');
  const estimated = length > PASSWORD_POLICY.maxLength ? { score: 0, warning: null, suggestions: [] } : estimate(password, personalWords(owner));
  if (length <= PASSWORD_POLICY.maxLength && estimated.score < PASSWORD_POLICY.minScore) problems.push('TOO_GUESSABLE');
  return { acceptable: problems.length === 0, problems, score: estimated.score, warning: estimated.warning || null, suggestions: [...estimated.suggestions] };
}

/** What zxcvbn-ts's `check` returns, as far as this rule reads it. */
export interface ZxcvbnLikeResult {
  score: number;
  feedback: { warning: string | null; suggestions: string[] };
}

/** Adapts a configured zxcvbn-ts instance (API and dashboard build theirs with the same dictionaries) to a StrengthEstimator. */
export function zxcvbnEstimator(zxcvbn: { check(password: string, userInputs?: (string | number)[]): ZxcvbnLikeResult }): StrengthEstimator {
  return (password, words) => {
    const result = zxcvbn.check(password, [...words]);
    return { score: result.score, warning: result.feedback.warning, suggestions: result.feedback.suggestions };
  };
}
