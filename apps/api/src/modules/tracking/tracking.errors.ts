import { DomainError } from '../../common/domain-error';

export class VersionConflictError extends DomainError {
  constructor(ref: string, expectedVersion: number, currentVersion: number) {
    super(
      'VERSION_CONFLICT',
      `Action ${ref} was updated by someone else since you opened it (you saw version ${expectedVersion}, it is now at ${currentVersion}). Nothing was saved: review the latest update and try again.`,
      { ref, expectedVersion, currentVersion },
    );
  }
}

export class RuleViolationError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}
