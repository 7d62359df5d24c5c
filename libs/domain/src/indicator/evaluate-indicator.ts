import { CalendarDate } from '../calendar/calendar-date';
import { daysBetween } from '../calendar/date-arithmetic';
import { IndicatorDefinition, IndicatorObservation, PLAN_START_DATE } from './indicator-definition';

/**
 * How far below the trajectory a value may be and still count as on track: 10 % of the distance
 * from the starting value to the target (for "1000 entités by 2035", 100 entities).
 */
export const INDICATOR_TOLERANCE_SHARE = 0.1;

export const INDICATOR_STATUSES = ['ACHIEVED', 'ON_TRACK', 'BEHIND', 'NOT_ACHIEVED', 'NO_DATA', 'NO_TARGET'] as const;
/**
 * ACHIEVED: milestone reached or target met. ON_TRACK / BEHIND: against the trajectory (with the tolerance).
 * NOT_ACHIEVED: milestone not (yet) reached. NO_DATA: a target but no value by the date. NO_TARGET: values cannot be judged (no target or no target year).
 */
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export interface IndicatorEvaluation {
  status: IndicatorStatus;
  /** The latest observation dated on or before asOf (the later entry wins on the same date). */
  latest: IndicatorObservation | null;
  achieved: boolean;
  /** Share of the way from the baseline (0 when none) to the target, in % (may exceed 100); null without target or value. */
  percentOfTarget: number | null;
  /** The value the straight line from the baseline to the target expects on asOf (LEVEL: the target itself). */
  expectedValue: number | null;
  onTrack: boolean | null;
}

/**
 * Evaluates an indicator on a date. Observations dated after asOf are ignored.
 * Quantitative: the line runs from (baselineDate or 2023-01-01, baseline or 0) to (31 December of targetYear, target);
 * a decreasing target (below the baseline) is supported. Milestone: achieved when the latest observation says so.
 */
export function evaluateIndicator(definition: IndicatorDefinition, observations: readonly IndicatorObservation[], asOf: CalendarDate): IndicatorEvaluation {
  const latest = latestAsOf(observations, asOf);
  if (definition.kind === 'MILESTONE') {
    const achieved = latest?.achieved === true;
    return { status: achieved ? 'ACHIEVED' : 'NOT_ACHIEVED', latest, achieved, percentOfTarget: null, expectedValue: null, onTrack: achieved };
  }

  const { target } = definition;
  const value = latest?.value ?? null;
  if (target === null) {
    return { status: 'NO_TARGET', latest, achieved: false, percentOfTarget: null, expectedValue: null, onTrack: null };
  }
  const start = definition.baseline ?? 0;
  const rising = target >= start;
  const achieved = value !== null && (rising ? value >= target : value <= target);
  const span = target - start;
  const percentOfTarget = value === null ? null : span === 0 ? (achieved ? 100 : 0) : round1(((value - start) / span) * 100);
  const expectedValue = expectedOn(definition, target, asOf);
  if (value === null) {
    return {
      status: expectedValue === null ? 'NO_TARGET' : 'NO_DATA',
      latest,
      achieved: false,
      percentOfTarget,
      expectedValue,
      onTrack: expectedValue === null ? null : false,
    };
  }
  if (achieved) return { status: 'ACHIEVED', latest, achieved, percentOfTarget, expectedValue, onTrack: true };
  if (expectedValue === null) return { status: 'NO_TARGET', latest, achieved, percentOfTarget, expectedValue, onTrack: null };
  const slack = INDICATOR_TOLERANCE_SHARE * Math.abs(span === 0 ? target : span);
  const onTrack = rising ? value >= expectedValue - slack : value <= expectedValue + slack;
  return { status: onTrack ? 'ON_TRACK' : 'BEHIND', latest, achieved, percentOfTarget, expectedValue, onTrack };
}

/** The latest observation on or before asOf: by date, then by order of entry. */
export function latestAsOf(observations: readonly IndicatorObservation[], asOf: CalendarDate): IndicatorObservation | null {
  let latest: IndicatorObservation | null = null;
  for (const o of observations) {
    if (o.date > asOf) continue;
    if (!latest || o.date > latest.date || (o.date === latest.date && o.version > latest.version)) latest = o;
  }
  return latest;
}

function expectedOn(definition: IndicatorDefinition, target: number, asOf: CalendarDate): number | null {
  if (definition.trajectory === 'LEVEL') return target;
  if (definition.targetYear === null) return null;
  const from = definition.baselineDate ?? PLAN_START_DATE;
  const to = `${definition.targetYear}-12-31`;
  const start = definition.baseline ?? 0;
  const total = daysBetween(from, to);
  if (total <= 0) return target;
  const share = Math.min(1, Math.max(0, daysBetween(from, asOf) / total));
  return round1(start + (target - start) * share);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Indicators counted by status; "on track" = achieved + on track. */
export interface IndicatorRollUp {
  indicators: number;
  onTrack: number;
  achieved: number;
  behind: number;
  notAchieved: number;
  noData: number;
  noTarget: number;
}

export function rollUpIndicators(statuses: readonly IndicatorStatus[]): IndicatorRollUp {
  const count = (status: IndicatorStatus) => statuses.filter((s) => s === status).length;
  return {
    indicators: statuses.length,
    onTrack: count('ON_TRACK') + count('ACHIEVED'),
    achieved: count('ACHIEVED'),
    behind: count('BEHIND'),
    notAchieved: count('NOT_ACHIEVED'),
    noData: count('NO_DATA'),
    noTarget: count('NO_TARGET'),
  };
}
