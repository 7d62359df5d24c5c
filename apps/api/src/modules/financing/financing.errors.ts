import { DomainError } from '../../common/errors/domain-error';

export const financingVersionConflict = (ref: string, expectedVersion: number, currentVersion: number) =>
  new DomainError(
    'VERSION_CONFLICT',
    `The financing of ${ref} was changed by someone else since you opened it (you saw version ${expectedVersion}, it is now at ${currentVersion}). Nothing was saved: review it and try again.`,
    { expectedVersion, currentVersion },
  );

export const partnerNotFound = (key: string) =>
  new DomainError(
    'ORGANISATION_NOT_FOUND',
    `No organisation « ${key} » in the directory: choose the partner or donor from the list, or ask the secretariat to add it.`,
    { key },
  );

export const referenceRateExists = (currency: string, date: string, rate: string) =>
  new DomainError(
    'REFERENCE_RATE_EXISTS',
    `A ${currency} rate is already recorded for ${date} (${rate} MAD); rates are never rewritten — record one for another date.`,
  );

export const madNeedsNoRate = () => new DomainError('UNKNOWN_CURRENCY', 'Reference rates are recorded for EUR and USD; MAD is the unit itself.');
