/** How far the plan in force has moved from the plan as adopted, over some actions (docs/rules.md §11). */
export interface SlippageRollUp {
  /** Actions whose due date in force differs from the adopted one. */
  slipped: number;
  /** The sum of their slippages, in days (positive: later than adopted). */
  totalDays: number;
  /** totalDays / slipped, rounded; null when none slipped. */
  meanDays: number | null;
}

/** Rolls up the slippages (due date in force − baseline due date, in days; null when either has none) of some actions. */
export function rollUpSlippage(slippages: readonly (number | null)[]): SlippageRollUp {
  const moved = slippages.filter((days): days is number => days !== null && days !== 0);
  const totalDays = moved.reduce((sum, days) => sum + days, 0);
  return { slipped: moved.length, totalDays, meanDays: moved.length ? Math.round(totalDays / moved.length) : null };
}
