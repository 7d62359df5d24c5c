import { describe, expect, it } from 'vitest';
import type { FundingLineInput, RecordActionFinancingInput } from '../financing/dto/record-action-financing.input';
import { summaryOf } from './financing-import';

const input = (lines: number): RecordActionFinancingInput =>
  ({
    ref: '1-2.1.1',
    needsFunding: true,
    estimatedCost: '1500000',
    costCurrency: 'MAD',
    lines: Array.from({ length: lines }, () => ({}) as FundingLineInput),
    expectedVersion: 0,
  }) as RecordActionFinancingInput;

describe('summaryOf: what an imported financing version records, in words', () => {
  it.each([
    [1, 'Financement spécifique · coût 1 500 000,00 MAD · 1 ligne'],
    [2, 'Financement spécifique · coût 1 500 000,00 MAD · 2 lignes'],
  ])('with %i funding lines, says so with the noun agreed', (lines, expected) => {
    expect(summaryOf(input(lines))).toBe(expected);
  });
});
