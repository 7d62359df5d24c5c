import { CalendarDate, isCalendarDate } from '../calendar/calendar-date';
import { IndicatorViolationCode } from '../errors/error-codes';
import { PLAN_FIRST_YEAR } from '../plan/plan-period';
import { validateEvidenceLinks } from '../tracking/evidence-links';
import { RuleViolation } from '../tracking/validate-status-update';
import { IndicatorDefinition, IndicatorKind } from './indicator-definition';
import { NationalValueKind } from './national-value';

/** Values and achievements may go back to 2000 (baselines before the plan), never after today. */
export const EARLIEST_INDICATOR_DATE: CalendarDate = '2000-01-01';
export const INDICATOR_COMMENT_MAX = 2000;
export const INDICATOR_SOURCE_MAX = 500;
/** A target year runs from the plan's first year to this one. */
export const INDICATOR_TARGET_YEAR_MAX = 2100;
const LARGEST_VALUE = 1e12;

export interface IndicatorValueDraft {
  date: CalendarDate;
  value?: number | null;
  achieved?: boolean | null;
  comment?: string | null;
  source?: string | null;
  evidenceUrls?: readonly string[] | null;
}

/**
 * The rules a recorded value must satisfy: a finite number for a quantitative indicator, achieved yes/no for a
 * milestone (not both); a real date neither in the future (today in Casablanca) nor before 2000; a comment and a
 * source of bounded length; evidence links that any reader can open (evidenceLinkProblem).
 */
export function validateIndicatorValue(kind: IndicatorKind, draft: IndicatorValueDraft, today: CalendarDate): RuleViolation<IndicatorViolationCode>[] {
  const violations: RuleViolation<IndicatorViolationCode>[] = [];
  if (kind === 'QUANTITATIVE') {
    if (draft.achieved !== undefined && draft.achieved !== null) {
      violations.push({ code: 'INVALID_INDICATOR_VALUE', message: 'A quantitative indicator takes a number, not achieved yes/no.' });
    } else if (draft.value === undefined || draft.value === null || !Number.isFinite(draft.value) || Math.abs(draft.value) >= LARGEST_VALUE) {
      violations.push({ code: 'INVALID_INDICATOR_VALUE', message: 'The value must be a finite number (below a thousand billion).' });
    }
  } else if (draft.value !== undefined && draft.value !== null) {
    violations.push({ code: 'INVALID_INDICATOR_VALUE', message: 'A milestone is achieved or not: record achieved yes/no, not a number.' });
  } else if (typeof draft.achieved !== 'boolean') {
    violations.push({ code: 'INVALID_INDICATOR_VALUE', message: 'Say whether the milestone is achieved (yes or no).' });
  }
  violations.push(...validateValueDate(draft.date, today));
  if ((draft.comment ?? '').length > INDICATOR_COMMENT_MAX) {
    violations.push({ code: 'COMMENT_TOO_LONG', message: `A comment is at most ${INDICATOR_COMMENT_MAX} characters.` });
  }
  if ((draft.source ?? '').length > INDICATOR_SOURCE_MAX) {
    violations.push({ code: 'SOURCE_TOO_LONG', message: `A source is at most ${INDICATOR_SOURCE_MAX} characters.` });
  }
  violations.push(...validateEvidenceLinks(draft.evidenceUrls));
  return violations;
}

/**
 * An indicator definition an admin may save: a quantitative indicator has a unit; numbers are finite; a target year
 * within 2023–2100 (PLAN_FIRST_YEAR to INDICATOR_TARGET_YEAR_MAX); a baseline date is a calendar date and comes with a baseline; a milestone carries no unit, baseline or target.
 */
export function validateIndicatorDefinition(definition: IndicatorDefinition): RuleViolation<'INVALID_INDICATOR_DEFINITION'>[] {
  const problems: string[] = [];
  const finite = (n: number | null) => n === null || Number.isFinite(n);
  if (definition.kind === 'MILESTONE') {
    if (definition.unit || definition.target !== null || definition.baseline !== null || definition.targetYear !== null) {
      problems.push('a milestone has no unit, baseline or target');
    }
  } else {
    if (!definition.unit?.trim()) problems.push('a quantitative indicator needs a unit');
    if ((definition.unit ?? '').length > 60) problems.push('the unit is at most 60 characters');
    if (!finite(definition.target) || !finite(definition.baseline)) problems.push('target and baseline must be finite numbers');
    if (
      definition.targetYear !== null &&
      (!Number.isInteger(definition.targetYear) || definition.targetYear < PLAN_FIRST_YEAR || definition.targetYear > INDICATOR_TARGET_YEAR_MAX)
    ) {
      problems.push(`the target year must be between ${PLAN_FIRST_YEAR} and ${INDICATOR_TARGET_YEAR_MAX}`);
    }
    if (definition.baselineDate !== null && !isCalendarDate(definition.baselineDate)) problems.push('the baseline date must be YYYY-MM-DD');
    if (definition.baselineDate !== null && definition.baseline === null) problems.push('a baseline date needs a baseline value');
    if (definition.targetYear !== null && definition.target === null) problems.push('a target year needs a target');
    if (definition.baselineDate && definition.targetYear !== null && definition.baselineDate > `${definition.targetYear}-12-31`) {
      problems.push('the baseline date must come before the target year');
    }
  }
  return problems.length ? [{ code: 'INVALID_INDICATOR_DEFINITION', message: `This indicator definition cannot be saved: ${problems.join('; ')}.` }] : [];
}

/** The date of a value: a real calendar date, from 2000 on, and not in the future (today in Casablanca). */
function validateValueDate(date: CalendarDate, today: CalendarDate, futureHint = ''): RuleViolation<'INVALID_VALUE_DATE'>[] {
  if (!isCalendarDate(date)) return [{ code: 'INVALID_VALUE_DATE', message: `"${date}" is not a calendar date (YYYY-MM-DD).` }];
  if (date > today) return [{ code: 'INVALID_VALUE_DATE', message: `The date ${date} is in the future (today is ${today} in Casablanca)${futureHint}.` }];
  if (date < EARLIEST_INDICATOR_DATE) return [{ code: 'INVALID_VALUE_DATE', message: `The date ${date} is before ${EARLIEST_INDICATOR_DATE}.` }];
  return [];
}

/**
 * A dated national figure: a real date from 2000 on; an ACTUAL figure is not in the future (a TARGET may be).
 */
export function validateNationalValueDate(kind: NationalValueKind, date: CalendarDate, today: CalendarDate): RuleViolation<'INVALID_VALUE_DATE'>[] {
  if (kind === 'TARGET') return validateValueDate(date, '9999-12-31');
  return validateValueDate(date, today, ': an actual figure cannot be in the future; record it as a TARGET');
}
