import { DomainError } from '../../common/errors/domain-error';

export const actionNotFound = (ref: string) =>
  new DomainError('ACTION_NOT_FOUND', `No action with reference "${ref}" (expected <pillar>-<code>, e.g. 1-2.3.1).`, { ref });
