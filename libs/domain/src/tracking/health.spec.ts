import { describe, expect, it } from 'vitest';
import { DeadlineKind } from '../deadline/deadline-kind';
import { ActionStatus, Health } from './action-status';
import { healthOn, expectedProgressOn } from './health';

const deadline = (kind: DeadlineKind, year: number | null = null, endYear: number | null = null) => ({ kind, year, endYear });
const state = (status: ActionStatus, progress = 0, lastUpdateDate: string | null = null) => ({ status, progress, lastUpdateDate });

describe('healthOn', () => {
  it.each<[string, ReturnType<typeof deadline>, ReturnType<typeof state>, string, Health, string]>([
    // description                                   deadline                    state                                   asOf          health        reason
    ['a completed action is done, even late', deadline('YEAR', 2024), state('COMPLETED', 100), '2026-01-01', 'DONE', 'COMPLETED'],
    ['a cancelled action is cancelled', deadline('YEAR', 2024), state('CANCELLED', 30), '2026-01-01', 'CANCELLED', 'CANCELLED'],
    ['a TBD deadline is unscheduled', deadline('TBD'), state('IN_PROGRESS', 50), '2026-01-01', 'UNSCHEDULED', 'NO_DEADLINE'],
    ['a 2025 action is on track on its due date', deadline('YEAR', 2025), state('IN_PROGRESS', 90), '2025-12-31', 'ON_TRACK', 'WITHIN_SCHEDULE'],
    ['a 2025 action not completed is overdue on 2026-01-01', deadline('YEAR', 2025), state('IN_PROGRESS', 90), '2026-01-01', 'OVERDUE', 'PAST_DUE_DATE'],
    ['a 2024-2026 range is due at the end of 2026', deadline('RANGE', 2024, 2026), state('NOT_STARTED'), '2026-01-01', 'ON_TRACK', 'WITHIN_SCHEDULE'],
    ['a range is overdue after its last year', deadline('RANGE', 2024, 2026), state('IN_PROGRESS', 99), '2027-01-01', 'OVERDUE', 'PAST_DUE_DATE'],
    ['far from the due date, no progress is not yet a risk', deadline('YEAR', 2027), state('NOT_STARTED'), '2026-01-01', 'ON_TRACK', 'WITHIN_SCHEDULE'],
    ['within 180 days, no progress is a risk', deadline('YEAR', 2026), state('NOT_STARTED'), '2026-07-15', 'AT_RISK', 'BEHIND_SCHEDULE'],
    ['within 180 days, progress near the line is fine', deadline('YEAR', 2026), state('IN_PROGRESS', 75), '2026-07-15', 'ON_TRACK', 'WITHIN_SCHEDULE'],
    [
      'within 180 days, progress more than 20 points behind is a risk',
      deadline('YEAR', 2026),
      state('IN_PROGRESS', 60),
      '2026-07-15',
      'AT_RISK',
      'BEHIND_SCHEDULE',
    ],
    ['blocked within 180 days is a risk whatever the progress', deadline('YEAR', 2026), state('BLOCKED', 95), '2026-12-01', 'AT_RISK', 'BLOCKED_NEAR_DUE_DATE'],
    ['blocked and past due is overdue', deadline('YEAR', 2025), state('BLOCKED', 95), '2026-03-01', 'OVERDUE', 'PAST_DUE_DATE'],
    [
      'a continuous action never updated is stale 12 months after the plan starts',
      deadline('CONTINUOUS'),
      state('NOT_STARTED'),
      '2025-01-02',
      'STALE',
      'NO_UPDATE_IN_12_MONTHS',
    ],
    ['a continuous action is not stale on the first anniversary', deadline('CONTINUOUS'), state('NOT_STARTED'), '2025-01-01', 'ON_TRACK', 'RECENTLY_UPDATED'],
    [
      'a continuous action updated 11 months ago is on track',
      deadline('CONTINUOUS'),
      state('IN_PROGRESS', 40, '2025-02-01'),
      '2026-01-01',
      'ON_TRACK',
      'RECENTLY_UPDATED',
    ],
    [
      'a continuous action updated 13 months ago is stale',
      deadline('CONTINUOUS'),
      state('IN_PROGRESS', 40, '2024-12-01'),
      '2026-01-01',
      'STALE',
      'NO_UPDATE_IN_12_MONTHS',
    ],
    ['"from 2025" is not stale before it starts', deadline('FROM_YEAR', 2025), state('NOT_STARTED'), '2024-06-01', 'ON_TRACK', 'NOT_STARTED_YET'],
    ['"from 2025" counts 12 months from its start', deadline('FROM_YEAR', 2025), state('NOT_STARTED'), '2026-01-02', 'STALE', 'NO_UPDATE_IN_12_MONTHS'],
    [
      'an annual action with a report in the previous year is on track',
      deadline('ANNUAL'),
      state('IN_PROGRESS', 50, '2025-06-30'),
      '2026-03-01',
      'ON_TRACK',
      'RECENTLY_UPDATED',
    ],
    [
      'an annual action without a report for the previous year is stale',
      deadline('ANNUAL'),
      state('IN_PROGRESS', 50, '2024-12-31'),
      '2026-03-01',
      'STALE',
      'NO_UPDATE_FOR_PREVIOUS_YEAR',
    ],
    ['an annual action is not stale during its first year', deadline('ANNUAL', 2025), state('NOT_STARTED'), '2025-11-01', 'ON_TRACK', 'RECENTLY_UPDATED'],
    [
      'an annual action starting 2023 with no report is stale in 2024',
      deadline('ANNUAL', 2023),
      state('NOT_STARTED'),
      '2024-02-01',
      'STALE',
      'NO_UPDATE_FOR_PREVIOUS_YEAR',
    ],
  ])('%s', (_description, deadlineInput, stateInput, asOf, health, reason) => {
    expect(healthOn({ deadline: deadlineInput, state: stateInput }, asOf)).toMatchObject({ health, reason });
  });

  it('says how late an overdue action is', () => {
    expect(healthOn({ deadline: deadline('YEAR', 2024), state: state('IN_PROGRESS', 10) }, '2025-01-31')).toMatchObject({
      health: 'OVERDUE',
      dueDate: '2024-12-31',
      days: 31,
    });
  });
});

describe('expectedProgressOn', () => {
  it.each([
    ['2024-01-01', '2024-12-31', '2024-01-01', 0],
    ['2024-01-01', '2024-12-31', '2024-07-01', 50],
    ['2024-01-01', '2024-12-31', '2025-06-01', 100],
    ['2024-01-01', '2024-12-31', '2023-06-01', 0],
  ])('from %s to %s, on %s, expects %s %%', (start, due, asOf, expected) => {
    expect(expectedProgressOn(start, due, asOf)).toBe(expected);
  });
});
