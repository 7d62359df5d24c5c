import { CalendarDate } from '../calendar/calendar-date';
import { daysBetween, yearOf } from '../calendar/date-arithmetic';
import { DeadlineKind } from '../deadline/deadline-kind';
import { dueDateOf } from '../deadline/due-date';

/** What a revision of the plan may change (see docs/rules.md §11). */
export const REVISION_KINDS = ['DEADLINE', 'CANCELLATION', 'PARTIES', 'WORDING'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** The changes one revision brings; a field left out keeps what was in force before it. */
export interface RevisionChanges {
  /** DEADLINE: the new due date (a first one where the plan printed none). */
  dueDate?: CalendarDate;
  /** CANCELLATION: the action is dropped from the plan in force. */
  cancelled?: boolean;
  /** PARTIES: the owner and partner organisations in force (keys). */
  ownerKeys?: string[];
  partnerKeys?: string[];
  /** WORDING: a reworded title and/or the sub-actions it is split into. */
  title?: string;
  subActions?: string[];
}

/** A revision as recorded (append-only): its changes take effect on its effective date. */
export interface ActionRevision {
  /** Orders revisions of the same effective date (the record's id). */
  sequence: number;
  effectiveDate: CalendarDate;
  changes: RevisionChanges;
}

/** An action's deadline: the printed one (the baseline) or the one in force, always with its due date when it has one. */
export interface DeadlineTerms {
  kind: DeadlineKind;
  year: number | null;
  endYear: number | null;
  dueDate: CalendarDate | null;
}

/** The adopted definition (the baseline, never edited by a revision). */
export interface BaselineDefinition {
  deadline: Pick<DeadlineTerms, 'kind' | 'year' | 'endYear'>;
  title: string;
  subActions: string[];
  ownerKeys: string[];
  partnerKeys: string[];
}

/** The definition in force on a date: the baseline with every revision effective by then applied, in order. */
export interface DefinitionInForce {
  deadline: DeadlineTerms;
  cancelled: boolean;
  title: string;
  subActions: string[];
  ownerKeys: string[];
  partnerKeys: string[];
  /** How many revisions are in force (0: the baseline as adopted). */
  revisionCount: number;
}

/** The baseline's deadline with its due date (31 December of the (last) year; none for recurring or TBD). */
export function baselineDeadline(deadline: BaselineDefinition['deadline']): DeadlineTerms {
  return { kind: deadline.kind, year: deadline.year, endYear: deadline.endYear, dueDate: dueDateOf(deadline) };
}

/**
 * A new due date applied to a deadline: a range keeps its first year (its time window opens then) and ends in the
 * new date's year; anything else (a year, a recurring or a TBD deadline) becomes a deadline in the new date's year.
 */
export function withDueDate(deadline: DeadlineTerms, dueDate: CalendarDate): DeadlineTerms {
  if (deadline.kind === 'RANGE' && deadline.year !== null && deadline.year <= yearOf(dueDate)) {
    return { kind: 'RANGE', year: deadline.year, endYear: yearOf(dueDate), dueDate };
  }
  return { kind: 'YEAR', year: yearOf(dueDate), endYear: null, dueDate };
}

/** Revisions in the order they apply: by effective date, then as recorded. */
export function revisionOrder(a: ActionRevision, b: ActionRevision): number {
  return a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : a.sequence - b.sequence;
}

/** The definition in force on a date: revisions effective after it are ignored; later ones win field by field. */
export function definitionInForce(baseline: BaselineDefinition, revisions: readonly ActionRevision[], asOf: CalendarDate): DefinitionInForce {
  const inForce: DefinitionInForce = {
    deadline: baselineDeadline(baseline.deadline),
    cancelled: false,
    title: baseline.title,
    subActions: [...baseline.subActions],
    ownerKeys: [...baseline.ownerKeys],
    partnerKeys: [...baseline.partnerKeys],
    revisionCount: 0,
  };
  for (const revision of [...revisions].sort(revisionOrder)) {
    if (revision.effectiveDate > asOf) break;
    const { changes } = revision;
    if (changes.dueDate !== undefined) inForce.deadline = withDueDate(inForce.deadline, changes.dueDate);
    if (changes.cancelled !== undefined) inForce.cancelled = changes.cancelled;
    if (changes.title !== undefined) inForce.title = changes.title;
    if (changes.subActions !== undefined) inForce.subActions = [...changes.subActions];
    if (changes.ownerKeys !== undefined) inForce.ownerKeys = [...changes.ownerKeys];
    if (changes.partnerKeys !== undefined) inForce.partnerKeys = [...changes.partnerKeys];
    inForce.revisionCount += 1;
  }
  return inForce;
}

/**
 * Slippage: the due date in force minus the baseline's, in days (positive: later than adopted). None when either has
 * no due date (a deadline first set where the plan printed none has no slippage: there was nothing to slip from).
 */
export function slippageDays(baselineDue: CalendarDate | null, inForceDue: CalendarDate | null): number | null {
  if (baselineDue === null || inForceDue === null) return null;
  return daysBetween(baselineDue, inForceDue);
}
