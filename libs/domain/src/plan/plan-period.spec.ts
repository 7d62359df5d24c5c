import { describe, expect, it } from 'vitest';
import { isPlanYear, planYears, TRACKING_FIRST_YEAR } from './plan-period';

describe('planYears', () => {
  it('lists the plan’s thirteen years, 2023 to 2035', () => {
    expect(planYears()).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
  });

  it.each([
    [TRACKING_FIRST_YEAR, 2026, [2024, 2025, 2026]],
    [2030, 2030, [2030]],
    [2031, 2030, []],
  ])('lists from %s to %s as %j', (from, to, expected) => {
    expect(planYears(from, to)).toEqual(expected);
  });
});

describe('isPlanYear', () => {
  it.each([
    [2023, true],
    [2035, true],
    [2022, false],
    [2036, false],
    [2025.5, false],
    [Number.NaN, false],
  ])('says %s is a plan year: %s', (year, expected) => {
    expect(isPlanYear(year)).toBe(expected);
  });
});
