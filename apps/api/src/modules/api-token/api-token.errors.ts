import { API_TOKEN_LIMITS } from '@pnq/domain';
import { DomainError } from '../../common/errors/domain-error';

export const apiTokenInvalid = () =>
  new DomainError('API_TOKEN_INVALID', 'This API token is unknown, expired or revoked: ask the organisation’s editor or the secretariat for a new one.');
export const apiTokenScopeMissing = (needed: string) =>
  new DomainError('API_TOKEN_SCOPE', `This API token may not do this (it needs the ${needed} scope; account, token and file operations are for people).`, {
    needed,
  });
export const apiTokenNotFound = (id: number) => new DomainError('API_TOKEN_NOT_FOUND', `No API token ${id}.`);
export const tooManyApiTokens = () =>
  new DomainError('INVALID_API_TOKEN_REQUEST', `An organisation keeps at most ${API_TOKEN_LIMITS.perOrganisation} live API tokens: revoke one first.`);
