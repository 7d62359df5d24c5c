import { describe, expect, it } from 'vitest';
import { ActionOnDate, actionChanges, countChanges, isBetween } from './plan-changes';

const action = (ref: string, fields: Partial<ActionOnDate> = {}): ActionOnDate => ({
  ref,
  pillarNumber: Number(ref[0]),
  ownerIds: [1],
  status: 'IN_PROGRESS',
  progress: 30,
  health: 'ON_TRACK',
  ...fields,
});

describe('actionChanges', () => {
  it.each<[string, Partial<ActionOnDate>, Partial<ActionOnDate>, string[]]>([
    ['nothing moved: no change', {}, {}, []],
    ['completed since', {}, { status: 'COMPLETED', progress: 100, health: 'DONE' }, ['COMPLETED', 'STATUS_MOVED', 'PROGRESS_MOVED']],
    ['overdue since (its due date passed)', {}, { health: 'OVERDUE' }, ['NEWLY_OVERDUE']],
    ['still overdue: not newly', { health: 'OVERDUE' }, { health: 'OVERDUE' }, []],
    ['at risk since', {}, { health: 'AT_RISK' }, ['NEWLY_AT_RISK']],
    ['from at risk to overdue', { health: 'AT_RISK' }, { health: 'OVERDUE' }, ['NEWLY_OVERDUE']],
    ['progress moved only', {}, { progress: 45 }, ['PROGRESS_MOVED']],
    ['blocked since', {}, { status: 'BLOCKED' }, ['STATUS_MOVED']],
    ['completed already: nothing new', { status: 'COMPLETED', progress: 100, health: 'DONE' }, { status: 'COMPLETED', progress: 100, health: 'DONE' }, []],
  ])('%s', (_case, then, now, kinds) => {
    const changes = actionChanges([action('1-1.1.1', then)], [action('1-1.1.1', now)]);
    expect(changes.flatMap((c) => c.kinds)).toEqual(kinds);
  });

  it('keeps the second list’s order and leaves out actions absent from the first', () => {
    const before = [action('2-1.1.1'), action('1-1.1.1')];
    const after = [action('1-1.1.1', { progress: 40 }), action('2-1.1.1', { progress: 50 }), action('3-1.1.1', { progress: 60 })];
    expect(actionChanges(before, after).map((c) => c.ref)).toEqual(['1-1.1.1', '2-1.1.1']);
  });
});

describe('countChanges', () => {
  it('counts per pillar and per owner organisation, an action owned by two counting for each', () => {
    const changes = actionChanges(
      [action('1-1.1.1', { ownerIds: [1, 2] }), action('2-1.1.1', { ownerIds: [2] })],
      [action('1-1.1.1', { ownerIds: [1, 2], health: 'OVERDUE' }), action('2-1.1.1', { ownerIds: [2], health: 'OVERDUE', progress: 35 })],
    );
    const { total, byPillar, byOrganisation } = countChanges(changes);
    expect(total).toMatchObject({ NEWLY_OVERDUE: 2, PROGRESS_MOVED: 1 });
    expect(byPillar.get(1)).toMatchObject({ NEWLY_OVERDUE: 1, PROGRESS_MOVED: 0 });
    expect(byOrganisation.get(2)).toMatchObject({ NEWLY_OVERDUE: 2, PROGRESS_MOVED: 1 });
    expect(byOrganisation.get(1)).toMatchObject({ NEWLY_OVERDUE: 1 });
  });
});

describe('isBetween', () => {
  it.each([
    ['the first date itself is not between (its state already holds it)', '2025-12-31', false],
    ['the day after is', '2026-01-01', true],
    ['the second date is', '2026-06-30', true],
    ['after the second date is not', '2026-07-01', false],
  ])('%s', (_case, date, expected) => {
    expect(isBetween(date, '2025-12-31', '2026-06-30')).toBe(expected);
  });
});
