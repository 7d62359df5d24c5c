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
