import { DomainError } from '../../common/domain-error';

export class NotASpreadsheetError extends DomainError {
  constructor(detail: string) {
    super('NOT_A_SPREADSHEET', `The file is not an Excel workbook (.xlsx): ${detail} Export the update template again and send it back filled in.`);
  }
}

export class NotAnUpdateTemplateError extends DomainError {
  constructor(detail: string) {
    super('NOT_AN_UPDATE_TEMPLATE', `The workbook is not a PNQ Tracker update template: ${detail} Download the template of your organisation and fill it in.`);
  }
}

export class ImportChangedSinceDryRunError extends DomainError {
  constructor() {
    super(
      'IMPORT_CHANGED_SINCE_DRY_RUN',
      'The file sent to apply is not the one that was checked (its fingerprint differs). Nothing was saved: run the check again on the file you want to apply.',
    );
  }
}

export class FileRequiredError extends DomainError {
  constructor() {
    super('FILE_REQUIRED', 'Send the filled template as the "file" field of a multipart form.');
  }
}
