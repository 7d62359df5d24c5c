import { describe, expect, it } from 'vitest';
import { FinancingDraft, FundingLineDraft, validateFinancing } from './validate-financing';

const ownBudget: FundingLineDraft = {
  source: 'OWN_BUDGET',
  currency: 'MAD',
  budgetYear: 2025,
  budgetLine: 'Programme 1040 — normalisation',
  amounts: [{ year: 2025, planned: '400000', committed: '400000', disbursed: '150000.50' }],
};
const cooperation: FundingLineDraft = {
  source: 'COOPERATION',
  currency: 'EUR',
  partnerKey: 'ue',
  programme: 'Jumelage qualité',
  periodStart: 2025,
  periodEnd: 2027,
  amounts: [
    { year: 2025, planned: '50000', committed: '50000' },
    { year: 2026, planned: '30000' },
  ],
};
const draft = (changes: Partial<FinancingDraft> = {}): FinancingDraft => ({
  needsFunding: true,
  estimatedCost: '1 200 000',
  lines: [ownBudget, cooperation],
  ...changes,
});
const withLine = (changes: Partial<FundingLineDraft>, base = cooperation) => draft({ lines: [{ ...base, ...changes }] });

describe('a financing record is checked before it is stored', () => {
  it('accepts a cost and two lines, amounts exact and years in order', () => {
    const result = validateFinancing(draft());
    expect(result).toMatchObject({
      financing: {
        needsFunding: true,
        estimatedCost: 120_000_000n,
        costCurrency: 'MAD',
        lines: [
          {
            source: 'OWN_BUDGET',
            currency: 'MAD',
            budgetYear: 2025,
            partnerKey: null,
            amounts: [{ year: 2025, planned: 40_000_000n, disbursed: 15_000_050n }],
          },
          { source: 'COOPERATION', currency: 'EUR', partnerKey: 'ue', budgetLine: null, amounts: [{ year: 2025 }, { year: 2026, committed: 0n }] },
        ],
      },
    });
  });

  it.each([
    ['a negative cost', draft({ estimatedCost: '-1' }), 'INVALID_AMOUNT'],
    ['an absurd cost', draft({ estimatedCost: '5000000000000' }), 'INVALID_AMOUNT'],
    ['an unknown cost currency', draft({ costCurrency: 'GBP' }), 'UNKNOWN_CURRENCY'],
    ['an unknown line currency', withLine({ currency: 'XOF' }), 'UNKNOWN_CURRENCY'],
    ['a negative amount', withLine({ amounts: [{ year: 2025, planned: '-100' }] }), 'INVALID_AMOUNT'],
    ['three decimals', withLine({ amounts: [{ year: 2025, planned: '1.005' }] }), 'INVALID_AMOUNT'],
    ['more disbursed than committed', withLine({ amounts: [{ year: 2025, planned: '10', committed: '5', disbursed: '6' }] }), 'INVALID_AMOUNT'],
    ['lines on an action that needs no funding', draft({ needsFunding: false }), 'INVALID_FUNDING_LINE'],
    ['a cooperation line without partner', withLine({ partnerKey: ' ' }), 'INVALID_FUNDING_LINE'],
    ['a cooperation line without programme', withLine({ programme: null }), 'INVALID_FUNDING_LINE'],
    ['a period backwards', withLine({ periodStart: 2027, periodEnd: 2025 }), 'INVALID_FUNDING_LINE'],
    ['an own-budget line without its line', withLine({ budgetLine: '' }, ownBudget), 'INVALID_FUNDING_LINE'],
    ['an own-budget line without its year', withLine({ budgetYear: null }, ownBudget), 'INVALID_FUNDING_LINE'],
    ['a year twice', withLine({ amounts: [{ year: 2025 }, { year: 2025 }] }), 'INVALID_FUNDING_LINE'],
    ['a year far outside the plan', withLine({ amounts: [{ year: 1999, planned: '1' }] }), 'INVALID_FUNDING_LINE'],
    ['an unknown source', withLine({ source: 'LOAN' }), 'INVALID_FUNDING_LINE'],
  ])('refuses %s with %s', (_case, financing, code) => {
    const result = validateFinancing(financing);
    expect('violations' in result && result.violations.map((v) => v.code)).toContain(code);
  });

  it('keeps no cost for an action that needs no specific funding', () => {
    expect(validateFinancing(draft({ needsFunding: false, lines: [] }))).toMatchObject({ financing: { needsFunding: false, estimatedCost: null, lines: [] } });
  });
});
