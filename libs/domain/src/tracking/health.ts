import { CalendarDate } from '../calendar/calendar-date';
import { daysBetween, subtractYears, yearOf } from '../calendar/date-arithmetic';
import { dueDateOf } from '../deadline/due-date';
import { ParsedDeadline } from '../deadline/deadline-kind';
import { Health, PLAN_START } from './action-status';
import { ActionState } from './state-as-of';

/** An action is looked at for risk only in the last 180 days before its due date. */
export const AT_RISK_WINDOW_DAYS = 180;
/** Progress may lag the share of time elapsed by up to 20 points before the action is at risk. */
export const AT_RISK_TOLERANCE_POINTS = 20;

export interface HealthInput {
  /** The deadline in force; `dueDate` when given (a revised date) wins over the one the kind and years imply. */
  deadline: Pick<ParsedDeadline, 'kind' | 'year' | 'endYear'> & {
    dueDate?: CalendarDate | null;
    /** When the time window opens (a decision: the day it was taken). */ start?: CalendarDate;
  };
  state: Pick<ActionState, 'status' | 'progress' | 'lastUpdateDate'>;
}

export interface HealthVerdict {
  health: Health;
  /** Why, as a stable code the interface translates (see docs/rules.md). */
  reason: string;
  dueDate: CalendarDate | null;
  /** OVERDUE: days past the due date; AT_RISK / ON_TRACK with a due date: days left. */
  days: number | null;
  /** AT_RISK / ON_TRACK with a due date: the progress a straight line from start to due date expects. */
  expectedProgress: number | null;
  /** AT_RISK because of a predecessor (PREDECESSOR_OVERDUE, PREDECESSOR_DUE_LATER): its reference; otherwise null. */
  predecessorRef: string | null;
}

/** When the action's time window opens: the first year of a RANGE, otherwise the plan's start. */
function windowStart(deadline: HealthInput['deadline']): CalendarDate {
  if (deadline.start !== undefined) return deadline.start;
  if (deadline.kind === 'RANGE' && deadline.year !== null) {
    return `${deadline.year}-01-01`;
  }
  return PLAN_START;
}

/** Expected progress on a date for a straight line from the window start (0 %) to the due date (100 %). */
export function expectedProgressOn(start: CalendarDate, due: CalendarDate, asOf: CalendarDate): number {
  const total = daysBetween(start, due);
  if (total <= 0) return 100;
  const elapsed = Math.min(Math.max(daysBetween(start, asOf), 0), total);
  return Math.round((100 * elapsed) / total);
}

/**
 * The health of an action on a date (rules and their justification in docs/rules.md):
 * DONE / CANCELLED by status; UNSCHEDULED when the deadline is TBD; with a due date, OVERDUE after it,
 * AT_RISK in the last 180 days when blocked or when progress lags the straight line by more than 20 points,
 * ON_TRACK otherwise; recurring actions are STALE without an update in the last 12 months (annual ones:
 * none since 1 January of the previous year), ON_TRACK otherwise.
 */
export function healthOn(input: HealthInput, asOf: CalendarDate): HealthVerdict {
  const { deadline, state } = input;
  const dueDate = deadline.dueDate !== undefined ? deadline.dueDate : dueDateOf(deadline);
  const verdict = (health: Health, reason: string, extra: Partial<HealthVerdict> = {}): HealthVerdict => ({
    health,
    reason,
    dueDate,
    days: null,
    expectedProgress: null,
    predecessorRef: null,
    ...extra,
  });

  if (state.status === 'COMPLETED') return verdict('DONE', 'COMPLETED');
  if (state.status === 'CANCELLED') return verdict('CANCELLED', 'CANCELLED');
  if (deadline.kind === 'TBD' && !dueDate) return verdict('UNSCHEDULED', 'NO_DEADLINE');

  if (dueDate) {
    const daysLeft = daysBetween(asOf, dueDate);
    if (daysLeft < 0) return verdict('OVERDUE', 'PAST_DUE_DATE', { days: -daysLeft });
    const expectedProgress = expectedProgressOn(windowStart(deadline), dueDate, asOf);
    if (daysLeft <= AT_RISK_WINDOW_DAYS) {
      if (state.status === 'BLOCKED') return verdict('AT_RISK', 'BLOCKED_NEAR_DUE_DATE', { days: daysLeft, expectedProgress });
      if (state.progress < expectedProgress - AT_RISK_TOLERANCE_POINTS) {
        return verdict('AT_RISK', 'BEHIND_SCHEDULE', { days: daysLeft, expectedProgress });
      }
    }
    return verdict('ON_TRACK', 'WITHIN_SCHEDULE', { days: daysLeft, expectedProgress });
  }

  // Recurring: FROM_YEAR, CONTINUOUS, ANNUAL.
  const startYear = deadline.year ?? yearOf(PLAN_START);
  const start = `${startYear}-01-01`;
  if (asOf < start) return verdict('ON_TRACK', 'NOT_STARTED_YET');
  if (deadline.kind === 'ANNUAL') {
    const previousYear = yearOf(asOf) - 1;
    const reported = state.lastUpdateDate !== null && state.lastUpdateDate >= `${previousYear}-01-01`;
    if (startYear <= previousYear && !reported) return verdict('STALE', 'NO_UPDATE_FOR_PREVIOUS_YEAR');
    return verdict('ON_TRACK', 'RECENTLY_UPDATED');
  }
  const reference = state.lastUpdateDate ?? start;
  if (reference < subtractYears(asOf, 1)) return verdict('STALE', 'NO_UPDATE_IN_12_MONTHS');
  return verdict('ON_TRACK', 'RECENTLY_UPDATED');
}
