import { DomainError } from '../../common/errors/domain-error';

export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class InvalidReportDateError extends DomainError {
  constructor(message: string) {
    super('INVALID_REPORT_DATE', message);
  }
}
