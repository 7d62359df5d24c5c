import { DomainError } from '../../common/errors/domain-error';

export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const invalidReportDate = (message: string) => new DomainError('INVALID_REPORT_DATE', message);
