import { ActionStatus, Health, rollUp } from '@pnq/domain';

interface TreeAction {
  status: ActionStatus;
  progress: number;
  weight: number;
  healthDetail: { health: Health };
}

/** Progress and overdue count of a branch, with the same roll-up rule as the API (libs/domain). */
export function branchSummary(actions: TreeAction[]): { progress: number | null; overdue: number; actions: number } {
  const result = rollUp(actions.map((a) => ({ status: a.status, health: a.healthDetail.health, progress: a.progress, weight: a.weight })));
  return { progress: result.progress, overdue: result.byHealth.OVERDUE, actions: result.actions };
}
