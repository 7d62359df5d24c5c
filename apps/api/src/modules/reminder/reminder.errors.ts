import { DomainError } from '../../common/domain-error';

export function campaignDeadlinePast(deadline: string, today: string): DomainError {
  return new DomainError('CAMPAIGN_DEADLINE_PAST', `The deadline ${deadline} is already past (today is ${today} in Casablanca): choose a later date.`, { deadline, today });
}

export function campaignNotFound(id: number): DomainError {
  return new DomainError('CAMPAIGN_NOT_FOUND', `No campaign with id ${id}.`, { id });
}

export function noEditorToCall(): DomainError {
  return new DomainError('NO_ACTIVE_EDITOR', 'There is no active editor account to send the call to.');
}
