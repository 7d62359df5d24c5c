import { CalendarDate, countInFrench, FUNDING_STATUS_LABELS_FR, Health, HEALTH_LABELS_FR, spreadsheetSafeText, STATUS_LABELS_FR } from '@pnq/domain';
import type { ActionStatus, FundingStatus } from '@pnq/domain';
import ExcelJS from 'exceljs';
import {
  EXPORT_COLUMNS,
  EXPORT_FINANCING_COLUMNS,
  FINANCING_COLUMNS,
  FINANCING_META_SHEET,
  FINANCING_SHEET,
  financingColumnOf,
  META_SHEET,
  TEMPLATE_COLUMNS,
  TEMPLATE_MARKER,
  TEMPLATE_SHEET,
  TEMPLATE_VERSION,
  columnOf,
} from './exchange-columns';

/** One action as a spreadsheet row, in plain data: its place in the plan, parties, deadline and state on a date. */
export interface ActionRow {
  ref: string;
  title: string;
  pillar: string;
  axis: string;
  project: string;
  owners: string;
  partners: string;
  deadline: string;
  dueDate: CalendarDate | null;
  status: ActionStatus;
  progress: number;
  health: Health;
  lastUpdateDate: CalendarDate | null;
  version: number;
  /** Its financing in force on the date, in MAD (exact decimal text); status null: nothing recorded. */
  financing: { status: FundingStatus | null; cost: string | null; secured: string | null; disbursed: string | null; gap: string | null };
  /** The latest entry of the action's discussion by the date, with the day it was written; null: none. */
  latestComment: { comment: string; enteredOn: CalendarDate } | null;
}

/** One row of the template's financing sheet: a year of a funding line of an action (or an action's only row). */
export type FinancingTemplateRow = Partial<Record<(typeof FINANCING_COLUMNS)[number]['key'], string | number | Date | null>>;

/** The actions export: its rows and what they are (date, filters). */
export interface ActionsWorkbookInput {
  rows: ActionRow[];
  asOf: CalendarDate;
  filter: string;
  /** The reference rates the MAD amounts used, said on the « À propos » sheet. */
  rates: string;
}

