import { CalendarDate, isCalendarDate } from '../calendar/calendar-date';
import { trimText } from '../text/blank-text';
import { normaliseForComparison } from '../text/normalise-text';
import { unstorableTextProblem } from '../text/storable-text';
import { validateEvidenceLinks } from '../tracking/evidence-links';
import { ACTION_STATUSES, ActionStatus } from '../tracking/action-status';
import { STATUS_LABELS_FR } from '../tracking/labels-fr';

/** What a spreadsheet cell can hold once read: text, a number, a date, or nothing. */
export type CellValue = string | number | boolean | Date | null | undefined;

export type CellReading<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

const ok = <T>(value: T): CellReading<T> => ({ ok: true, value });
const problem = <T>(code: string, message: string): CellReading<T> => ({ ok: false, code, message });

/** The cell as text, without spaces or invisible characters at either end (trimText). */
function text(value: CellValue): string {
  if (value === null || value === undefined) return '';
  return trimText(String(value));
}

/** A status cell: the French label from the template's list, or the code (NOT_STARTED…). */
export function readStatusCell(value: CellValue): CellReading<ActionStatus> {
  const raw = text(value);
  if (!raw) return problem('STATUS_REQUIRED', 'The status is empty: pick one from the list.');
  const wanted = normaliseForComparison(raw);
  const found = ACTION_STATUSES.find(
    (status) => normaliseForComparison(STATUS_LABELS_FR[status]) === wanted || normaliseForComparison(status.replace('_', ' ')) === wanted || status === raw,
  );
  return found ? ok(found) : problem('INVALID_STATUS', `"${raw}" is not a status; use one of ${ACTION_STATUSES.map((s) => STATUS_LABELS_FR[s]).join(', ')}.`);
}

/** A progress cell: a whole number from 0 to 100 ("40", 40 or "40 %"). */
export function readProgressCell(value: CellValue): CellReading<number> {
  const raw = typeof value === 'number' ? value : Number(text(value).replace(/\s*%$/, '').replace(',', '.'));
  if (text(value) === '') return problem('PROGRESS_REQUIRED', 'The progress is empty: give a whole number from 0 to 100.');
  if (!Number.isFinite(raw) || !Number.isInteger(raw) || raw < 0 || raw > 100) {
    return problem('PROGRESS_OUT_OF_RANGE', `The progress "${text(value)}" is not a whole number from 0 to 100.`);
  }
  return ok(raw);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell: a spreadsheet date, "YYYY-MM-DD" or "DD/MM/YYYY"; empty means none. */
export function readDateCell(value: CellValue): CellReading<CalendarDate | null> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return problem('INVALID_DATE', 'The date cannot be read.');
    return ok(`${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`);
  }
  const raw = text(value);
  if (!raw) return ok(null);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  const date = french ? `${french[3]}-${pad(Number(french[2]))}-${pad(Number(french[1]))}` : raw;
  return isCalendarDate(date) ? ok(date) : problem('INVALID_DATE', `"${raw}" is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.`);
}

/** Evidence links: one or more links separated by spaces, commas or new lines, by the rule of validateEvidenceLinks. */
export function readLinksCell(value: CellValue): CellReading<string[]> {
  const links = text(value)
    .split(/[\s,;]+/)
    .filter(Boolean);
  const [violation] = validateEvidenceLinks(links);
  return violation ? problem('INVALID_LINK', violation.message) : ok(links);
}

/** A comment cell: free text, trimmed; text that cannot be stored (a control character, see unstorableTextProblem) is a problem. */
export function readCommentCell(value: CellValue): CellReading<string> {
  const comment = readTextCell(value);
  const why = unstorableTextProblem(comment);
  return why ? problem('INVALID_TEXT', `The comment ${why}.`) : ok(comment);
}

/** A free-text cell, trimmed. */
export function readTextCell(value: CellValue): string {
  if (value && typeof value === 'object' && !(value instanceof Date)) return '';
  return text(value);
}

/**
 * Text a spreadsheet would run as a formula when typed or pasted (=, +, @ first, the usual spreadsheet-injection
 * openings), or a tab/carriage return first. A leading minus stays allowed: "- point" lists are ordinary comments.
 */
export function isFormulaLikeText(value: CellValue): boolean {
  return typeof value === 'string' && /^\s*[=+@]|^[\t\r]/.test(value);
}

/**
 * Text as an export writes it so that no spreadsheet ever runs it: formula-like text (isFormulaLikeText) gets a
 * leading apostrophe, the spreadsheets' own mark for "this is text" — an admin's title "=HYPERLINK(…)" shows as
 * '=HYPERLINK(…) and stays inert even when the cell is edited. Other values are written as they are.
 */
export function spreadsheetSafeText<T>(value: T): T | string {
  return typeof value === 'string' && isFormulaLikeText(value) ? `'${value}` : value;
}
