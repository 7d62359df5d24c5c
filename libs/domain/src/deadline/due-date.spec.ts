import { describe, expect, it } from 'vitest';
import { dueDateOf } from './due-date';
import { DeadlineKind } from './deadline-kind';

describe('dueDateOf', () => {
  it.each<[DeadlineKind, number | null, number | null, string | null]>([
    ['YEAR', 2025, null, '2025-12-31'],
    ['RANGE', 2024, 2026, '2026-12-31'],
    ['FROM_YEAR', 2024, null, null],
    ['CONTINUOUS', null, null, null],
    ['ANNUAL', 2023, null, null],
    ['TBD', null, null, null],
  ])('gives a %s deadline (%s–%s) the due date %s', (kind, year, endYear, expected) => {
    expect(dueDateOf({ kind, year, endYear })).toBe(expected);
  });
});
