import { DomainError } from '../../common/errors/domain-error';

export const emailTaken = (email: string) => new DomainError('EMAIL_TAKEN', `An account already exists for ${email}.`);
export const userNotFound = (email: string) => new DomainError('USER_NOT_FOUND', `No account for ${email}.`);
export const editorNeedsOrganisation = () =>
  new DomainError('EDITOR_NEEDS_ORGANISATION', 'An editor belongs to one organisation: give its key (e.g. "imanor").');
export const cannotDemoteLastAdmin = () =>
  new DomainError('LAST_ADMIN', 'This is the last active admin: make another admin first, so the secretariat keeps access.');
