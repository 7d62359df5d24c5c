import {
  CellValue,
  FINANCING_SHEET_KEYS,
  FinancingSheetKey,
  canonicalFinancing,
  countInFrench,
  formatCentimes,
  formatExactAmount,
  FRENCH_AMOUNT_SEPARATORS,
  parseAmount,
  readFinancingSheet,
  type CalendarDate,
} from '@pnq/domain';
import type { ActionOutline } from '../action/action.service';
import { RecordActionFinancingInput } from '../financing/dto/record-action-financing.input';
import { FINANCING_COLUMNS, FINANCING_SHEET, financingColumnOf } from './exchange-columns';
import { ImportRow } from './import-result';
import type { TemplateContent } from './template-reader';

const headerOf = (key: FinancingSheetKey) => FINANCING_COLUMNS.find((c) => c.key === key)!.header;

/** A financing row of the import: what the dry run shows, and the input applied when it has no problem. */
export interface FinancingImport {
  row: ImportRow;
  input: RecordActionFinancingInput | null;
}

/** « Financement spécifique · coût 1 500 000,00 MAD · 2 lignes » — what an action's new financing version records, in words. */
export function summaryOf(input: RecordActionFinancingInput): string {
  if (!input.needsFunding) return 'Pas de financement spécifique';
  const cost = input.estimatedCost ? parseAmount(input.estimatedCost) : null;
  const costText =
    cost && !('code' in cost)
      ? `coût ${formatExactAmount(formatCentimes(cost.centimes), FRENCH_AMOUNT_SEPARATORS)} ${input.costCurrency ?? 'MAD'}`
      : 'coût non estimé';
  return `Financement spécifique · ${costText} · ${countInFrench(input.lines.length, 'ligne')}`;
}

/**
 * The « Financement » sheet's actions that changed since the template was exported (compared in canonical form with
 * the hidden sheet), each as the recordActionFinancing input it amounts to, or with the problems that stop it. Rows of
 * an action the organisation does not own, unknown references and formulas in read cells are problems, as on « Actions ».
 */
export function financingImports(
  sheet: NonNullable<TemplateContent['financing']>,
  context: { organisationId: number; organisationLabel: string; outlineOf: (ref: string) => ActionOutline | undefined; today: CalendarDate },
): FinancingImport[] {
  const exported = new Map(sheet.exported);
  const rows = sheet.rows.map((line) => ({
    number: line.number,
    cells: Object.fromEntries(FINANCING_SHEET_KEYS.map((key) => [key, line.values[financingColumnOf(key) - 1]])) as Record<FinancingSheetKey, CellValue>,
    formulas: line.formulas,
  }));
  const formulaRows = new Map(
    rows.map((row) => [row.number, FINANCING_COLUMNS.filter((c) => c.key !== 'title' && row.formulas[financingColumnOf(c.key) - 1])]),
  );
  const imports: FinancingImport[] = [];
  for (const read of readFinancingSheet(rows)) {
    const outline = context.outlineOf(read.ref);
    const row: ImportRow = { row: read.row, sheet: FINANCING_SHEET, ref: read.ref, title: outline?.title ?? null, before: null, after: null, problems: [] };
    row.problems.push(...read.problems.map((p) => ({ code: p.code, message: p.message, column: p.key ? headerOf(p.key) : undefined })));
    const actionRows = rows.filter((r) => String(r.cells.ref ?? '').trim() === read.ref);
    for (const column of actionRows.flatMap((r) => formulaRows.get(r.number) ?? [])) {
      row.problems.push({
        code: 'FORMULA_NOT_ALLOWED',
        message: 'The cell holds a formula, or text that a spreadsheet would run as one (starting with =, + or @): type the value itself.',
        column: column.header,
      });
    }
    if (!outline) row.problems.push({ code: 'UNKNOWN_REF', message: `No action of the plan has the reference "${read.ref}".`, column: headerOf('ref') });
    else if (!outline.ownerIds.includes(context.organisationId)) {
      row.problems.push({ code: 'NOT_ORGANISATION_ACTION', message: `${read.ref} is not an action of ${context.organisationLabel}.`, column: headerOf('ref') });
    }
    const before = exported.get(read.ref) ?? '';
    const after = read.draft ? canonicalFinancing(read.draft) : '';
    const changed = after !== '' && after !== before;
    if (!changed && row.problems.length === 0) continue;
    let input: RecordActionFinancingInput | null = null;
    if (read.draft && changed) {
      input = Object.assign(new RecordActionFinancingInput(), {
        ref: read.ref,
        needsFunding: read.draft.needsFunding,
        estimatedCost: read.draft.estimatedCost ?? undefined,
        costCurrency: read.draft.costCurrency ?? undefined,
        lines: read.draft.lines.map((line) => ({
          source: line.source,
          currency: line.currency ?? undefined,
          budgetYear: line.budgetYear ?? undefined,
          budgetLine: line.budgetLine ?? undefined,
          partnerKey: line.partnerKey ?? undefined,
          programme: line.programme ?? undefined,
          periodStart: line.periodStart ?? undefined,
          periodEnd: line.periodEnd ?? undefined,
          amounts: line.amounts.map((year) => ({
            year: year.year,
            planned: year.planned || undefined,
            committed: year.committed || undefined,
            disbursed: year.disbursed || undefined,
          })),
        })),
        comment: read.comment || undefined,
        effectiveDate: read.effectiveDate ?? context.today,
        expectedVersion: read.version ?? -1,
      });
      row.financing = { version: read.version ?? 0, summary: summaryOf(input) };
    }
    imports.push({ row, input });
  }
  return imports;
}
