import { describe, expect, it } from 'vitest';
import { calendarDateInCasablanca, isCalendarDate } from './calendar-date';

describe('isCalendarDate', () => {
  it.each([
    ['2025-12-31', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['31/12/2025', false],
    ['2025-12-31T00:00:00Z', false],
  ])('judges %s a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('calendarDateInCasablanca', () => {
  it.each([
    ['2025-12-31T22:59:00Z', '2025-12-31'],
    ['2025-12-31T23:30:00Z', '2026-01-01'],
    ['2026-06-15T12:00:00Z', '2026-06-15'],
  ])('reads the instant %s as the Casablanca date %s', (instant, expected) => {
    expect(calendarDateInCasablanca(new Date(instant))).toBe(expected);
  });
});
