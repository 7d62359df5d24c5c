import { DomainError } from '../../common/errors/domain-error';

export const notASpreadsheet = (detail: string) =>
  new DomainError('NOT_A_SPREADSHEET', `The file is not an Excel workbook (.xlsx): ${detail} Export the update template again and send it back filled in.`);

export const notAnUpdateTemplate = (detail: string) =>
  new DomainError(
    'NOT_AN_UPDATE_TEMPLATE',
    `The workbook is not a PNQ Tracker update template: ${detail} Download the template of your organisation and fill it in.`,
  );

export const importChangedSinceDryRun = () =>
  new DomainError(
    'IMPORT_CHANGED_SINCE_DRY_RUN',
    'The file sent to apply is not the one that was checked (its fingerprint differs). Nothing was saved: run the check again on the file you want to apply.',
  );

export const fileRequired = () => new DomainError('FILE_REQUIRED', 'Send the filled template as the "file" field of a multipart form.');

export const workbookTooLarge = (what: string, limits: { maxEntries: number; maxUnzippedBytes: number }) =>
  new DomainError(
    'WORKBOOK_TOO_LARGE',
    `The workbook is too large once unzipped: ${what}; an update template stays within ${limits.maxEntries} files and ${Math.round(limits.maxUnzippedBytes / 1024 / 1024)} MB. Nothing was saved: export the template again and fill it in.`,
  );

export const tooManyRows = (rows: number, max: number) =>
  new DomainError(
    'TOO_MANY_ROWS',
    `The sheet "Actions" has ${rows} rows; an update template has one row per action of one organisation (at most ${max}). Nothing was saved: export the template again.`,
    { rows, max },
  );

export const organisationRequired = () =>
  new DomainError('ORGANISATION_REQUIRED', 'Say which organisation’s template you want (organisation=<key>, e.g. imanor).');

export const templateOrganisationUnknown = (key: string) =>
  new DomainError('ORGANISATION_NOT_FOUND', `The template names an organisation that does not exist ("${key}").`, { key });

const DRY_RUN_PROBLEMS = {
  missing: 'no check of this very file by you was recorded',
  expired: 'your check of this file is more than {minutes} minutes old',
  used: 'your check of this file was already used to save it once',
} as const;

export const dryRunRequired = (reason: keyof typeof DRY_RUN_PROBLEMS, minutes: number) =>
  new DomainError(
    'DRY_RUN_REQUIRED',
    `Saving an import needs a check of the same file first (mode=dry-run), and ${DRY_RUN_PROBLEMS[reason].replace('{minutes}', String(minutes))}. Nothing was saved: check the file, then save.`,
    { reason },
  );

export const unstorableFileName = (problem: string) => new DomainError('BAD_USER_INPUT', `The file name ${problem}: rename the file and send it again.`);

export const workbookUnreadable = (limit: 'memory' | 'time' | 'aborted', seconds: number) =>
  new DomainError(
    'WORKBOOK_TOO_LARGE',
    limit === 'memory'
      ? 'The workbook needs more memory to read than an import is given. Nothing was saved: export the template again and fill it in.'
      : `The workbook could not be read within ${seconds} s. Nothing was saved: export the template again and fill it in.`,
  );

export const exportTooLarge = (limit: 'memory' | 'time' | 'aborted') =>
  new DomainError(
    'WORKBOOK_TOO_LARGE',
    `The spreadsheet is too large to write (${limit === 'memory' ? 'memory' : 'time'} limit of the server). Narrow the export with the explorer's filters.`,
  );
