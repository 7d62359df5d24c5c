import { describe, expect, it } from 'vitest';
import { isPlanYear, planDateProblem, planYears, reportDateProblem, TRACKING_FIRST_YEAR } from './plan-period';

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

describe('planDateProblem: the date an export shows the plan on', () => {
  it.each<[string, string | null]>([
    ['2023-01-01', null],
    ['2025-12-31', null],
    ['2035-12-31', null],
    ['2022-12-31', 'outside the plan'],
    ['2036-01-01', 'outside the plan'],
    ['0100-01-01', 'outside the plan'],
    ['9999-12-31', 'outside the plan'],
    ['2025-02-30', 'not a calendar date'],
    ['2025-13-01', 'not a calendar date'],
    ['31/12/2025', 'not a calendar date'],
  ])('%s → %s', (date, problem) => {
    const found = planDateProblem(date);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('reportDateProblem: the date of a yearly report', () => {
  it.each<[string, string | null]>([
    ['2024-01-01', null],
    ['2025-06-30', null],
    ['2035-12-31', null],
    ['2023-12-31', 'A report covers a year from 2024 to 2035'],
    ['0100-06-30', 'A report covers a year from 2024 to 2035'],
    ['1000-12-31', 'A report covers a year from 2024 to 2035'],
    ['2150-01-01', 'A report covers a year from 2024 to 2035'],
    ['2025-02-30', 'not a calendar date'],
  ])('%s → %s', (date, problem) => {
    const found = reportDateProblem(date);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
