import { describe, expect, it } from 'vitest';
import { timelineSpan } from './timeline-span';

describe('timelineSpan', () => {
  it.each([
    [
      { kind: 'YEAR', year: 2025, endYear: null },
      { from: 2025, to: 2025, recurring: false },
    ],
    [
      { kind: 'RANGE', year: 2024, endYear: 2026 },
      { from: 2024, to: 2026, recurring: false },
    ],
    [
      { kind: 'FROM_YEAR', year: 2025, endYear: null },
      { from: 2025, to: 2035, recurring: true },
    ],
    [
      { kind: 'CONTINUOUS', year: null, endYear: null },
      { from: 2024, to: 2035, recurring: true },
    ],
    [
      { kind: 'ANNUAL', year: 2023, endYear: null },
      { from: 2023, to: 2035, recurring: true },
    ],
    [{ kind: 'TBD', year: null, endYear: null }, null],
  ] as const)('places %j on %j', (deadline, span) => {
    expect(timelineSpan(deadline)).toEqual(span);
  });
});
