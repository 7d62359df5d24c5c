import { CellValue, readDateCell, readTextCell } from '../exchange/sheet-cells';
import { formatCentimes } from './money';
import { FundingSource } from './financing-record';
import { FinancingDraft, FundingLineDraft, validateFinancing } from './validate-financing';

/**
 * The « Financement » sheet of the update template: one row per year of a funding line of an action (an action without
 * line has one row). The action's own cells (needs funding, cost, effective date, comment) are read on its first row.
 */
export const FINANCING_SHEET_KEYS = [
  'ref',
  'title',
  'version',
  'needsFunding',
  'estimatedCost',
  'costCurrency',
  'line',
  'source',
  'currency',
  'budgetYear',
  'budgetLine',
  'partner',
  'programme',
  'periodStart',
  'periodEnd',
  'year',
  'planned',
  'committed',
  'disbursed',
  'effectiveDate',
  'comment',
] as const;
export type FinancingSheetKey = (typeof FINANCING_SHEET_KEYS)[number];

export const FUNDING_SOURCE_LABELS_FR: Record<FundingSource, string> = { OWN_BUDGET: 'Budget propre', COOPERATION: 'Coopération' };
export const YES_FR = 'Oui';
export const NO_FR = 'Non';

export interface FinancingSheetRow {
  number: number;
  cells: Partial<Record<FinancingSheetKey, CellValue>>;
}

export interface FinancingSheetProblem {
  code: string;
  message: string;
  key?: FinancingSheetKey;
}

/** An action's financing as its rows of the sheet state it: null draft when its rows leave it blank (nothing to record). */
export interface SheetFinancing {
  ref: string;
  /** The sheet row of its first line (where its own cells are read). */
  row: number;
  version: number | null;
  draft: FinancingDraft | null;
  effectiveDate: string | null;
  comment: string;
  problems: FinancingSheetProblem[];
}

const cellText = (value: CellValue) => (typeof value === 'number' ? String(value) : readTextCell(value));
const yearOf = (value: CellValue): number | null => {
  const raw = cellText(value);
  return raw === '' ? null : Number(raw);
};

function sourceOf(value: CellValue): string {
  const raw = cellText(value).toLowerCase();
  const match = (Object.entries(FUNDING_SOURCE_LABELS_FR) as [FundingSource, string][]).find(
    ([key, label]) => raw === label.toLowerCase() || raw === key.toLowerCase(),
  );
  return match ? match[0] : cellText(value);
}

/** Groups the sheet's rows by action and reads each action's financing draft (the checks themselves are validateFinancing's). */
export function readFinancingSheet(rows: readonly FinancingSheetRow[]): SheetFinancing[] {
  const byRef = new Map<string, FinancingSheetRow[]>();
  for (const row of rows) {
    const ref = cellText(row.cells.ref);
    if (!ref) continue;
    byRef.set(ref, [...(byRef.get(ref) ?? []), row]);
  }
  return [...byRef.entries()].map(([ref, group]) => readAction(ref, group));
}

function readAction(ref: string, rows: FinancingSheetRow[]): SheetFinancing {
  const first = rows[0];
  const problems: FinancingSheetProblem[] = [];
  const versionText = cellText(first.cells.version);
  const version = versionText === '' ? null : Number(versionText);
  if (version === null || !Number.isInteger(version) || version < 0) {
    problems.push({ code: 'INVALID_VERSION', message: 'The financing version was changed; export the template again.', key: 'version' });
  }
  const needs = cellText(first.cells.needsFunding).toLowerCase();
  const date = readDateCell(first.cells.effectiveDate);
  if (!date.ok) problems.push({ code: date.code, message: date.message, key: 'effectiveDate' });
  const result: SheetFinancing = {
    ref,
    row: first.number,
    version,
    draft: null,
    effectiveDate: date.ok ? date.value : null,
    comment: cellText(first.cells.comment),
    problems,
  };
  if (needs === '') {
    if (rows.some((row) => cellText(row.cells.line) !== '' || cellText(row.cells.estimatedCost) !== '')) {
      problems.push({ code: 'NEEDS_FUNDING_REQUIRED', message: `Say whether the action needs specific funding (${YES_FR} or ${NO_FR}).`, key: 'needsFunding' });
    }
    return result;
  }
  if (needs !== YES_FR.toLowerCase() && needs !== NO_FR.toLowerCase()) {
    problems.push({ code: 'NEEDS_FUNDING_REQUIRED', message: `Answer ${YES_FR} or ${NO_FR}.`, key: 'needsFunding' });
    return result;
  }
  const lines = new Map<string, FundingLineDraft & { amounts: NonNullable<FundingLineDraft['amounts']>[number][] }>();
  for (const row of rows) {
    const number = cellText(row.cells.line);
    if (!number) continue;
    let line = lines.get(number);
    if (!line) {
      line = {
        source: sourceOf(row.cells.source),
        currency: cellText(row.cells.currency) || null,
        budgetYear: yearOf(row.cells.budgetYear),
        budgetLine: cellText(row.cells.budgetLine) || null,
        partnerKey: cellText(row.cells.partner) || null,
        programme: cellText(row.cells.programme) || null,
        periodStart: yearOf(row.cells.periodStart),
        periodEnd: yearOf(row.cells.periodEnd),
        amounts: [],
      };
      lines.set(number, line);
    }
    const year = yearOf(row.cells.year);
    if (year !== null) {
      line.amounts.push({ year, planned: cellText(row.cells.planned), committed: cellText(row.cells.committed), disbursed: cellText(row.cells.disbursed) });
    }
  }
  result.draft = {
    needsFunding: needs === YES_FR.toLowerCase(),
    estimatedCost: cellText(first.cells.estimatedCost) || null,
    costCurrency: cellText(first.cells.costCurrency) || null,
    lines: [...lines.values()],
  };
  return result;
}

/**
 * A financing draft in one comparable form (amounts exact and written the same way, empty years dropped): what the
 * template showed and what comes back are compared with it, so an untouched action never counts as a change. A draft
 * the rules refuse is its own JSON (it differs, and the apply reports why).
 */
export function canonicalFinancing(draft: FinancingDraft): string {
  const checked = validateFinancing(draft);
  if ('violations' in checked) return JSON.stringify(draft);
  const { financing } = checked;
  return JSON.stringify({
    needsFunding: financing.needsFunding,
    estimatedCost: financing.estimatedCost === null ? null : formatCentimes(financing.estimatedCost),
    costCurrency: financing.costCurrency,
    lines: financing.lines.map((line) => ({
      ...line,
      amounts: line.amounts
        .filter((year) => year.planned + year.committed + year.disbursed > 0n)
        .map((year) => [year.year, formatCentimes(year.planned), formatCentimes(year.committed), formatCentimes(year.disbursed)]),
    })),
  });
}
