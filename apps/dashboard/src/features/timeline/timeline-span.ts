import { PLAN_FIRST_YEAR, PLAN_LAST_YEAR, TRACKING_FIRST_YEAR, type DeadlineKind } from '@pnq/domain';

export interface Span {
  from: number;
  to: number;
  /** Recurring actions (from a year, continuous, annual) run to the plan's horizon. */
  recurring: boolean;
}

/**
 * The years an action occupies on the timeline: a YEAR deadline its year; a RANGE its years;
 * recurring kinds from their start (or 2024, when follow-up starts) to 2035; TBD nothing.
 */
export function timelineSpan(deadline: { kind: DeadlineKind; year: number | null; endYear: number | null }): Span | null {
  const clamp = (year: number) => Math.min(Math.max(year, PLAN_FIRST_YEAR), PLAN_LAST_YEAR);
  switch (deadline.kind) {
    case 'YEAR':
      return deadline.year === null ? null : { from: clamp(deadline.year), to: clamp(deadline.year), recurring: false };
    case 'RANGE':
      return deadline.year === null || deadline.endYear === null ? null : { from: clamp(deadline.year), to: clamp(deadline.endYear), recurring: false };
    case 'FROM_YEAR':
    case 'CONTINUOUS':
    case 'ANNUAL':
      return { from: clamp(deadline.year ?? TRACKING_FIRST_YEAR), to: PLAN_LAST_YEAR, recurring: true };
    case 'TBD':
      return null;
  }
}
