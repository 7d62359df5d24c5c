import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, subtractYears } from './date-arithmetic';

describe('calendar arithmetic', () => {
  it.each([
    ['2025-12-31', '2026-01-01', 1],
    ['2024-01-01', '2024-12-31', 365],
    ['2026-03-01', '2026-02-01', -28],
  ])('from %s to %s is %s days', (from, to, days) => expect(daysBetween(from, to)).toBe(days));

  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
  ])('%s plus %s day is %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));

  it.each([
    ['2026-01-01', '2025-01-01'],
    ['2024-02-29', '2023-02-28'],
  ])('a year before %s is %s', (date, expected) => expect(subtractYears(date, 1)).toBe(expected));
});
