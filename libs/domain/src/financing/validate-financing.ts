import { FinancingViolationCode } from '../errors/error-codes';
import { PLAN_FIRST_YEAR, PLAN_LAST_YEAR } from '../plan/plan-period';
import { RuleViolation } from '../tracking/validate-status-update';
import { FinancingRecord, FUNDING_SOURCES, FundingLine, FundingSource, YearAmounts } from './financing-record';
import { Centimes, Currency, currencyProblem, DEFAULT_CURRENCY, parseAmount } from './money';

export const FUNDING_LINES_MAX = 20;
export const FUNDING_TEXT_MAX = 200;
/** Funding years: a few years before the plan (programmes already running) to a few after it. */
export const FUNDING_FIRST_YEAR = PLAN_FIRST_YEAR - 3;
export const FUNDING_LAST_YEAR = PLAN_LAST_YEAR + 5;

/** What a person (or a spreadsheet row) submits: amounts as decimal text, the partner as a key the service resolves. */
export interface YearAmountsDraft {
  year: number;
  planned?: string | null;
  committed?: string | null;
  disbursed?: string | null;
}

export interface FundingLineDraft {
  source: string;
  currency?: string | null;
  budgetYear?: number | null;
  budgetLine?: string | null;
  partnerKey?: string | null;
  programme?: string | null;
  periodStart?: number | null;
  periodEnd?: number | null;
  amounts: readonly YearAmountsDraft[];
}

export interface FinancingDraft {
  needsFunding: boolean;
  estimatedCost?: string | null;
  costCurrency?: string | null;
  lines: readonly FundingLineDraft[];
}

/** A checked draft: amounts exact, the partner still a key (the service turns it into the directory's id). */
export interface ValidFinancing extends Omit<FinancingRecord, 'lines'> {
  lines: (Omit<FundingLine, 'partnerId'> & { partnerKey: string | null })[];
}

type Violation = RuleViolation<FinancingViolationCode>;
const blank = (text: string | null | undefined) => !text || !text.trim();
const isFundingYear = (year: number | null | undefined): year is number =>
  typeof year === 'number' && Number.isInteger(year) && year >= FUNDING_FIRST_YEAR && year <= FUNDING_LAST_YEAR;

/**
 * The rules a financing record must satisfy before it is stored. Amounts: non-negative decimals with at most two
 * decimals, below a thousand billion (INVALID_AMOUNT); currencies MAD, EUR or USD (UNKNOWN_CURRENCY); per year, the
 * disbursed amount cannot exceed the committed one, nor the committed the planned one when a plan is given
 * (INVALID_AMOUNT). Lines (INVALID_FUNDING_LINE): at most 20; an action that needs no specific funding has none; an
 * own-budget line names its budget year and line or programme; a cooperation line names its partner, its programme and
 * its period (first year ≤ last year); each year at most once per line, within 2020–2040.
 */
export function validateFinancing(draft: FinancingDraft): { financing: ValidFinancing } | { violations: Violation[] } {
  const violations: Violation[] = [];
  const costCurrency = (draft.costCurrency ?? DEFAULT_CURRENCY).trim();
  violations.push(...currencyProblem(costCurrency));
  let estimatedCost: Centimes | null = null;
  if (!blank(draft.estimatedCost)) {
    const parsed = parseAmount(draft.estimatedCost!);
    if ('code' in parsed) violations.push({ code: parsed.code, message: `Estimated cost: ${parsed.message}` });
    else estimatedCost = parsed.centimes;
  }
  if (!draft.needsFunding && draft.lines.length > 0) {
    violations.push({
      code: 'INVALID_FUNDING_LINE',
      message: 'An action that needs no specific funding has no funding lines: remove them, or say it needs funding.',
    });
  }
  if (draft.lines.length > FUNDING_LINES_MAX) {
    violations.push({ code: 'INVALID_FUNDING_LINE', message: `At most ${FUNDING_LINES_MAX} funding lines per action.` });
  }
  const lines = draft.lines.map((line, index) => validateLine(line, index + 1, violations));
  if (violations.length) return { violations };
  return {
    financing: {
      needsFunding: draft.needsFunding,
      estimatedCost: draft.needsFunding ? estimatedCost : null,
      costCurrency: costCurrency as Currency,
      lines: lines as ValidFinancing['lines'],
    },
  };
}

