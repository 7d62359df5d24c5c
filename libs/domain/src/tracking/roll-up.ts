import { ActionStatus, Health, HEALTHS, ACTION_STATUSES } from './action-status';

export interface RollUpItem {
  status: ActionStatus;
  health: Health;
  progress: number;
  /** Relative weight set by an admin; 1 by default. */
  weight: number;
}

export interface RollUp {
  actions: number;
  /** Weighted mean progress of the actions that are not cancelled (weights normalised); null when none. */
  progress: number | null;
  byStatus: Record<ActionStatus, number>;
  byHealth: Record<Health, number>;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Rolls actions up into a project, axis, pillar, organisation or the plan:
 * progress = Σ(weightᵢ × progressᵢ) / Σ weightᵢ over actions not cancelled, rounded to one decimal.
 */
export function rollUp(items: readonly RollUpItem[]): RollUp {
  const byStatus = zeroes(ACTION_STATUSES);
  const byHealth = zeroes(HEALTHS);
  let weighted = 0;
  let weights = 0;
  for (const item of items) {
    byStatus[item.status]++;
    byHealth[item.health]++;
    if (item.status === 'CANCELLED' || item.weight <= 0) continue;
    weighted += item.weight * item.progress;
    weights += item.weight;
  }
  return {
    actions: items.length,
    progress: weights === 0 ? null : Math.round((10 * weighted) / weights) / 10,
    byStatus,
    byHealth,
  };
}
