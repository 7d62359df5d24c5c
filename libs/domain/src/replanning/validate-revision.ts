import { CalendarDate, isCalendarDate } from '../calendar/calendar-date';
import { RevisionViolationCode } from '../errors/error-codes';
import { PLAN_LAST_DATE } from '../plan/plan-period';
import { isBlankText } from '../text/blank-text';
import { RuleViolation } from '../tracking/validate-status-update';
import { DefinitionInForce, RevisionChanges, RevisionKind } from './revision';

/** The fields each kind of revision may change (and must: at least one of them). */
const FIELDS_OF: Record<RevisionKind, readonly (keyof RevisionChanges)[]> = {
  DEADLINE: ['dueDate'],
  CANCELLATION: ['cancelled'],
  PARTIES: ['ownerKeys', 'partnerKeys'],
  WORDING: ['title', 'subActions'],
};

export interface RevisionDraft {
  kind: RevisionKind;
  changes: RevisionChanges;
  justification: string;
}

/**
 * The rules a revision (requested, or made directly by the secretariat) must satisfy against the definition in force
 * when it is asked: a justification that shows something; only the fields of its kind, at least one of them; a new due
 * date that is a real date from `today` to the plan's last day and differs from the one in force; a cancellation of an
 * action not already cancelled; at least one owner; a title that is not blank. Docs: rules.md §11.
 */
export function validateRevision(draft: RevisionDraft, inForce: DefinitionInForce, today: CalendarDate): RuleViolation<RevisionViolationCode>[] {
  const violations: RuleViolation<RevisionViolationCode>[] = [];
  const invalid = (message: string) => violations.push({ code: 'INVALID_REVISION', message });
  if (isBlankText(draft.justification)) violations.push({ code: 'JUSTIFICATION_REQUIRED', message: 'Every change to the plan needs a justification.' });
  const allowed = FIELDS_OF[draft.kind];
  const given = (Object.keys(draft.changes) as (keyof RevisionChanges)[]).filter(
    (field) => draft.changes[field] !== undefined && draft.changes[field] !== null,
  );
  const foreign = given.filter((field) => !allowed.includes(field));
  if (foreign.length) invalid(`A ${draft.kind} revision cannot change ${foreign.join(', ')}.`);
  if (!given.some((field) => allowed.includes(field))) invalid(`A ${draft.kind} revision must give ${allowed.join(' or ')}.`);
  const { dueDate, cancelled, ownerKeys, title } = draft.changes;
  if (dueDate !== undefined) {
    if (!isCalendarDate(dueDate)) invalid(`"${dueDate}" is not a calendar date (YYYY-MM-DD).`);
    else if (dueDate < today) invalid(`The new deadline ${dueDate} is already past (today is ${today}).`);
    else if (dueDate > PLAN_LAST_DATE) invalid(`The new deadline ${dueDate} is after the plan ends (${PLAN_LAST_DATE}).`);
    else if (dueDate === inForce.deadline.dueDate) invalid(`${dueDate} is already the deadline in force.`);
  }
  if (cancelled === false) invalid('A cancellation revision cancels the action.');
  if (cancelled === true && inForce.cancelled) invalid('The action is already cancelled in the plan in force.');
  if (ownerKeys !== undefined && ownerKeys.length === 0) invalid('An action keeps at least one owner organisation.');
  if (title !== undefined && isBlankText(title)) invalid('A reworded action needs a title.');
  return violations;
}