function validateLine(line: FundingLineDraft, number: number, violations: Violation[]): ValidFinancing['lines'][number] | null {
  const where = `Funding line ${number}`;
  const problem = (message: string) => violations.push({ code: 'INVALID_FUNDING_LINE', message: `${where}: ${message}` });
  if (!(FUNDING_SOURCES as readonly string[]).includes(line.source)) {
    problem(`the source must be ${FUNDING_SOURCES.join(' or ')}.`);
    return null;
  }
  const source = line.source as FundingSource;
  const currency = (line.currency ?? DEFAULT_CURRENCY).trim();
  violations.push(...currencyProblem(currency).map((v) => ({ ...v, message: `${where}: ${v.message}` })));
  const texts = [line.budgetLine, line.programme, line.partnerKey];
  if (texts.some((text) => (text ?? '').length > FUNDING_TEXT_MAX)) problem(`names are at most ${FUNDING_TEXT_MAX} characters.`);
  if (source === 'OWN_BUDGET') {
    if (!isFundingYear(line.budgetYear)) problem(`an own-budget line names its budget year (${FUNDING_FIRST_YEAR}–${FUNDING_LAST_YEAR}).`);
    if (blank(line.budgetLine)) problem('an own-budget line names its budget line or programme, as the ministry names it.');
  } else {
    if (blank(line.partnerKey)) problem('a cooperation line names its partner or donor.');
    if (blank(line.programme)) problem('a cooperation line names its programme.');
    if (!isFundingYear(line.periodStart) || !isFundingYear(line.periodEnd) || line.periodStart > line.periodEnd) {
      problem(`a cooperation line gives the programme's period: first and last year within ${FUNDING_FIRST_YEAR}–${FUNDING_LAST_YEAR}, in order.`);
    }
  }
  const seen = new Set<number>();
  const amounts: YearAmounts[] = [];
  for (const year of line.amounts) {
    if (!isFundingYear(year.year)) {
      problem(`amounts are given for years ${FUNDING_FIRST_YEAR}–${FUNDING_LAST_YEAR} (not ${year.year}).`);
      continue;
    }
    if (seen.has(year.year)) problem(`the year ${year.year} appears twice.`);
    seen.add(year.year);
    const read = (label: string, text: string | null | undefined): Centimes => {
      if (blank(text)) return 0n;
      const parsed = parseAmount(text!);
      if ('code' in parsed) {
        violations.push({ code: parsed.code, message: `${where}, ${year.year}, ${label}: ${parsed.message}` });
        return 0n;
      }
      return parsed.centimes;
    };
    const planned = read('planned', year.planned);
    const committed = read('committed', year.committed);
    const disbursed = read('disbursed', year.disbursed);
    if (disbursed > committed) {
      violations.push({ code: 'INVALID_AMOUNT', message: `${where}, ${year.year}: more disbursed than committed.` });
    }
    amounts.push({ year: year.year, planned, committed, disbursed });
  }
  return {
    source,
    currency: currency as Currency,
    budgetYear: source === 'OWN_BUDGET' ? (line.budgetYear ?? null) : null,
    budgetLine: source === 'OWN_BUDGET' ? (line.budgetLine?.trim() ?? null) : null,
    partnerKey: source === 'COOPERATION' ? (line.partnerKey?.trim() ?? null) : null,
    programme: source === 'COOPERATION' ? (line.programme?.trim() ?? null) : null,
    periodStart: source === 'COOPERATION' ? (line.periodStart ?? null) : null,
    periodEnd: source === 'COOPERATION' ? (line.periodEnd ?? null) : null,
    amounts: amounts.sort((a, b) => a.year - b.year),
  };
}
