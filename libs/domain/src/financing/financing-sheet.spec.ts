import { describe, expect, it } from 'vitest';
import { canonicalFinancing, FinancingSheetRow, readFinancingSheet } from './financing-sheet';

const row = (number: number, cells: FinancingSheetRow['cells']): FinancingSheetRow => ({ number, cells: { ref: '2-5.1.1', version: 1, ...cells } });
const OWN = { line: 1, source: 'Budget propre', currency: 'MAD', budgetYear: 2025, budgetLine: 'Programme 1040' };
const COOP = { line: 2, source: 'Coopération', currency: 'EUR', partner: 'unido', programme: 'Qualité', periodStart: 2025, periodEnd: 2027 };

describe('the « Financement » sheet of the update template', () => {
  it('reads an action’s rows into its draft: its own cells on the first row, one line per line number, one year per row', () => {
    const [read] = readFinancingSheet([
      row(2, {
        needsFunding: 'Oui',
        estimatedCost: 1500000,
        costCurrency: 'MAD',
        ...OWN,
        year: 2025,
        planned: 600000,
        committed: 600000,
        disbursed: 250000.33,
        effectiveDate: '2025-06-30',
      }),
      row(3, { ...COOP, year: 2025, planned: '50 000', committed: '50000' }),
      row(4, { ...COOP, year: 2026, planned: 30000 }),
    ]);
    expect(read).toMatchObject({ ref: '2-5.1.1', row: 2, version: 1, effectiveDate: '2025-06-30', problems: [] });
    expect(read.draft).toMatchObject({
      needsFunding: true,
      estimatedCost: '1500000',
      lines: [
        { source: 'OWN_BUDGET', budgetYear: 2025, amounts: [{ year: 2025, planned: '600000', disbursed: '250000.33' }] },
        {
          source: 'COOPERATION',
          partnerKey: 'unido',
          periodEnd: 2027,
          amounts: [
            { year: 2025, planned: '50 000' },
            { year: 2026, planned: '30000' },
          ],
        },
      ],
    });
  });

  it.each([
    ['a blank action (nothing to record)', [row(2, {})], null, []],
    ['an answer other than Oui/Non', [row(2, { needsFunding: 'peut-être' })], null, ['NEEDS_FUNDING_REQUIRED']],
    ['lines without saying whether funding is needed', [row(2, { ...OWN, year: 2025, planned: 1 })], null, ['NEEDS_FUNDING_REQUIRED']],
    ['a version typed over', [row(2, { version: 'x', needsFunding: 'Non' })], false, ['INVALID_VERSION']],
  ] as const)('reads %s', (_case, rows, needsFunding, codes) => {
    const [read] = readFinancingSheet(rows);
    expect(read.draft?.needsFunding ?? null).toBe(needsFunding);
    expect(read.problems.map((p) => p.code)).toEqual(codes);
  });

  it('compares drafts by their amounts, not by how they are written', () => {
    const base = {
      needsFunding: true,
      estimatedCost: '1500000',
      lines: [{ source: 'OWN_BUDGET', budgetYear: 2025, budgetLine: 'P', amounts: [{ year: 2025, planned: '600000' }] }],
    };
    const same = {
      ...base,
      estimatedCost: '1 500 000,00',
      costCurrency: 'MAD',
      lines: [{ ...base.lines[0], amounts: [{ year: 2025, planned: '600000.00', committed: '' }, { year: 2026 }] }],
    };
    expect(canonicalFinancing(same)).toBe(canonicalFinancing(base));
    expect(canonicalFinancing({ ...base, estimatedCost: '1500000.01' })).not.toBe(canonicalFinancing(base));
  });
});
