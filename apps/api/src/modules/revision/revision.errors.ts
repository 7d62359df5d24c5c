import { DomainError } from '../../common/errors/domain-error';

export const revisionRequestNotFound = (id: number) => new DomainError('REVISION_REQUEST_NOT_FOUND', `No revision request ${id}.`, { id });
export const revisionRequestDecided = (id: number, outcome: string) =>
  new DomainError('REVISION_REQUEST_DECIDED', `Revision request ${id} was already ${outcome.toLowerCase()}: nothing changed.`, { id, outcome });
export const revisionRequestStale = (id: number, ref: string, requestedOn: number, current: number) =>
  new DomainError(
    'REVISION_REQUEST_STALE',
    `The plan in force for ${ref} changed since request ${id} was made (definition version ${requestedOn}, now ${current}): nothing changed. Reject it, or ask the owner to request again on the plan in force.`,
    { id, ref, requestedOn, current },
  );
export const definitionVersionConflict = (ref: string, expected: number, current: number) =>
  new DomainError('VERSION_CONFLICT', `The plan in force for ${ref} changed since you saw it (version ${expected}, now ${current}): nothing saved.`, {
    ref,
    expectedVersion: expected,
    currentVersion: current,
  });
export const dependencyCycle = (cycle: string[]) =>
  new DomainError('DEPENDENCY_CYCLE', `This link would close a cycle (${cycle.join(' → ')}): refused.`, { cycle });
export const dependencyNotFound = (dependent: string, predecessor: string) =>
  new DomainError('DEPENDENCY_NOT_FOUND', `${dependent} does not depend on ${predecessor}.`, { dependent, predecessor });
