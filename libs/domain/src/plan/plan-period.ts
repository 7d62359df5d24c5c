import { CalendarDate, isCalendarDate } from '../calendar/calendar-date';

/** The plan's period as its document states it: from 2023 (its state of play, the start of its trajectories) to its 2035 horizon. */
export const PLAN_FIRST_YEAR = 2023;
export const PLAN_LAST_YEAR = 2035;

/** Follow-up starts in 2024: recurring actions with no start year count from it, and it is the first year a yearly report covers. */
export const TRACKING_FIRST_YEAR = 2024;

/** The years from `from` to `to`, both included; by default the plan's whole period. */
export function planYears(from: number = PLAN_FIRST_YEAR, to: number = PLAN_LAST_YEAR): number[] {
  return Array.from({ length: Math.max(to - from + 1, 0) }, (_, i) => from + i);
}

/** True for a whole year within the plan's period. */
export function isPlanYear(year: number): boolean {
  return Number.isInteger(year) && year >= PLAN_FIRST_YEAR && year <= PLAN_LAST_YEAR;
}

/** The plan's first and last days. */
export const PLAN_FIRST_DATE: CalendarDate = `${PLAN_FIRST_YEAR}-01-01`;
export const PLAN_LAST_DATE: CalendarDate = `${PLAN_LAST_YEAR}-12-31`;

/**
 * Why a date cannot be the date an export shows the plan on ("as of"), or null: a real calendar date within the
 * plan, 1 January 2023 to 31 December 2035 (not 2025-02-30, not year 0100 or 9999).
 */
export function planDateProblem(date: string): string | null {
  if (!isCalendarDate(date)) return `"${date}" is not a calendar date: write it YYYY-MM-DD (e.g. 2025-12-31)`;
  if (date < PLAN_FIRST_DATE || date > PLAN_LAST_DATE) return `${date} is outside the plan (${PLAN_FIRST_DATE} to ${PLAN_LAST_DATE})`;
  return null;
}

/**
 * Why a date cannot be the date of a yearly report, or null: a real calendar date in a year a report covers,
 * TRACKING_FIRST_YEAR (2024) to PLAN_LAST_YEAR (2035) — the same years as the report's `year`.
 */
export function reportDateProblem(date: string): string | null {
  if (!isCalendarDate(date)) return `"${date}" is not a calendar date: write it YYYY-MM-DD`;
  const year = Number(date.slice(0, 4));
  if (year < TRACKING_FIRST_YEAR || year > PLAN_LAST_YEAR)
    return `A report covers a year from ${TRACKING_FIRST_YEAR} to ${PLAN_LAST_YEAR}; ${date} is not in one`;
  return null;
}
