import { describe, expect, it } from 'vitest';
import { FinancingRecord, FundingLine } from './financing-record';
import { financingInMad, isLateAndNotFunded } from './funding-status';
import { ReferenceRate } from './reference-rate';

const RATES: ReferenceRate[] = [{ currency: 'EUR', date: '2025-01-02', micros: 10_800_000n }];
const line = (currency: FundingLine['currency'], planned: bigint, committed: bigint, disbursed = 0n): FundingLine => ({
  source: currency === 'MAD' ? 'OWN_BUDGET' : 'COOPERATION',
  currency,
  budgetYear: currency === 'MAD' ? 2025 : null,
  budgetLine: currency === 'MAD' ? 'Programme 700' : null,
  partnerId: currency === 'MAD' ? null : 7,
  programme: currency === 'MAD' ? null : 'Twinning',
  periodStart: null,
  periodEnd: null,
  amounts: [{ year: 2025, planned, committed, disbursed }],
});
const record = (needsFunding: boolean, estimatedCost: bigint | null, lines: FundingLine[]): FinancingRecord => ({
  needsFunding,
  estimatedCost,
  costCurrency: 'MAD',
  lines,
});

describe('the funding status is derived from the amounts', () => {
  it.each([
    ['needs no specific funding', 'NOT_NEEDED', record(false, null, [])],
    ['needs funding, no line yet', 'NOT_YET_SOUGHT', record(true, 100_000_00n, [])],
    ['lines sought, nothing committed', 'SOUGHT', record(true, 100_000_00n, [line('MAD', 50_000_00n, 0n)])],
    ['part committed', 'PARTLY_SECURED', record(true, 100_000_00n, [line('MAD', 50_000_00n, 40_000_00n)])],
    ['committed reaches the cost exactly', 'SECURED', record(true, 100_000_00n, [line('MAD', 60_000_00n, 46_000_00n), line('EUR', 5_000_00n, 5_000_00n)])],
    ['one centime short', 'PARTLY_SECURED', record(true, 100_000_01n, [line('MAD', 60_000_00n, 46_000_00n), line('EUR', 5_000_00n, 5_000_00n)])],
    ['committed, cost not estimated', 'PARTLY_SECURED', record(true, null, [line('MAD', 10_00n, 10_00n)])],
  ])('%s → %s', (_case, status, financing) => {
    expect(financingInMad(financing, RATES, '2025-12-31').status).toBe(status);
  });

  it('converts each line at the rate of the date and gives the gap and the rate used', () => {
    const result = financingInMad(
      record(true, 150_000_00n, [line('MAD', 60_000_00n, 46_000_00n, 10_000_00n), line('EUR', 5_000_00n, 5_000_00n, 1_234_56n)]),
      RATES,
      '2025-12-31',
    );
    expect(result).toMatchObject({ cost: 150_000_00n, planned: 114_000_00n, secured: 100_000_00n, disbursed: 23_333_25n, gap: 50_000_00n, unconverted: [] });
    expect(result.ratesUsed).toEqual([RATES[0]]);
  });

  it('leaves out amounts in a currency without a rate by the date, and says which', () => {
    const result = financingInMad(record(true, 100_000_00n, [line('EUR', 5_000_00n, 5_000_00n)]), RATES, '2024-12-31');
    expect(result).toMatchObject({ status: 'SOUGHT', secured: 0n, gap: 100_000_00n, unconverted: ['EUR'] });
  });

  it.each([
    [true, 'SOUGHT', true],
    [true, 'NOT_YET_SOUGHT', true],
    [true, 'PARTLY_SECURED', true],
    [true, 'SECURED', false],
    [true, 'NOT_NEEDED', false],
    [true, null, false],
    [false, 'SOUGHT', false],
  ] as const)('late %s with status %s is "late and not funded": %s', (overdue, status, expected) => {
    expect(isLateAndNotFunded(overdue, status)).toBe(expected);
  });
});
