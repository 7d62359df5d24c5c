import { DomainError } from '../../common/domain-error';

export class IndicatorNotFoundError extends DomainError {
  constructor(id: number) {
    super('INDICATOR_NOT_FOUND', `No indicator with id ${id}.`, { id });
  }
}

export class NationalIndicatorNotFoundError extends DomainError {
  constructor(key: string) {
    super('NATIONAL_INDICATOR_NOT_FOUND', `No national indicator with key "${key}".`, { key });
  }
}

export class IndicatorVersionConflictError extends DomainError {
  constructor(label: string, expectedVersion: number, currentVersion: number) {
    super(
      'VERSION_CONFLICT',
      `The indicator « ${label} » was updated by someone else since you opened it (you saw version ${expectedVersion}, it is now at ${currentVersion}). Nothing was saved: review the latest values and try again.`,
      { expectedVersion, currentVersion },
    );
  }
}

export class IndicatorRuleError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}
