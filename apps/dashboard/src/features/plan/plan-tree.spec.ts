import { describe, expect, it } from 'vitest';
import { branchSummary } from './plan-tree';

describe('branchSummary', () => {
  it('rolls a branch up as the API does: weighted, cancelled left out, overdue counted', () => {
    expect(
      branchSummary([
        { status: 'IN_PROGRESS', progress: 40, weight: 1, healthDetail: { health: 'OVERDUE' } },
        { status: 'COMPLETED', progress: 100, weight: 3, healthDetail: { health: 'DONE' } },
        { status: 'CANCELLED', progress: 0, weight: 1, healthDetail: { health: 'CANCELLED' } },
      ]),
    ).toEqual({ progress: 85, overdue: 1, actions: 3 });
  });

  it('has no progress for an empty branch (a project listed without actions)', () => {
    expect(branchSummary([])).toEqual({ progress: null, overdue: 0, actions: 0 });
  });
});
