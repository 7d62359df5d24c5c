import { DomainError } from '../../common/errors/domain-error';

export const sessionNotFound = (id: number) => new DomainError('STEERING_SESSION_NOT_FOUND', `No steering session ${id}.`, { id });
export const decisionNotFound = (id: number) => new DomainError('DECISION_NOT_FOUND', `No decision ${id}.`, { id });
export const decisionNotFollowed = (id: number) =>
  new DomainError('INVALID_DECISION', `Decision ${id} has no due date: it is recorded, not followed up.`, { id });
export const decisionVersionConflict = (id: number, expected: number, current: number) =>
  new DomainError('VERSION_CONFLICT', `Decision ${id} was updated since you saw it (version ${expected}, now ${current}): nothing saved.`, {
    id,
    expectedVersion: expected,
    currentVersion: current,
  });
