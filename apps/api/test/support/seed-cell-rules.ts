import type { SeedAction, SeedCellField, SeedProject } from '../../src/modules/seed/seed-files';
import { countPrinted, type FlatAction } from './seed-source';

/**
 * The merged-cell rules (docs/seed-provenance.md §2, "Merged cells"), as checks over the whole plan: each function
 * returns one line per row that breaks its rule, so an empty list means the rule holds.
 */

export const CELL_FIELDS: SeedCellField[] = ['owners', 'partners', 'indicators', 'deadline'];
const PARTY_FIELDS: SeedCellField[] = ['owners', 'partners'];
const OUTCOME_FIELDS: SeedCellField[] = ['indicators', 'deadline'];

export const COPIED_FLAG: Record<SeedCellField, string> = {
  owners: 'OWNERS_COPIED',
  partners: 'PARTNERS_COPIED',
  indicators: 'INDICATORS_COPIED',
  deadline: 'DEADLINE_COPIED',
};

/** A cell's printed texts, in order (an indicator by its label). */
export function cellTexts(action: SeedAction, field: SeedCellField): string[] {
  if (field === 'indicators') return action.indicators.map((indicator) => indicator.label);
  if (field === 'deadline') return action.deadline ? [action.deadline] : [];
  return action[field];
}

const isCopied = (action: SeedAction, field: SeedCellField) => Boolean(action.copiedFrom?.[field]);
const printsOwn = (action: SeedAction, fields: SeedCellField[]) => fields.some((field) => cellTexts(action, field).length > 0 && !isCopied(action, field));
const sameCell = (a: SeedAction, b: SeedAction, field: SeedCellField) => JSON.stringify(cellTexts(a, field)) === JSON.stringify(cellTexts(b, field));
/** The row that prints a cell this row has: itself, or the row it was copied from. */
const originOf = (action: SeedAction, field: SeedCellField) => action.copiedFrom?.[field]?.action ?? action.code;

function projects(actions: FlatAction[]): { pillar: number; project: SeedProject }[] {
  return [...new Map(actions.map((flat) => [flat.project, flat.pillar])).entries()].map(([project, pillar]) => ({ pillar, project }));
}

/**
 * A cell printed once but carried by several rows of a project is a copy on all rows but one: each copy says where it
 * was read (`copiedFrom`) and carries its flag. Printed counts leave out titles, so a name in a title does not count.
 */
export function undeclaredCopies(actions: FlatAction[], blockOf: (from: number, to: number) => string): string[] {
  const problems: string[] = [];
  for (const { pillar, project } of projects(actions)) {
    const sources = project.actions.flatMap((action) => (action.source ? [action.source] : []));
    if (sources.length === 0) continue;
    let printed = blockOf(Math.min(...sources.map((s) => s.fromLine)), Math.max(...sources.map((s) => s.toLine))).replace(/\s+/g, '');
    for (const title of [project.title, ...project.actions.map((action) => action.title)]) printed = printed.replace(title.replace(/\s+/g, ''), '');
    for (const field of CELL_FIELDS) {
      const rows = new Map<string, SeedAction[]>();
      for (const action of project.actions) {
        const key = JSON.stringify(cellTexts(action, field));
        if (key !== '[]') rows.set(key, [...(rows.get(key) ?? []), action]);
      }
      for (const [key, carriers] of rows) {
        const counts = (JSON.parse(key) as string[]).map((text) => countPrinted(text, printed)).filter((count) => count > 0);
        const timesPrinted = counts.length > 0 ? Math.min(...counts) : 1;
        const notCopied = carriers.filter((action) => !isCopied(action, field));
        if (notCopied.length > timesPrinted) {
          problems.push(
            `${pillar}-${project.code} ${field} ${key} is printed ${timesPrinted}× but read in ${notCopied.map((a) => a.code).join(', ')} without copiedFrom`,
          );
        }
      }
    }
  }
  return problems;
}

