import { comparePlanRefs } from '../plan/plan-ref';
import { HealthVerdict } from './health';

/** "Due soon": on track, but due within this many days. */
export const DUE_SOON_DAYS = 90;

/**
 * Where an action stands in an owner's to-do list, most urgent first:
 * 0 overdue, 1 at risk, 2 due within 90 days, 3 stale, 4 deadline to set, 5 on track, 6 done, 7 cancelled.
 */
export function urgencyRank(verdict: Pick<HealthVerdict, 'health' | 'days' | 'dueDate'>): number {
  switch (verdict.health) {
    case 'OVERDUE':
      return 0;
    case 'AT_RISK':
      return 1;
    case 'ON_TRACK':
      return verdict.dueDate !== null && verdict.days !== null && verdict.days <= DUE_SOON_DAYS ? 2 : 5;
    case 'STALE':
      return 3;
    case 'UNSCHEDULED':
      return 4;
    case 'DONE':
      return 6;
    case 'CANCELLED':
      return 7;
  }
}

/** Sorts by urgency, then the most late / the soonest due first, then by reference. */
export function compareByUrgency<T extends { ref: string; verdict: Pick<HealthVerdict, 'health' | 'days' | 'dueDate'> }>(a: T, b: T): number {
  const rank = urgencyRank(a.verdict) - urgencyRank(b.verdict);
  if (rank !== 0) return rank;
  if (a.verdict.health === 'OVERDUE') return (b.verdict.days ?? 0) - (a.verdict.days ?? 0) || comparePlanRefs(a.ref, b.ref);
  const due = (a.verdict.dueDate ?? '9999').localeCompare(b.verdict.dueDate ?? '9999');
  return due || comparePlanRefs(a.ref, b.ref);
}
