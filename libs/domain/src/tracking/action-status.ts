export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'BLOCKED', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const HEALTHS = ['DONE', 'CANCELLED', 'OVERDUE', 'AT_RISK', 'ON_TRACK', 'STALE', 'UNSCHEDULED'] as const;
export type Health = (typeof HEALTHS)[number];

/** The first day the plan runs; recurring actions with no start year count from it. */
export const PLAN_START: string = '2024-01-01';
