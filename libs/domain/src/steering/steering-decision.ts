import { CalendarDate, isCalendarDate } from '../calendar/calendar-date';
import { SteeringViolationCode } from '../errors/error-codes';
import { PLAN_LAST_YEAR } from '../plan/plan-period';
import { isBlankText } from '../text/blank-text';
import { healthOn, HealthVerdict } from '../tracking/health';
import { ActionState } from '../tracking/state-as-of';
import { RuleViolation } from '../tracking/validate-status-update';

export const DECISION_KINDS = ['DECISION', 'RECOMMENDATION'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface DecisionDraft {
  text: string;
  decidedOn: CalendarDate;
  dueDate: CalendarDate | null;
  responsibleOrganisationId: number | null;
}

/**
 * A decision of a session: a text that says something; taken on the session's day or after it (minutes are often
 * written later), never in the future; a due date, when given, from the day it was taken to the end of the plan, and
 * then an organisation responsible for it (a decision with a due date is followed up like an action).
 */
export function validateDecision(draft: DecisionDraft, sessionDate: CalendarDate, today: CalendarDate): RuleViolation<SteeringViolationCode>[] {
  const problem = (message: string) => [{ code: 'INVALID_DECISION' as const, message }];
  if (isBlankText(draft.text)) return problem('A decision needs its text.');
  if (!isCalendarDate(draft.decidedOn)) return problem(`"${draft.decidedOn}" is not a calendar date (YYYY-MM-DD).`);
  if (draft.decidedOn < sessionDate) return problem(`A decision of the session of ${sessionDate} cannot be taken before it (${draft.decidedOn}).`);
  if (draft.decidedOn > today) return problem(`The decision date ${draft.decidedOn} is in the future (today is ${today} in Casablanca).`);
  if (draft.dueDate === null) return [];
  if (!isCalendarDate(draft.dueDate)) return problem(`"${draft.dueDate}" is not a calendar date (YYYY-MM-DD).`);
  if (draft.dueDate < draft.decidedOn) return problem(`The due date ${draft.dueDate} is before the decision (${draft.decidedOn}).`);
  if (draft.dueDate > `${PLAN_LAST_YEAR}-12-31`) return problem(`The due date ${draft.dueDate} is after the plan (${PLAN_LAST_YEAR}-12-31).`);
  if (draft.responsibleOrganisationId === null) return problem('A decision with a due date needs an organisation responsible for it.');
  return [];
}

/**
 * The health of a followed-up decision on a date, by the action rules (docs/rules.md §4) with its time window opening
 * the day it was taken: DONE / CANCELLED by status, OVERDUE after its due date, AT_RISK in the last 180 days when
 * blocked or behind the straight line, ON_TRACK otherwise. Null before it was taken, or when it has no due date (not
 * followed up).
 */
export function decisionHealthOn(
  decision: { decidedOn: CalendarDate; dueDate: CalendarDate | null },
  state: Pick<ActionState, 'status' | 'progress' | 'lastUpdateDate'>,
  asOf: CalendarDate,
): HealthVerdict | null {
  if (decision.dueDate === null || asOf < decision.decidedOn) return null;
  const year = Number(decision.dueDate.slice(0, 4));
  return healthOn({ deadline: { kind: 'YEAR', year, endYear: null, dueDate: decision.dueDate, start: decision.decidedOn }, state }, asOf);
}