/** An organisation's update template: its rows on the date. */
export interface TemplateWorkbookInput {
  rows: ActionRow[];
  asOf: CalendarDate;
  organisation: { key: string; name: string; acronym: string | null };
  /** The financing sheet's rows, and each action's financing as exported (ref → canonical form). */
  financing: { rows: FinancingTemplateRow[]; exported: [string, string][] };
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B5D3B' } };
const EDITABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6D5' } };
const dateCell = (date: CalendarDate | null) => (date ? new Date(`${date}T00:00:00Z`) : null);

function styleHeader(sheet: ExcelJS.Worksheet, columns: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
}

function newWorkbook(title: string, asOf: CalendarDate): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${asOf}T00:00:00Z`);
  Object.assign(workbook, { creator: 'PNQ Tracker', lastModifiedBy: 'PNQ Tracker', title, created: date, modified: date });
  return workbook;
}

/** A sheet of one row per action under named columns; formula-like text is written inert (spreadsheetSafeText). */
function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly { header: string; key: string; width: number }[],
  rows: ActionRow[],
  values: (row: ActionRow) => Record<string, unknown>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  // Text a spreadsheet would run as a formula (a title beginning with "=", "+" or "@") is written inert.
  for (const row of rows) sheet.addRow(Object.fromEntries(Object.entries(values(row)).map(([key, value]) => [key, spreadsheetSafeText(value)])));
  return sheet;
}

const amount = (decimal: string | null) => (decimal === null ? null : Number(decimal));

/** The actions of a filtered view (the explorer's filters), one row each, frozen header and filters. */
export async function writeActionsWorkbook({ rows, asOf, filter, rates }: ActionsWorkbookInput): Promise<Uint8Array> {
  const workbook = newWorkbook(`Actions du PNQ au ${asOf}`, asOf);
  const columns = [...EXPORT_COLUMNS, ...EXPORT_FINANCING_COLUMNS];
  const sheet = tableSheet(workbook, 'Actions', columns, rows, (row) => ({
    ref: row.ref,
    pillar: row.pillar,
    axis: row.axis,
    project: row.project,
    title: row.title,
    owners: row.owners,
    partners: row.partners,
    deadline: row.deadline,
    dueDate: dateCell(row.dueDate),
    status: STATUS_LABELS_FR[row.status],
    progress: row.progress,
    health: HEALTH_LABELS_FR[row.health],
    lastUpdate: dateCell(row.lastUpdateDate),
    version: row.version,
    fundingStatus: row.financing.status ? FUNDING_STATUS_LABELS_FR[row.financing.status] : 'Non renseigné',
    cost: amount(row.financing.cost),
    secured: amount(row.financing.secured),
    disbursed: amount(row.financing.disbursed),
    gap: amount(row.financing.gap),
    latestComment: row.latestComment ? `${row.latestComment.enteredOn} — ${row.latestComment.comment}` : '',
  }));
  for (const key of ['dueDate', 'lastUpdate'] as const) sheet.getColumn(key).numFmt = 'yyyy-mm-dd';
  for (const key of ['cost', 'secured', 'disbursed', 'gap'] as const) sheet.getColumn(key).numFmt = '#,##0.00';
  sheet.getColumn('title').alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet, columns.length);
  const about = workbook.addWorksheet('À propos');
  about.addRows([
    ['Export PNQ Tracker'],
    [`État au ${asOf}`],
    [`${rows.length} ${rows.length > 1 ? 'actions' : 'action'}`],
    ['Filtres', filter],
    ['Montants en MAD', rates],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The update template of an owner organisation: its actions, their state and version, editable columns with validation. */
export async function writeTemplateWorkbook({ rows, asOf, organisation, financing }: TemplateWorkbookInput): Promise<Uint8Array> {
  const workbook = newWorkbook(`Mise à jour des actions — ${organisation.acronym ?? organisation.name}`, asOf);
  const statusList = `"${Object.values(STATUS_LABELS_FR).join(',')}"`;

  const instructions = workbook.addWorksheet('Instructions');
  instructions.getColumn(1).width = 110;
  instructions.addRows([
    [`Mise à jour des actions du PNQ — ${organisation.name}${organisation.acronym ? ` (${organisation.acronym})` : ''}`],
    [`État des actions au ${asOf}. ${countInFrench(rows.length, 'action')} dont l’organisation est responsable ou pilote.`],
    [''],
    ['1. Dans la feuille « Actions », ne modifiez que les colonnes sur fond jaune : Statut, Avancement (%), Commentaire, Date d’effet, Lien de preuve.'],
    ['2. Statut : choisissez dans la liste (Non démarrée, En cours, Terminée, Bloquée, Annulée). Terminée = 100 %.'],
    ['3. Avancement : nombre entier de 0 à 100. Non démarrée = 0.'],
    ['4. Commentaire : obligatoire pour toute ligne modifiée ; pour Bloquée ou Annulée, indiquez la raison.'],
    ['5. Date d’effet : date du changement (AAAA-MM-JJ ou JJ/MM/AAAA), jamais dans le futur ; vide = date de l’import.'],
    ['6. Lien de preuve : une ou plusieurs adresses http(s), séparées par des espaces.'],
    [
      '6 bis. Échéance proposée (facultatif) : une nouvelle échéance (AAAA-MM-JJ), avec sa justification dans la colonne suivante ; elle devient une demande de révision que le secrétariat approuve ou refuse — rien ne change avant.',
    ],
    ['7. Ne modifiez ni la Réf. ni la Version : une ligne dont l’action a été mise à jour entre-temps est refusée (version périmée).'],
    [
      '8. Déposez le fichier dans PNQ Tracker (page « Importer ») : une vérification montre chaque changement et chaque problème, ligne par ligne ; rien n’est enregistré tant qu’il reste un problème.',
    ],
    [
      '9. Feuille « Financement » : une ligne par année de chaque ligne de financement (Budget propre : année et ligne budgétaire ; Coopération : clé du partenaire dans l’annuaire, programme, période). Les cellules de l’action (Oui/Non, coût, date d’effet, commentaire) se lisent sur sa première ligne. Montants exacts (au plus deux décimales), en MAD, EUR ou USD ; le décaissé ne dépasse pas l’engagé. Une action modifiée devient une nouvelle version de son financement ; ne modifiez pas la « Version financement ».',
    ],
  ]);
  instructions.getRow(1).font = { bold: true, size: 14 };

  const sheet = tableSheet(workbook, TEMPLATE_SHEET, TEMPLATE_COLUMNS, rows, (row) => ({
    ref: row.ref,
    project: row.project,
    title: row.title,
    deadline: row.deadline,
    health: HEALTH_LABELS_FR[row.health],
    version: row.version,
    status: STATUS_LABELS_FR[row.status],
    progress: row.progress,
  }));
  const last = rows.length + 1;
  for (let r = 2; r <= Math.max(last, 2); r++) {
    const line = sheet.getRow(r);
    line.getCell(columnOf('status')).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [statusList],
      showErrorMessage: true,
      errorTitle: 'Statut',
      error: 'Choisissez un statut de la liste.',
    };
    line.getCell(columnOf('progress')).dataValidation = {
      type: 'whole',
      operator: 'between',
      allowBlank: false,
      formulae: [0, 100],
      showErrorMessage: true,
      errorTitle: 'Avancement',
      error: 'Un nombre entier de 0 à 100.',
    };
    line.getCell(columnOf('effectiveDate')).numFmt = 'yyyy-mm-dd';
    line.getCell(columnOf('proposedDeadline')).numFmt = 'yyyy-mm-dd';
    for (const column of TEMPLATE_COLUMNS) if (column.editable) line.getCell(columnOf(column.key)).fill = EDITABLE_FILL;
  }
  sheet.getColumn(columnOf('title')).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet, TEMPLATE_COLUMNS.length);

  financingSheet(workbook, financing.rows);

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([[TEMPLATE_MARKER], [TEMPLATE_VERSION], [organisation.key], [asOf], ['ref', 'status', 'progress']]);
  // What each row showed when exported: an import changes only the rows edited since, even if the action moved on.
  meta.addRows(rows.map((row) => [row.ref, row.status, row.progress]));
  const financingMeta = workbook.addWorksheet(FINANCING_META_SHEET, { state: 'veryHidden' });
  financingMeta.addRows(financing.exported);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The financing sheet: one row per year of each funding line (an action without line: one row), editable cells in yellow. */
function financingSheet(workbook: ExcelJS.Workbook, rows: FinancingTemplateRow[]): void {
  const sheet = workbook.addWorksheet(FINANCING_SHEET);
  sheet.columns = FINANCING_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  for (const row of rows) sheet.addRow(Object.fromEntries(Object.entries(row).map(([key, value]) => [key, spreadsheetSafeText(value)])));
  for (let r = 2; r <= Math.max(rows.length + 1, 2); r++) {
    const line = sheet.getRow(r);
    line.getCell(financingColumnOf('needsFunding')).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Oui,Non"'] };
    line.getCell(financingColumnOf('source')).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Budget propre,Coopération"'] };
    for (const key of ['costCurrency', 'currency'] as const) {
      line.getCell(financingColumnOf(key)).dataValidation = { type: 'list', allowBlank: true, formulae: ['"MAD,EUR,USD"'] };
    }
    for (const key of ['estimatedCost', 'planned', 'committed', 'disbursed'] as const) line.getCell(financingColumnOf(key)).numFmt = '#,##0.00';
    line.getCell(financingColumnOf('effectiveDate')).numFmt = 'yyyy-mm-dd';
    for (const column of FINANCING_COLUMNS) if (column.editable) line.getCell(financingColumnOf(column.key)).fill = EDITABLE_FILL;
  }
  styleHeader(sheet, FINANCING_COLUMNS.length);
}
