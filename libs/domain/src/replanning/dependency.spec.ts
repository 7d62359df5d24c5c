import { describe, expect, it } from 'vitest';
import { HealthVerdict } from '../tracking/health';
import { Health } from '../tracking/action-status';
import { DependencyLink, dependencyCycle, PredecessorVerdict, withPredecessors } from './dependency';

const link = (dependent: string, predecessor: string): DependencyLink => ({ dependent, predecessor });

describe('dependencyCycle', () => {
  it.each<[string, DependencyLink[], DependencyLink, string[] | null]>([
    ['no links: no cycle', [], link('A', 'B'), null],
    ['a chain is no cycle', [link('B', 'C'), link('C', 'D')], link('A', 'B'), null],
    ['an action cannot wait for itself', [], link('A', 'A'), ['A', 'A']],
    ['two actions waiting for each other', [link('B', 'A')], link('A', 'B'), ['A', 'B', 'A']],
    ['a longer loop names every step', [link('B', 'C'), link('C', 'A')], link('A', 'B'), ['A', 'B', 'C', 'A']],
    ['a diamond is no cycle', [link('A', 'B'), link('A', 'C'), link('B', 'D')], link('C', 'D'), null],
  ])('%s', (_, links, added, cycle) => {
    expect(dependencyCycle(links, added)).toEqual(cycle);
  });
});

const verdict = (health: Health, dueDate: string | null, reason = 'WITHIN_SCHEDULE'): HealthVerdict => ({
  health,
  reason,
  dueDate,
  days: null,
  expectedProgress: null,
  predecessorRef: null,
});
const predecessor = (ref: string, health: Health, dueDate: string | null): PredecessorVerdict => ({ ref, verdict: { health, dueDate } });

describe('withPredecessors', () => {
  it.each<[string, HealthVerdict, PredecessorVerdict[], Health, string, string | null]>([
    ['no predecessor: unchanged', verdict('ON_TRACK', '2026-12-31'), [], 'ON_TRACK', 'WITHIN_SCHEDULE', null],
    [
      'a predecessor on track and due before: unchanged',
      verdict('ON_TRACK', '2026-12-31'),
      [predecessor('1-1.1.1', 'ON_TRACK', '2025-12-31')],
      'ON_TRACK',
      'WITHIN_SCHEDULE',
      null,
    ],
    [
      'a predecessor overdue puts it at risk',
      verdict('ON_TRACK', '2026-12-31'),
      [predecessor('1-1.1.1', 'OVERDUE', '2024-12-31')],
      'AT_RISK',
      'PREDECESSOR_OVERDUE',
      '1-1.1.1',
    ],
    [
      'a predecessor due after it puts it at risk',
      verdict('ON_TRACK', '2026-12-31'),
      [predecessor('1-1.1.1', 'ON_TRACK', '2027-06-30')],
      'AT_RISK',
      'PREDECESSOR_DUE_LATER',
      '1-1.1.1',
    ],
    [
      'a predecessor done is no risk, even if it was due later',
      verdict('ON_TRACK', '2026-12-31'),
      [predecessor('1-1.1.1', 'DONE', '2027-06-30')],
      'ON_TRACK',
      'WITHIN_SCHEDULE',
      null,
    ],
    [
      'a cancelled predecessor is no risk',
      verdict('ON_TRACK', '2026-12-31'),
      [predecessor('1-1.1.1', 'CANCELLED', '2024-12-31')],
      'ON_TRACK',
      'WITHIN_SCHEDULE',
      null,
    ],
    [
      'an overdue predecessor is named before one due later',
      verdict('ON_TRACK', '2026-12-31'),
      [predecessor('1-1.1.2', 'ON_TRACK', '2027-06-30'), predecessor('1-1.1.1', 'OVERDUE', '2024-12-31')],
      'AT_RISK',
      'PREDECESSOR_OVERDUE',
      '1-1.1.1',
    ],
    [
      'an overdue dependent stays overdue',
      verdict('OVERDUE', '2024-12-31', 'PAST_DUE_DATE'),
      [predecessor('1-1.1.1', 'OVERDUE', '2023-12-31')],
      'OVERDUE',
      'PAST_DUE_DATE',
      null,
    ],
    ['a dependent done stays done', verdict('DONE', '2026-12-31', 'COMPLETED'), [predecessor('1-1.1.1', 'OVERDUE', '2024-12-31')], 'DONE', 'COMPLETED', null],
    [
      'at risk for its own reason keeps that reason',
      verdict('AT_RISK', '2026-12-31', 'BEHIND_SCHEDULE'),
      [predecessor('1-1.1.1', 'OVERDUE', '2024-12-31')],
      'AT_RISK',
      'BEHIND_SCHEDULE',
      null,
    ],
    [
      'a dependent without a due date stays as it is',
      verdict('ON_TRACK', null, 'RECENTLY_UPDATED'),
      [predecessor('1-1.1.1', 'OVERDUE', '2024-12-31')],
      'ON_TRACK',
      'RECENTLY_UPDATED',
      null,
    ],
  ])('%s', (_, own, predecessors, health, reason, predecessorRef) => {
    expect(withPredecessors(own, predecessors)).toMatchObject({ health, reason, predecessorRef });
  });
});
