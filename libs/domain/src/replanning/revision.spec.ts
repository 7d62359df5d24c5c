import { describe, expect, it } from 'vitest';
import { ActionRevision, BaselineDefinition, definitionInForce, slippageDays, withDueDate } from './revision';

const baseline = (kind: BaselineDefinition['deadline']['kind'], year: number | null = null, endYear: number | null = null): BaselineDefinition => ({
  deadline: { kind, year, endYear },
  title: 'Elaborer le texte',
  subActions: [],
  ownerKeys: ['imanor'],
  partnerKeys: ['mic'],
});
const revision = (sequence: number, effectiveDate: string, changes: ActionRevision['changes']): ActionRevision => ({ sequence, effectiveDate, changes });

describe('definitionInForce', () => {
  const year2024 = baseline('YEAR', 2024);
  const moved = [revision(1, '2026-03-10', { dueDate: '2027-06-30' })];

  it.each([
    // description                                               baseline           revisions                                                                                    asOf          due in force   count
    ['the baseline when nothing was revised', year2024, [], '2026-01-01', '2024-12-31', 0],
    ['the baseline before the revision takes effect', year2024, moved, '2026-03-09', '2024-12-31', 0],
    ['the new due date from its effective date on', year2024, moved, '2026-03-10', '2027-06-30', 1],
    ['the later of two revisions wins', year2024, [revision(2, '2026-09-01', { dueDate: '2028-12-31' }), ...moved], '2026-12-31', '2028-12-31', 2],
    [
      'two revisions on one day apply in the order recorded',
      year2024,
      [revision(5, '2026-03-10', { dueDate: '2029-01-31' }), revision(4, '2026-03-10', { dueDate: '2027-01-31' })],
      '2026-03-10',
      '2029-01-31',
      2,
    ],
    ['a first deadline where the plan printed none', baseline('TBD'), [revision(1, '2025-05-01', { dueDate: '2026-12-31' })], '2025-06-01', '2026-12-31', 1],
    ['a revision of something else keeps the deadline', year2024, [revision(1, '2025-05-01', { title: 'Nouveau libellé' })], '2025-06-01', '2024-12-31', 1],
  ])('%s', (_, base, revisions, asOf, due, count) => {
    const inForce = definitionInForce(base, revisions, asOf);
    expect(inForce.deadline.dueDate).toBe(due);
    expect(inForce.revisionCount).toBe(count);
  });

  it('applies cancellation, parties and wording field by field, leaving the baseline as it was', () => {
    const base = baseline('YEAR', 2025);
    const revisions = [
      revision(1, '2025-02-01', { ownerKeys: ['mic'], partnerKeys: [] }),
      revision(2, '2025-03-01', { title: 'Libellé révisé', subActions: ['a', 'b'] }),
      revision(3, '2025-04-01', { cancelled: true }),
    ];
    expect(definitionInForce(base, revisions, '2025-03-15')).toMatchObject({ ownerKeys: ['mic'], partnerKeys: [], title: 'Libellé révisé', cancelled: false });
    expect(definitionInForce(base, revisions, '2025-04-01')).toMatchObject({ cancelled: true, subActions: ['a', 'b'] });
    expect(base).toEqual(baseline('YEAR', 2025));
  });
});

describe('withDueDate', () => {
  it.each([
    ['a year becomes the new date’s year', { kind: 'YEAR', year: 2024, endYear: null, dueDate: '2024-12-31' }, '2026-06-30', 'YEAR', 2026, null],
    ['a range keeps its first year', { kind: 'RANGE', year: 2024, endYear: 2025, dueDate: '2025-12-31' }, '2027-03-31', 'RANGE', 2024, 2027],
    [
      'a range moved before its first year becomes a year',
      { kind: 'RANGE', year: 2026, endYear: 2027, dueDate: '2027-12-31' },
      '2025-12-31',
      'YEAR',
      2025,
      null,
    ],
    ['a recurring deadline becomes a year', { kind: 'CONTINUOUS', year: null, endYear: null, dueDate: null }, '2028-12-31', 'YEAR', 2028, null],
  ] as const)('%s', (_, deadline, due, kind, year, endYear) => {
    expect(withDueDate({ ...deadline }, due)).toEqual({ kind, year, endYear, dueDate: due });
  });
});

describe('slippageDays', () => {
  it.each([
    ['later than adopted', '2024-12-31', '2025-12-31', 365],
    ['earlier than adopted', '2025-12-31', '2025-06-30', -184],
    ['unchanged', '2025-12-31', '2025-12-31', 0],
    ['no baseline due date: none', null, '2025-12-31', null],
    ['no due date in force: none', '2025-12-31', null, null],
  ])('%s', (_, baselineDue, inForceDue, days) => {
    expect(slippageDays(baselineDue, inForceDue)).toBe(days);
  });
});
