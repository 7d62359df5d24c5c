import { DomainError } from '../../common/errors/domain-error';
import { PASSWORD_POLICY, PasswordProblem, PasswordVerdict } from '@pnq/domain';

export const emailTaken = (email: string) => new DomainError('EMAIL_TAKEN', `An account already exists for ${email}.`);
export const userNotFound = (email: string) => new DomainError('USER_NOT_FOUND', `No account for ${email}.`);
export const editorNeedsOrganisation = () =>
  new DomainError('EDITOR_NEEDS_ORGANISATION', 'An editor belongs to one organisation: give its key (e.g. "imanor").');
export const cannotDemoteLastAdmin = () =>
  new DomainError('LAST_ADMIN', 'This is the last active admin: make another admin first, so the secretariat keeps access.');

export const weakPassword = (verdict: PasswordVerdict) =>
  new DomainError('WEAK_PASSWORD', `This password is refused: ${verdict.problems.map((p) => PROBLEM_TEXT[p]).join('; ')}.`, {
    problems: verdict.problems,
    warning: verdict.warning,
    suggestions: verdict.suggestions,
  });

const PROBLEM_TEXT: Record<PasswordProblem, string> = {
  TOO_SHORT: `it has fewer than ${PASSWORD_POLICY.minLength} characters`,
  TOO_LONG: `it has more than ${PASSWORD_POLICY.maxLength} characters`,
  PERSONAL_INFO: 'it contains your e-mail address or name, or a part of them',
  DEMO_PASSWORD: 'it is the published demo password',
  TOO_GUESSABLE: 'it is too easy to guess (add words, avoid common words, dates and keyboard patterns)',
};

export const sessionNotFound = () => new DomainError('SESSION_NOT_FOUND', 'This session has already ended.');

export const localPasswordsDisabled = () =>
  new DomainError('LOCAL_PASSWORDS_DISABLED', 'Passwords are turned off on this server: sign in with the administration’s single sign-on.');
