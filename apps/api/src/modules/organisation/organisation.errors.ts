import { DomainError } from '../../common/errors/domain-error';

export const organisationNotFound = (key: string) => new DomainError('ORGANISATION_NOT_FOUND', `No organisation with key "${key}".`, { key });

export const organisationsNotFound = (keys: readonly string[]) =>
  new DomainError('ORGANISATION_NOT_FOUND', `No organisation with key ${keys.map((k) => `"${k}"`).join(', ')}.`, { keys });

export const organisationKeyTaken = (key: string) => new DomainError('ORGANISATION_KEY_TAKEN', `The key "${key}" is already used.`, { key });

export const mergeSameOrganisation = () => new DomainError('MERGE_SAME_ORGANISATION', 'Choose two different organisations to merge.');
