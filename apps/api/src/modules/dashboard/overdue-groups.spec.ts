import { describe, expect, it } from 'vitest';
import { OverdueActionModel } from './dashboard.model';
import { groupOverdue, OwnedOverdueAction } from './overdue-groups';

const late = (ref: string, pillarNumber: number, ownerIds: number[]): OwnedOverdueAction => ({
  ownerIds,
  action: Object.assign(new OverdueActionModel(), {
    ref,
    pillarNumber,
    title: ref,
    owners: [],
    dueDate: '2025-12-31',
    daysLate: 1,
    progress: 0,
    lastUpdateDate: null,
  }),
});
const PILLARS = [1, 2, 3].map((number) => ({ number, name: `Pilier ${number}` }));
const ORGANISATIONS = [
  { id: 1, key: 'imanor', name: 'Institut marocain de normalisation', acronym: 'IMANOR' },
  { id: 2, key: 'semac', name: 'Service marocain d’accréditation', acronym: 'SEMAC' },
  { id: 3, key: 'mic', name: 'Ministère de l’Industrie et du Commerce', acronym: 'MIC' },
];
const ROWS = [late('1-1.1.1', 1, [1]), late('1-1.1.2', 1, [1, 2]), late('3-1.1.1', 3, [2]), late('3-1.1.2', 3, []), late('3-2.1.1', 3, [2])];

describe('groupOverdue', () => {
  it.each([
    [
      'PILLAR' as const,
      [
        ['1', 2, ['1-1.1.1', '1-1.1.2']],
        ['3', 3, ['3-1.1.1', '3-1.1.2', '3-2.1.1']],
      ],
    ],
    [
      'ORGANISATION' as const,
      [
        ['semac', 3, ['1-1.1.2', '3-1.1.1', '3-2.1.1']],
        ['imanor', 2, ['1-1.1.1', '1-1.1.2']],
        ['', 1, ['3-1.1.2']],
      ],
    ],
  ])('groups by %s: empty groups left out, an action under each of its owners, the ownerless last, order kept inside', (by, expected) => {
    const groups = groupOverdue(ROWS, PILLARS, ORGANISATIONS)[by];
    expect(groups.map((g) => [g.key, g.count, g.actions.map((a) => a.ref)])).toEqual(expected);
  });
});
