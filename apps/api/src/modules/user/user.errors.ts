import { DomainError } from '../../common/domain-error';

export class UserRuleError extends DomainError {}

export const emailTaken = (email: string) => new UserRuleError('EMAIL_TAKEN', `An account already exists for ${email}.`);
export const userNotFound = (email: string) => new UserRuleError('USER_NOT_FOUND', `No account for ${email}.`);
export const editorNeedsOrganisation = () =>
  new UserRuleError('EDITOR_NEEDS_ORGANISATION', 'An editor belongs to one organisation: give its key (e.g. "imanor").');
export const organisationNotFound = (key: string) => new UserRuleError('ORGANISATION_NOT_FOUND', `No organisation with key "${key}".`);
export const cannotDemoteLastAdmin = () =>
  new UserRuleError('LAST_ADMIN', 'This is the last active admin: make another admin first, so the secretariat keeps access.');
