import { DomainError } from '../../common/domain-error';

export class ActionNotFoundError extends DomainError {
  constructor(ref: string) {
    super('ACTION_NOT_FOUND', `No action with reference "${ref}" (expected <pillar>-<code>, e.g. 1-2.3.1).`, { ref });
  }
}
