import { CalendarDate } from '../calendar/calendar-date';
import { ActionStatus, Health } from '../tracking/action-status';

/** An action on one date, as the changes between two dates compare it. */
export interface ActionOnDate {
  ref: string;
  pillarNumber: number;
  ownerIds: readonly number[];
  status: ActionStatus;
  progress: number;
  health: Health;
}

export const CHANGE_KINDS = ['COMPLETED', 'NEWLY_OVERDUE', 'NEWLY_AT_RISK', 'STATUS_MOVED', 'PROGRESS_MOVED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ActionChange {
  ref: string;
  pillarNumber: number;
  ownerIds: readonly number[];
  kinds: ChangeKind[];
  from: Pick<ActionOnDate, 'status' | 'progress' | 'health'>;
  to: Pick<ActionOnDate, 'status' | 'progress' | 'health'>;
}

/**
 * What changed for each action between two dates, from its state and health on each (both computed from the
 * append-only history, docs/rules.md §13): completed (done on the second date, not on the first), newly overdue, newly
 * at risk (that health on the second date, another on the first), its status moved, its progress moved. Actions
 * that did not change are left out; the order is the second list's (plan order).
 */
export function actionChanges(before: readonly ActionOnDate[], after: readonly ActionOnDate[]): ActionChange[] {
  const earlier = new Map(before.map((a) => [a.ref, a]));
  const changes: ActionChange[] = [];
  for (const now of after) {
    const then = earlier.get(now.ref);
    if (!then) continue;
    const kinds: ChangeKind[] = [];
    if (now.status === 'COMPLETED' && then.status !== 'COMPLETED') kinds.push('COMPLETED');
    if (now.health === 'OVERDUE' && then.health !== 'OVERDUE') kinds.push('NEWLY_OVERDUE');
    if (now.health === 'AT_RISK' && then.health !== 'AT_RISK') kinds.push('NEWLY_AT_RISK');
    if (now.status !== then.status) kinds.push('STATUS_MOVED');
    if (now.progress !== then.progress) kinds.push('PROGRESS_MOVED');
    if (kinds.length === 0) continue;
    const pick = (a: ActionOnDate) => ({ status: a.status, progress: a.progress, health: a.health });
    changes.push({ ref: now.ref, pillarNumber: now.pillarNumber, ownerIds: now.ownerIds, kinds, from: pick(then), to: pick(now) });
  }
  return changes;
}

export type ChangeCounts = Record<ChangeKind, number>;

const noChanges = (): ChangeCounts => ({ COMPLETED: 0, NEWLY_OVERDUE: 0, NEWLY_AT_RISK: 0, STATUS_MOVED: 0, PROGRESS_MOVED: 0 });

/** The changes counted per pillar and per owner organisation (an action owned by two counts for each), and in all. */
export function countChanges(changes: readonly ActionChange[]): {
  total: ChangeCounts;
  byPillar: Map<number, ChangeCounts>;
  byOrganisation: Map<number, ChangeCounts>;
} {
  const total = noChanges();
  const byPillar = new Map<number, ChangeCounts>();
  const byOrganisation = new Map<number, ChangeCounts>();
  const add = <K>(map: Map<K, ChangeCounts>, key: K, kind: ChangeKind) => {
    const counts = map.get(key) ?? noChanges();
    counts[kind] += 1;
    map.set(key, counts);
  };
  for (const change of changes) {
    for (const kind of change.kinds) {
      total[kind] += 1;
      add(byPillar, change.pillarNumber, kind);
      for (const owner of new Set(change.ownerIds)) add(byOrganisation, owner, kind);
    }
  }
  return { total, byPillar, byOrganisation };
}

/** A dated event is "between" two dates when after the first and on or before the second (the first date's state already holds it). */
export function isBetween(date: CalendarDate, from: CalendarDate, to: CalendarDate): boolean {
  return date > from && date <= to;
}
