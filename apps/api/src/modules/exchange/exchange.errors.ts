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

export class WorkbookTooLargeError extends DomainError {
  constructor(what: string, limits: { maxEntries: number; maxUnzippedBytes: number }) {
    super(
      'WORKBOOK_TOO_LARGE',
      `The workbook is too large once unzipped: ${what}; an update template stays within ${limits.maxEntries} files and ${Math.round(limits.maxUnzippedBytes / 1024 / 1024)} MB. Nothing was saved: export the template again and fill it in.`,
    );
  }
}

export class TooManyRowsError extends DomainError {
  constructor(rows: number, max: number) {
    super(
      'TOO_MANY_ROWS',
      `The sheet "Actions" has ${rows} rows; an update template has one row per action of one organisation (at most ${max}). Nothing was saved: export the template again.`,
      { rows, max },
    );
  }
}
