import { describe, expect, it } from 'vitest';
import { Health } from '../tracking/action-status';
import { ActionState } from '../tracking/state-as-of';
import { healthInForce } from './health-in-force';
import { ActionRevision, definitionInForce } from './revision';

const baseline = { deadline: { kind: 'YEAR' as const, year: 2024, endYear: null }, title: 'T', subActions: [], ownerKeys: ['imanor'], partnerKeys: [] };
const state = (status: ActionState['status'], progress: number): Pick<ActionState, 'status' | 'progress' | 'lastUpdateDate'> => ({
  status,
  progress,
  lastUpdateDate: '2025-01-15',
});
const approvedOn = (effectiveDate: string, changes: ActionRevision['changes']): ActionRevision[] => [{ sequence: 1, effectiveDate, changes }];

describe('healthInForce', () => {
  it.each<[string, ActionRevision[], ReturnType<typeof state>, string, Health, string]>([
    ['overdue against the adopted deadline', [], state('IN_PROGRESS', 40), '2026-12-05', 'OVERDUE', 'PAST_DUE_DATE'],
    [
      'on track once a later deadline is in force',
      approvedOn('2026-12-05', { dueDate: '2028-12-31' }),
      state('IN_PROGRESS', 40),
      '2026-12-05',
      'ON_TRACK',
      'WITHIN_SCHEDULE',
    ],
    [
      'still overdue the day before the revision took effect',
      approvedOn('2026-12-05', { dueDate: '2028-12-31' }),
      state('IN_PROGRESS', 40),
      '2026-12-04',
      'OVERDUE',
      'PAST_DUE_DATE',
    ],
    [
      'a revised date inside its year is the due date',
      approvedOn('2025-01-10', { dueDate: '2025-06-30' }),
      state('IN_PROGRESS', 90),
      '2025-07-01',
      'OVERDUE',
      'PAST_DUE_DATE',
    ],
    ['cancelled by a revision', approvedOn('2025-03-01', { cancelled: true }), state('IN_PROGRESS', 40), '2025-03-01', 'CANCELLED', 'CANCELLED_BY_REVISION'],
    [
      'a completed action stays done even if cancelled after',
      approvedOn('2025-03-01', { cancelled: true }),
      state('COMPLETED', 100),
      '2025-04-01',
      'DONE',
      'COMPLETED',
    ],
  ])('%s', (_, revisions, actionState, asOf, health, reason) => {
    expect(healthInForce(definitionInForce(baseline, revisions, asOf), actionState, asOf)).toMatchObject({ health, reason });
  });

  it('a first deadline set where the plan printed none schedules the action', () => {
    const tbd = { ...baseline, deadline: { kind: 'TBD' as const, year: null, endYear: null } };
    expect(healthInForce(definitionInForce(tbd, [], '2025-06-01'), state('NOT_STARTED', 0), '2025-06-01').health).toBe('UNSCHEDULED');
    const scheduled = definitionInForce(tbd, approvedOn('2025-05-01', { dueDate: '2027-12-31' }), '2025-06-01');
    expect(healthInForce(scheduled, state('NOT_STARTED', 0), '2025-06-01')).toMatchObject({ health: 'ON_TRACK', dueDate: '2027-12-31' });
  });
});