/** Every declared copy names a row of its project that prints the same cell, and carries its flag; SHARED_CELL marks both ends. */
export function copyDeclarationProblems(actions: FlatAction[]): string[] {
  const problems: string[] = [];
  for (const { pillar, project } of projects(actions)) {
    const byCode = new Map(project.actions.map((action) => [action.code, action]));
    const sharing = new Set<string>();
    for (const action of project.actions) {
      const ref = `${pillar}-${action.code}`;
      for (const field of CELL_FIELDS) {
        const copied = action.copiedFrom?.[field];
        const flagged = action.flags?.includes(COPIED_FLAG[field]) ?? false;
        if (Boolean(copied) !== flagged) problems.push(`${ref}: ${COPIED_FLAG[field]} ${flagged ? 'without' : 'missing for'} copiedFrom.${field}`);
        if (!copied) continue;
        const origin = byCode.get(copied.action);
        if (!origin || origin === action) problems.push(`${ref}: ${field} copied from ${copied.action}, which is not another row of project ${project.code}`);
        else if (isCopied(origin, field)) problems.push(`${ref}: ${field} copied from ${copied.action}, which copies it too (name the row that prints it)`);
        else if (!sameCell(action, origin, field)) problems.push(`${ref}: ${field} differs from ${copied.action}, which it says it copies`);
        else if (cellTexts(action, field).length === 0) problems.push(`${ref}: copiedFrom.${field} for an empty cell`);
        sharing.add(action.code).add(copied.action);
      }
    }
    for (const action of project.actions) {
      if ((action.flags?.includes('SHARED_CELL') ?? false) !== sharing.has(action.code)) {
        problems.push(
          `${pillar}-${action.code}: SHARED_CELL ${sharing.has(action.code) ? 'missing' : 'set'} (it marks the rows that copy a cell or are copied from)`,
        );
      }
    }
  }
  return problems;
}

/**
 * One rule for blank cells. A row that prints nothing but its title takes every cell of the nearest row above that has
 * cells (below when none above has any: the merged cells are then printed after the last row). A row that prints no
 * owner and no partner takes both from the nearest row above that has them. A row that prints an indicator, a deadline
 * or a party never takes an indicator or deadline by copy, unless it prints « idem » in its place.
 */
export function mergedCellRuleProblems(actions: FlatAction[]): string[] {
  const problems: string[] = [];
  for (const { pillar, project } of projects(actions)) {
    const rows = project.actions;
    rows.forEach((row, index) => {
      const ref = `${pillar}-${row.code}`;
      const hasAny = (action: SeedAction, fields: SeedCellField[]) => fields.some((field) => cellTexts(action, field).length > 0);
      const above = rows.slice(0, index).reverse();
      const titleOnly = !printsOwn(row, CELL_FIELDS);
      const expectShared = (fields: SeedCellField[], from: SeedAction | undefined) => {
        for (const field of fields) {
          if (!from) {
            if (cellTexts(row, field).length > 0) problems.push(`${ref}: ${field} should be empty (no row of the project has it)`);
          } else if (!sameCell(row, from, field) || (cellTexts(row, field).length > 0 && originOf(row, field) !== originOf(from, field))) {
            problems.push(`${ref}: prints no ${field}, so it should share ${from.code}'s (copied from ${originOf(from, field)})`);
          }
        }
      };
      if (titleOnly) {
        expectShared(CELL_FIELDS, above.find((a) => hasAny(a, CELL_FIELDS)) ?? rows.slice(index + 1).find((a) => printsOwn(a, CELL_FIELDS)));
        return;
      }
      if (!printsOwn(row, PARTY_FIELDS))
        expectShared(
          PARTY_FIELDS,
          above.find((a) => hasAny(a, PARTY_FIELDS)),
        );
      else for (const field of PARTY_FIELDS) if (isCopied(row, field)) problems.push(`${ref}: prints a party, so its ${field} is its own, not a copy`);
      for (const field of OUTCOME_FIELDS) {
        if (isCopied(row, field) && row.copiedFrom?.[field]?.idemLine === undefined)
          problems.push(`${ref}: prints a cell of its own, so its ${field} is not copied`);
      }
    });
  }
  return problems;
}

/** MISSING_OWNER, MISSING_PARTNERS, MISSING_INDICATORS and MISSING_DEADLINE match the empty cells exactly. */
export function missingFlagProblems(actions: FlatAction[]): string[] {
  const flagOf: Record<SeedCellField, string> = {
    owners: 'MISSING_OWNER',
    partners: 'MISSING_PARTNERS',
    indicators: 'MISSING_INDICATORS',
    deadline: 'MISSING_DEADLINE',
  };
  return actions.flatMap(({ ref, action }) =>
    CELL_FIELDS.filter((field) => (cellTexts(action, field).length === 0) !== (action.flags?.includes(flagOf[field]) ?? false)).map(
      (field) => `${ref}: ${flagOf[field]} does not match its ${field}`,
    ),
  );
}
