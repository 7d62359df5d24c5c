import { DomainError } from '../../common/errors/domain-error';

export const campaignDeadlinePast = (deadline: string, today: string) =>
  new DomainError('CAMPAIGN_DEADLINE_PAST', `The deadline ${deadline} is already past (today is ${today} in Casablanca): choose a later date.`, {
    deadline,
    today,
  });

export const campaignNotFound = (id: number) => new DomainError('CAMPAIGN_NOT_FOUND', `No campaign with id ${id}.`, { id });

export const noEditorToCall = () => new DomainError('NO_ACTIVE_EDITOR', 'There is no active editor account to send the call to.');
