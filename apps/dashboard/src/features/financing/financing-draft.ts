import { Currency, FinancingDraft, FundingSource, validateFinancing } from '@pnq/domain';
import type { FinancingFieldsFragment, RecordActionFinancingInput } from '../../generated/graphql';

/** What the form holds: every field as typed (text), turned into the API's input on save. */
export interface YearDraft {
  year: string;
  planned: string;
  committed: string;
  disbursed: string;
}
export interface LineDraft {
  source: FundingSource;
  currency: Currency;
  budgetYear: string;
  budgetLine: string;
  partnerKey: string;
  programme: string;
  periodStart: string;
  periodEnd: string;
  amounts: YearDraft[];
}
export interface FormDraft {
  needsFunding: boolean;
  estimatedCost: string;
  costCurrency: Currency;
  lines: LineDraft[];
  effectiveDate: string;
  comment: string;
}

const text = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));
/** "0.00" shown as empty: nothing typed means zero. */
const amountText = (value: string) => (value === '0.00' ? '' : value);

export const emptyYear = (year: number): YearDraft => ({ year: String(year), planned: '', committed: '', disbursed: '' });

export function emptyLine(source: FundingSource, year: number): LineDraft {
  return {
    source,
    currency: source === 'OWN_BUDGET' ? 'MAD' : 'EUR',
    budgetYear: source === 'OWN_BUDGET' ? String(year) : '',
    budgetLine: '',
    partnerKey: '',
    programme: '',
    periodStart: source === 'COOPERATION' ? String(year) : '',
    periodEnd: source === 'COOPERATION' ? String(year + 2) : '',
    amounts: [emptyYear(year)],
  };
}

/** The form's starting point: the financing in force (its lines and amounts), or an action that needs funding with no line yet. */
export function draftOf(financing: FinancingFieldsFragment | null | undefined, today: string): FormDraft {
  if (!financing) return { needsFunding: true, estimatedCost: '', costCurrency: 'MAD', lines: [], effectiveDate: today, comment: '' };
  return {
    needsFunding: financing.needsFunding,
    estimatedCost: text(financing.estimatedCost),
    costCurrency: financing.costCurrency,
    lines: financing.lines.map((line) => ({
      source: line.source,
      currency: line.currency,
      budgetYear: text(line.budgetYear),
      budgetLine: text(line.budgetLine),
      partnerKey: line.partner?.key ?? '',
      programme: text(line.programme),
      periodStart: text(line.periodStart),
      periodEnd: text(line.periodEnd),
      amounts: line.amounts.map((year) => ({
        year: String(year.year),
        planned: amountText(year.planned),
        committed: amountText(year.committed),
        disbursed: amountText(year.disbursed),
      })),
    })),
    effectiveDate: today,
    comment: '',
  };
}

const year = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/** The draft as libs/domain's rule reads it (the same check the server makes). */
export function ruleDraftOf(draft: FormDraft): FinancingDraft {
  return {
    needsFunding: draft.needsFunding,
    estimatedCost: draft.needsFunding ? draft.estimatedCost : null,
    costCurrency: draft.costCurrency,
    lines: draft.needsFunding
      ? draft.lines.map((line) => ({
          ...line,
          budgetYear: year(line.budgetYear),
          periodStart: year(line.periodStart),
          periodEnd: year(line.periodEnd),
          amounts: line.amounts.map((amounts) => ({ ...amounts, year: Number(amounts.year) })),
        }))
      : [],
  };
}

/** The rules' problems for the draft, before anything is sent. */
export const problemsOf = (draft: FormDraft) => {
  const result = validateFinancing(ruleDraftOf(draft));
  return 'violations' in result ? result.violations : [];
};

/** The API's input: only the fields of each line's source; empty amounts left out (zero). */
export function inputOf(draft: FormDraft, ref: string, expectedVersion: number): RecordActionFinancingInput {
  const rule = ruleDraftOf(draft);
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    ref,
    needsFunding: rule.needsFunding,
    estimatedCost: rule.needsFunding ? optional(draft.estimatedCost) : undefined,
    costCurrency: draft.costCurrency,
    lines: rule.lines.map((line) => ({
      source: line.source,
      currency: line.currency,
      ...(line.source === 'OWN_BUDGET'
        ? { budgetYear: line.budgetYear ?? undefined, budgetLine: optional(line.budgetLine ?? '') }
        : {
            partnerKey: optional(line.partnerKey ?? ''),
            programme: optional(line.programme ?? ''),
            periodStart: line.periodStart ?? undefined,
            periodEnd: line.periodEnd ?? undefined,
          }),
      amounts: line.amounts.map((amounts) => ({
        year: amounts.year,
        planned: optional(amounts.planned ?? ''),
        committed: optional(amounts.committed ?? ''),
        disbursed: optional(amounts.disbursed ?? ''),
      })),
    })),
    effectiveDate: draft.effectiveDate,
    comment: optional(draft.comment),
    expectedVersion,
  };
}
