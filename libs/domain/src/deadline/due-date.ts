import { CalendarDate } from '../calendar/calendar-date';
import { ParsedDeadline } from './deadline-kind';

/**
 * The date by which an action must be completed: 31 December of the year (YEAR)
 * or of the last year (RANGE). Recurring (FROM_YEAR, CONTINUOUS, ANNUAL) and TBD
 * deadlines have none.
 */
export function dueDateOf(deadline: Pick<ParsedDeadline, 'kind' | 'year' | 'endYear'>): CalendarDate | null {
  if (deadline.kind === 'YEAR' && deadline.year !== null) return `${deadline.year}-12-31`;
  if (deadline.kind === 'RANGE' && deadline.endYear !== null) return `${deadline.endYear}-12-31`;
  return null;
}
