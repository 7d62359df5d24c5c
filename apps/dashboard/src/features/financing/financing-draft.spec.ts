import { describe, expect, it } from 'vitest';
import { emptyLine, FormDraft, inputOf, problemsOf } from './financing-draft';

const draft = (changes: Partial<FormDraft> = {}): FormDraft => ({
  needsFunding: true,
  estimatedCost: '1 500 000',
  costCurrency: 'MAD',
  lines: [
    { ...emptyLine('OWN_BUDGET', 2025), budgetLine: 'Programme 1040', amounts: [{ year: '2025', planned: '600000', committed: '600000', disbursed: '' }] },
    {
      ...emptyLine('COOPERATION', 2025),
      partnerKey: 'ue',
      programme: 'Jumelage',
      amounts: [{ year: '2025', planned: '50000,01', committed: '', disbursed: '' }],
    },
  ],
  effectiveDate: '2025-06-30',
  comment: '  ',
  ...changes,
});

describe('the financing form’s draft', () => {
  it('sends each line with its own source’s fields and leaves empty amounts out', () => {
    const input = inputOf(draft(), '1-2.1.1', 3);
    expect(input).toMatchObject({ ref: '1-2.1.1', needsFunding: true, estimatedCost: '1 500 000', expectedVersion: 3, comment: undefined });
    expect(input.lines[0]).toEqual({
      source: 'OWN_BUDGET',
      currency: 'MAD',
      budgetYear: 2025,
      budgetLine: 'Programme 1040',
      amounts: [{ year: 2025, planned: '600000', committed: '600000', disbursed: undefined }],
    });
    expect(input.lines[1]).toMatchObject({ source: 'COOPERATION', currency: 'EUR', partnerKey: 'ue', periodStart: 2025, periodEnd: 2027 });
    expect(input.lines[1]).not.toHaveProperty('budgetLine');
  });

  it('sends no line and no cost for an action that needs no specific funding', () => {
    expect(inputOf(draft({ needsFunding: false }), '1-2.1.1', 0)).toMatchObject({ needsFunding: false, estimatedCost: undefined, lines: [] });
  });

  it.each([
    ['a negative amount', draft({ estimatedCost: '-3' }), 'INVALID_AMOUNT'],
    ['a cooperation line without partner', draft({ lines: [{ ...emptyLine('COOPERATION', 2025), programme: 'X' }] }), 'INVALID_FUNDING_LINE'],
  ])('finds %s before sending (%s)', (_case, value, code) => {
    expect(problemsOf(value).map((p) => p.code)).toContain(code);
  });
});
