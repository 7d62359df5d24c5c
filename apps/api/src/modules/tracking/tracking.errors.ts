import { DomainError } from '../../common/errors/domain-error';

export const versionConflict = (ref: string, expectedVersion: number, currentVersion: number) =>
  new DomainError(
    'VERSION_CONFLICT',
    `Action ${ref} was updated by someone else since you opened it (you saw version ${expectedVersion}, it is now at ${currentVersion}). Nothing was saved: review the latest update and try again.`,
    { ref, expectedVersion, currentVersion },
  );

export const commentRequired = () => new DomainError('COMMENT_REQUIRED', 'A comment cannot be empty.');

export const replyOrCorrection = () =>
  new DomainError('BAD_USER_INPUT', 'A comment either answers an earlier one or corrects one of yours, not both: give replyToId or correctsId.');
