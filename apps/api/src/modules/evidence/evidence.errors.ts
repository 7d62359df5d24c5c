import { DomainError } from '../../common/errors/domain-error';

export const evidenceFileNotFound = (id: number) => new DomainError('EVIDENCE_FILE_NOT_FOUND', `There is no evidence file ${id}.`, { id });

export const evidenceFileWithdrawn = (id: number, reason: string) =>
  new DomainError('EVIDENCE_FILE_WITHDRAWN', `This file was withdrawn and is no longer offered (reason: ${reason}).`, { id });

/** The file is listed but its contents could not be read from their storage (an S3 object missing, the bucket out of reach). */
export const evidenceContentUnavailable = (id: number) =>
  new DomainError(
    'EVIDENCE_CONTENT_UNAVAILABLE',
    'The contents of this file cannot be read from the file storage just now; nothing was sent. Try again later, and tell the secretariat if it lasts.',
    { id },
  );

export const evidenceFileAlreadyWithdrawn = (id: number) =>
  new DomainError('EVIDENCE_FILE_ALREADY_WITHDRAWN', 'This file was already withdrawn; its first withdrawal is kept.', { id });

export const evidenceFileRequired = () => new DomainError('FILE_REQUIRED', 'Choose a file to send (a multipart form with one file).');

export const withdrawalReasonRequired = (message: string) => new DomainError('REASON_REQUIRED', message);

export const uploadInterrupted = () => new DomainError('BAD_USER_INPUT', 'The upload was interrupted before the end of the file; nothing was kept.');

export const evidenceEntryNotFound = (kind: string, id: string) =>
  new DomainError('EVIDENCE_ENTRY_NOT_FOUND', `There is no such entry (${kind.toLowerCase().replace('_', ' ')} ${id}) on this action.`, { kind, id });
