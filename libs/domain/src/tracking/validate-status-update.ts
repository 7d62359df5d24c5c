import { CalendarDate, isCalendarDate } from '../calendar/calendar-date';
import { ErrorCode, StatusUpdateViolationCode } from '../errors/error-codes';
import { PLAN_START_DATE } from '../indicator/indicator-definition';
import { PLAN_LAST_YEAR } from '../plan/plan-period';
import { isBlankText } from '../text/blank-text';
import { ActionStatus } from './action-status';
import { validateEvidenceLinks } from './evidence-links';

/** No status update takes effect before the plan starts. */
export const EARLIEST_EFFECTIVE_DATE: CalendarDate = PLAN_START_DATE;

/** A next milestone falls within the plan: from the update's effective date to 31 December of its last year. */
export const LATEST_MILESTONE_DATE: CalendarDate = `${PLAN_LAST_YEAR}-12-31`;

export interface StatusUpdateDraft {
  status: ActionStatus;
  progress: number;
  comment: string;
  evidenceUrls?: readonly string[] | null;
}

export interface RuleViolation<C extends ErrorCode = ErrorCode> {
  code: C;
  message: string;
}

/**
 * The rules a status update must satisfy before it is recorded:
 * progress is a whole number 0–100; COMPLETED means 100; a comment is always required — one that shows something:
 * spaces and invisible characters alone (U+200B…) are no comment (isBlankText) — and for BLOCKED and CANCELLED it
 * is the reason; NOT_STARTED cannot claim progress; evidence links follow evidenceLinkProblem.
 */
export function validateStatusUpdate(draft: StatusUpdateDraft): RuleViolation<StatusUpdateViolationCode>[] {
  const violations: RuleViolation<StatusUpdateViolationCode>[] = [];
  if (!Number.isInteger(draft.progress) || draft.progress < 0 || draft.progress > 100) {
    violations.push({ code: 'INVALID_PROGRESS', message: 'Progress must be a whole number from 0 to 100.' });
  } else if (draft.status === 'COMPLETED' && draft.progress !== 100) {
    violations.push({ code: 'INVALID_PROGRESS', message: 'A completed action is at 100 % progress.' });
  } else if (draft.status === 'NOT_STARTED' && draft.progress !== 0) {
    violations.push({ code: 'INVALID_PROGRESS', message: 'An action not started is at 0 % progress.' });
  }
  if (isBlankText(draft.comment)) {
    const reason = draft.status === 'BLOCKED' || draft.status === 'CANCELLED';
    violations.push({
      code: reason ? 'REASON_REQUIRED' : 'COMMENT_REQUIRED',
      message: reason
        ? `A ${draft.status === 'BLOCKED' ? 'blocked' : 'cancelled'} action needs the reason in the comment.`
        : 'Every update needs a comment saying what changed.',
    });
  }
  violations.push(...validateEvidenceLinks(draft.evidenceUrls));
  return violations;
}

/** The date an update takes effect: a real calendar date, not after today (in Casablanca), not before the plan. */
export function validateEffectiveDate(effectiveDate: CalendarDate, today: CalendarDate): RuleViolation<'INVALID_EFFECTIVE_DATE'>[] {
  if (!isCalendarDate(effectiveDate)) return [{ code: 'INVALID_EFFECTIVE_DATE', message: `"${effectiveDate}" is not a calendar date (YYYY-MM-DD).` }];
  if (effectiveDate > today) {
    return [{ code: 'INVALID_EFFECTIVE_DATE', message: `The effective date ${effectiveDate} is in the future (today is ${today} in Casablanca).` }];
  }
  if (effectiveDate < EARLIEST_EFFECTIVE_DATE) {
    return [{ code: 'INVALID_EFFECTIVE_DATE', message: `The effective date ${effectiveDate} is before the plan (${EARLIEST_EFFECTIVE_DATE}).` }];
  }
  return [];
}

/** The next milestone's date, when given: a real calendar date from the update's effective date to LATEST_MILESTONE_DATE. */
export function validateNextMilestoneDate(date: CalendarDate | null | undefined, effectiveDate: CalendarDate): RuleViolation<'INVALID_MILESTONE_DATE'>[] {
  if (date === null || date === undefined) return [];
  if (!isCalendarDate(date)) return [{ code: 'INVALID_MILESTONE_DATE', message: `"${date}" is not a calendar date (YYYY-MM-DD).` }];
  if (date < effectiveDate) {
    return [{ code: 'INVALID_MILESTONE_DATE', message: `The next milestone (${date}) comes before the update it belongs to (${effectiveDate}).` }];
  }
  if (date > LATEST_MILESTONE_DATE) {
    return [{ code: 'INVALID_MILESTONE_DATE', message: `The next milestone (${date}) is after the plan ends (${LATEST_MILESTONE_DATE}).` }];
  }
  return [];
}
