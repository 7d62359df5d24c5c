import { Centimes, Currency } from './money';

/** Where a funding line's money comes from: the owner's own budget, or a cooperation programme (a partner or donor). */
export const FUNDING_SOURCES = ['OWN_BUDGET', 'COOPERATION'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** A funding line's amounts for one year, in the line's currency. */
export interface YearAmounts {
  year: number;
  planned: Centimes;
  committed: Centimes;
  disbursed: Centimes;
}

export interface FundingLine {
  source: FundingSource;
  currency: Currency;
  /** OWN_BUDGET: the budget year and the line or programme as the ministry names it. */
  budgetYear: number | null;
  budgetLine: string | null;
  /** COOPERATION: the partner or donor (an organisation of the directory), the programme's name and period (years). */
  partnerId: number | null;
  programme: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  amounts: readonly YearAmounts[];
}

/** What an action's owners say of its funding at one version. */
export interface FinancingRecord {
  needsFunding: boolean;
  estimatedCost: Centimes | null;
  costCurrency: Currency;
  lines: readonly FundingLine[];
}

export interface AmountTotals {
  planned: Centimes;
  committed: Centimes;
  disbursed: Centimes;
}

export const ZERO_TOTALS: AmountTotals = { planned: 0n, committed: 0n, disbursed: 0n };

/** A line's amounts over all its years, in its own currency. */
export function lineTotals(line: Pick<FundingLine, 'amounts'>): AmountTotals {
  return line.amounts.reduce(
    (sum, year) => ({ planned: sum.planned + year.planned, committed: sum.committed + year.committed, disbursed: sum.disbursed + year.disbursed }),
    ZERO_TOTALS,
  );
}

export const addTotals = (a: AmountTotals, b: AmountTotals): AmountTotals => ({
  planned: a.planned + b.planned,
  committed: a.committed + b.committed,
  disbursed: a.disbursed + b.disbursed,
});
