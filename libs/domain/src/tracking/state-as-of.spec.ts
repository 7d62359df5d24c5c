import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, RecordedUpdate, stateAsOf } from './state-as-of';

const history: RecordedUpdate[] = [
  { version: 1, effectiveDate: '2025-03-01', status: 'IN_PROGRESS', progress: 20 },
  { version: 2, effectiveDate: '2025-09-01', status: 'IN_PROGRESS', progress: 60 },
  { version: 3, effectiveDate: '2025-06-01', status: 'BLOCKED', progress: 40 }, // back-dated correction
  { version: 4, effectiveDate: '2025-09-01', status: 'IN_PROGRESS', progress: 65 }, // same day, entered later
  { version: 5, effectiveDate: '2026-02-01', status: 'COMPLETED', progress: 100 },
];

describe('stateAsOf', () => {
  it.each([
    ['2025-02-28', INITIAL_STATE],
    ['2025-03-01', { status: 'IN_PROGRESS', progress: 20, lastUpdateDate: '2025-03-01', version: 1 }],
    ['2025-07-01', { status: 'BLOCKED', progress: 40, lastUpdateDate: '2025-06-01', version: 3 }],
    ['2025-12-31', { status: 'IN_PROGRESS', progress: 65, lastUpdateDate: '2025-09-01', version: 4 }],
    ['2026-02-01', { status: 'COMPLETED', progress: 100, lastUpdateDate: '2026-02-01', version: 5 }],
  ])('on %s is the latest update effective by then', (asOf, expected) => {
    expect(stateAsOf(history, asOf)).toEqual(expected);
  });
});
