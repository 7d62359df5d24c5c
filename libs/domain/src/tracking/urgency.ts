import { comparePlanRefs } from '../plan/plan-ref';
import { Health } from './action-status';
import { HealthVerdict } from './health';

/** "Due soon": on track, but due within this many days. */
export const DUE_SOON_DAYS = 90;

/**
 * Where an action stands in an owner's to-do list, most urgent first:
 * 0 overdue, 1 at risk, 2 due within 90 days, 3 stale, 4 deadline to set, 5 on track, 6 done, 7 cancelled.
 */
const URGENCY_ORDER = ['OVERDUE', 'AT_RISK', 'DUE_SOON', 'STALE', 'UNSCHEDULED', 'ON_TRACK', 'DONE', 'CANCELLED'] as const satisfies readonly (
  Health | 'DUE_SOON'
)[];

/** The healths from the most to the least worrying (the urgency order without "due soon"): how lists sort and offer them. */
export const HEALTH_SEVERITY_ORDER: readonly Health[] = URGENCY_ORDER.filter((rank): rank is Health => rank !== 'DUE_SOON');

export function urgencyRank(verdict: Pick<HealthVerdict, 'health' | 'days' | 'dueDate'>): number {
  const dueSoon = verdict.health === 'ON_TRACK' && verdict.dueDate !== null && verdict.days !== null && verdict.days <= DUE_SOON_DAYS;
  return URGENCY_ORDER.indexOf(dueSoon ? 'DUE_SOON' : verdict.health);
}

/** Sorts healths by severity, the most worrying first. */
export function compareHealthSeverity(a: Health, b: Health): number {
  return HEALTH_SEVERITY_ORDER.indexOf(a) - HEALTH_SEVERITY_ORDER.indexOf(b);
}

/** Sorts by urgency, then the most late / the soonest due first, then by reference. */
export function compareByUrgency<T extends { ref: string; verdict: Pick<HealthVerdict, 'health' | 'days' | 'dueDate'> }>(a: T, b: T): number {
  const rank = urgencyRank(a.verdict) - urgencyRank(b.verdict);
  if (rank !== 0) return rank;
  if (a.verdict.health === 'OVERDUE') return (b.verdict.days ?? 0) - (a.verdict.days ?? 0) || comparePlanRefs(a.ref, b.ref);
  const due = (a.verdict.dueDate ?? '9999').localeCompare(b.verdict.dueDate ?? '9999');
  return due || comparePlanRefs(a.ref, b.ref);
}
