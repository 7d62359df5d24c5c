import { DomainError } from '../../common/errors/domain-error';

export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const invalidReportDate = (message: string) => new DomainError('INVALID_REPORT_DATE', message);

export const tooManyReports = (which: 'requester' | 'total', limit: number) =>
  new DomainError(
    'TOO_MANY_REPORTS',
    which === 'requester'
      ? `You already have ${limit} reports being prepared: wait until one is ready, then ask again.`
      : `${limit} reports are already waiting to be prepared on this server: try again in a few minutes.`,
    { limit },
  );

export const reportTooLarge = (limit: 'memory' | 'time' | 'aborted') =>
  new DomainError(
    'REPORT_TOO_LARGE',
    limit === 'memory'
      ? 'The report needs more memory than a server gives one document (PNQ_WORKER_MEMORY_MB); nothing else was affected. Ask for the Excel export of the actions instead, or ask the secretariat to raise the limit.'
      : 'The report took longer to build than a server allows (PNQ_WORKER_TIMEOUT_SECONDS); nothing else was affected. Try again later, or ask the secretariat to raise the limit.',
  );

export const reportEditionExists = (year: number) =>
  new DomainError('REPORT_EDITION_EXISTS', `The yearly report for ${year} is already final: its official edition cannot be replaced.`, { year });

export const reportEditionNotFound = (year: number) =>
  new DomainError('REPORT_EDITION_NOT_FOUND', `The yearly report for ${year} has not been marked final yet.`, { year });

export const reportYearNotClosed = (year: number, today: string) =>
  new DomainError('REPORT_YEAR_NOT_CLOSED', `${year} is not over (today is ${today}): a yearly report is marked final once its year has ended.`, { year });
