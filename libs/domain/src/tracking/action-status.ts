import { TRACKING_FIRST_YEAR } from '../plan/plan-period';

export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'BLOCKED', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const HEALTHS = ['DONE', 'CANCELLED', 'OVERDUE', 'AT_RISK', 'ON_TRACK', 'STALE', 'UNSCHEDULED'] as const;
export type Health = (typeof HEALTHS)[number];

/** The first day the plan is followed up; recurring actions with no start year count from it. */
export const PLAN_START: string = `${TRACKING_FIRST_YEAR}-01-01`;
