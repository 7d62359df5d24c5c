import { CalendarDate, isCalendarDate } from '../calendar/calendar-date';
import { SteeringViolationCode } from '../errors/error-codes';
import { isBlankText } from '../text/blank-text';
import { RuleViolation } from '../tracking/validate-status-update';

/**
 * The bodies that steer the PNQ: the CSNCA in plenary, and its committees (docs/rules.md §13). A session belongs to
 * one body; "since" is that body's previous session.
 */
export const STEERING_BODIES = ['CSNCA_PLENARY', 'NORMALISATION_COMMITTEE', 'CONFORMITY_COMMITTEE', 'METROLOGY_COMMITTEE', 'ACCREDITATION_COMMITTEE'] as const;
export type SteeringBody = (typeof STEERING_BODIES)[number];

export const STEERING_BODY_LABELS_FR: Record<SteeringBody, string> = {
  CSNCA_PLENARY: 'CSNCA — séance plénière',
  NORMALISATION_COMMITTEE: 'Comité de normalisation',
  CONFORMITY_COMMITTEE: 'Comité de l’évaluation de la conformité',
  METROLOGY_COMMITTEE: 'Comité de métrologie',
  ACCREDITATION_COMMITTEE: 'Comité d’accréditation',
};

/** The earliest session the tracker records (the plan's follow-up starts in 2023). */
export const EARLIEST_SESSION_DATE: CalendarDate = '2023-01-01';
export const AGENDA_ITEMS_MAX = 30;

export interface SessionRef {
  id: number;
  body: SteeringBody;
  heldOn: CalendarDate;
}

/**
 * A session's "since" date: the date of the previous session of the same body (earlier date; on the same day, the one
 * recorded first), or null for a body's first session.
 */
export function previousSessionOf<S extends SessionRef>(sessions: readonly S[], session: SessionRef): S | null {
  let previous: S | null = null;
  for (const other of sessions) {
    if (other.body !== session.body || other.id === session.id) continue;
    const before = other.heldOn < session.heldOn || (other.heldOn === session.heldOn && other.id < session.id);
    if (!before) continue;
    if (!previous || other.heldOn > previous.heldOn || (other.heldOn === previous.heldOn && other.id > previous.id)) previous = other;
  }
  return previous;
}

export interface SessionDraft {
  heldOn: CalendarDate;
  place: string;
  agenda: readonly string[];
}

/** A session: a real date from 2023 to a year ahead of today (one may be planned), a place, at most 30 agenda items, none blank. */
export function validateSession(draft: SessionDraft, today: CalendarDate): RuleViolation<SteeringViolationCode>[] {
  const problem = (message: string) => [{ code: 'INVALID_SESSION' as const, message }];
  if (!isCalendarDate(draft.heldOn)) return problem(`"${draft.heldOn}" is not a calendar date (YYYY-MM-DD).`);
  if (draft.heldOn < EARLIEST_SESSION_DATE) return problem(`A session before ${EARLIEST_SESSION_DATE} is outside the plan’s follow-up.`);
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  if (draft.heldOn > nextYear) return problem(`A session on ${draft.heldOn} is more than a year ahead (today is ${today}).`);
  if (isBlankText(draft.place)) return problem('Say where the session is held.');
  if (draft.agenda.length > AGENDA_ITEMS_MAX) return problem(`At most ${AGENDA_ITEMS_MAX} agenda items.`);
  if (draft.agenda.some(isBlankText)) return problem('An agenda item cannot be blank.');
  return [];
}
