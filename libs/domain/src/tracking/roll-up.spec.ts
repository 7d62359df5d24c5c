import { describe, expect, it } from 'vitest';
import { rollUp, RollUpItem } from './roll-up';

const item = (progress: number, extra: Partial<RollUpItem> = {}): RollUpItem => ({
  status: 'IN_PROGRESS',
  health: 'ON_TRACK',
  progress,
  weight: 1,
  ...extra,
});

describe('rollUp', () => {
  it.each<[string, RollUpItem[], number | null]>([
    ['equal weights give the mean', [item(0), item(50), item(100)], 50],
    ['cancelled actions are left out', [item(100), item(0, { status: 'CANCELLED', health: 'CANCELLED' })], 100],
    ['weights are normalised', [item(100, { weight: 3 }), item(0, { weight: 1 })], 75],
    ['a zero weight leaves the action out', [item(100), item(0, { weight: 0 })], 100],
    ['nothing to average gives null', [item(0, { status: 'CANCELLED', health: 'CANCELLED' })], null],
    ['no actions gives null', [], null],
    ['rounded to one decimal', [item(10), item(10), item(11)], 10.3],
  ])('%s', (_description, items, progress) => {
    expect(rollUp(items).progress).toBe(progress);
  });

  it('counts every action by status and by health, cancelled ones included', () => {
    const result = rollUp([item(10), item(100, { status: 'COMPLETED', health: 'DONE' }), item(0, { status: 'CANCELLED', health: 'CANCELLED' })]);
    expect(result.actions).toBe(3);
    expect(result.byStatus).toMatchObject({ IN_PROGRESS: 1, COMPLETED: 1, CANCELLED: 1, NOT_STARTED: 0 });
    expect(result.byHealth).toMatchObject({ ON_TRACK: 1, DONE: 1, CANCELLED: 1, OVERDUE: 0 });
  });
});
