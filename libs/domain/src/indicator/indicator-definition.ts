import { CalendarDate } from '../calendar/calendar-date';
import { PLAN_FIRST_YEAR } from '../plan/plan-period';

export const INDICATOR_KINDS = ['MILESTONE', 'QUANTITATIVE'] as const;
/** MILESTONE: achieved or not (with a date and evidence). QUANTITATIVE: a measured number against an optional target. */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const INDICATOR_TRAJECTORIES = ['LINEAR', 'LEVEL'] as const;
/**
 * LINEAR: a stock to build up (or run down) from the baseline to the target by the target year ("1000 entités … 2023 – 2035").
 * LEVEL: a rate or a yearly count to hold ("Taux de réponse supérieur à 70%", "… par an : 2"): the target applies at every date.
 */
export type IndicatorTrajectory = (typeof INDICATOR_TRAJECTORIES)[number];
/** The trajectory of an indicator whose definition does not name one. */
export const DEFAULT_INDICATOR_TRAJECTORY: IndicatorTrajectory = 'LINEAR';

/** What can be measured about an action's indicator (the printed label is kept beside it). */
export interface IndicatorDefinition {
  kind: IndicatorKind;
  unit: string | null;
  baseline: number | null;
  baselineDate: CalendarDate | null;
  target: number | null;
  targetYear: number | null;
  trajectory: IndicatorTrajectory;
}

/** A recorded value: a number for a quantitative indicator, achieved yes/no for a milestone. */
export interface IndicatorObservation {
  date: CalendarDate;
  value: number | null;
  achieved: boolean | null;
  /** Order of entry: when two observations share a date, the later entry wins. */
  version: number;
}

/** The PNQ's first year: a trajectory without a stated baseline date starts here. */
export const PLAN_START_DATE: CalendarDate = `${PLAN_FIRST_YEAR}-01-01`;
