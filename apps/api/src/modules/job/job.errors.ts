import { DomainError } from '../../common/errors/domain-error';

export const jobNotFound = (id: string) => new DomainError('JOB_NOT_FOUND', `No job ${id} of yours exists (finished jobs are kept for a day).`, { id });

export const jobNotFinished = (id: string, state: string) =>
  new DomainError('JOB_NOT_FINISHED', `Job ${id} has no file to download yet (it is ${state.toLowerCase()}): wait until it is done.`, { id, state });

export const serverBusy = () =>
  new DomainError('SERVER_BUSY', 'The server is already doing as much of this work as it can at once. Nothing was done: try again in a minute.');

export const jobStoppedTooOften = () =>
  new DomainError(
    'INTERNAL_SERVER_ERROR',
    'The job was started three times and its server stopped each time before it finished. The secretariat can find why in the logs.',
  );
