import type { Health } from '../../generated/graphql';
import { describe, expect, it } from 'vitest';
import { compareRows, exportQuery, filterFromParams } from './explorer-filters';

describe('filterFromParams', () => {
  it('reads every filter from the URL and ignores what is not valid', () => {
    expect(filterFromParams(new URLSearchParams('pillar=3&health=OVERDUE&owner=dpcsmq&year=2025&q=étalonnage'))).toEqual({
      pillars: [3],
      axis: undefined,
      statuses: undefined,
      healths: ['OVERDUE'],
      owner: 'dpcsmq',
      partner: undefined,
      deadlineYear: 2025,
      text: 'étalonnage',
    });
    expect(filterFromParams(new URLSearchParams('pillar=9&year=1999&status=DONE&health=LATE'))).toMatchObject({
      pillars: undefined,
      deadlineYear: undefined,
      statuses: undefined,
      healths: undefined,
    });
  });
});

describe('compareRows', () => {
  const row = (ref: string, progress = 0, health: Health = 'ON_TRACK', dueDate: string | null = null) => ({
    ref,
    title: ref,
    progress,
    owners: [],
    healthDetail: { health, dueDate },
  });
  it.each([
    ['ref', [row('1-2.10.1'), row('1-2.9.1'), row('1-10.1.1')], ['1-2.9.1', '1-2.10.1', '1-10.1.1']],
    ['progress', [row('a', 50), row('b', 10), row('c', 90)], ['b', 'a', 'c']],
    ['health', [row('a', 0, 'DONE'), row('b', 0, 'OVERDUE'), row('c', 0, 'AT_RISK')], ['b', 'c', 'a']],
    ['due', [row('a', 0, 'ON_TRACK', null), row('b', 0, 'ON_TRACK', '2026-12-31'), row('c', 0, 'ON_TRACK', '2025-12-31')], ['c', 'b', 'a']],
  ] as const)('sorts by %s', (key, rows, expected) => {
    expect([...rows].sort(compareRows(key)).map((r) => r.ref)).toEqual(expected);
  });
});

describe('exportQuery', () => {
  it.each([
    ['pillar=2&q=norme&sort=title', '2026-01-01', 'pillar=2&q=norme&asOf=2026-01-01'],
    ['asOf=2025-12-31&owner=imanor&status=BLOCKED', '2025-12-31', 'status=BLOCKED&owner=imanor&asOf=2025-12-31'],
    ['', '2025-06-30', 'asOf=2025-06-30'],
  ])('exports the view %j on %s with %j', (search, asOf, expected) => {
    expect(exportQuery(new URLSearchParams(search), asOf).toString()).toBe(expected);
  });
});
