import { Injectable } from '@nestjs/common';
import { CalendarDate, HEALTH_LABELS_FR, STATUS_LABELS_FR } from '@pnq/domain';
import { assertCanActFor } from '../../common/access/assert-admin';
import { organisationRequired } from './exchange.errors';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import ExcelJS from 'exceljs';
import { ActionFilterInput } from '../dashboard/dto/action-filter.input';
import { DashboardService } from '../dashboard/dashboard.service';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { ActionSnapshot, SnapshotService } from '../snapshot/snapshot.service';
import { EXPORT_COLUMNS, META_SHEET, TEMPLATE_COLUMNS, TEMPLATE_MARKER, TEMPLATE_SHEET, TEMPLATE_VERSION, columnOf } from './exchange-columns';

/** One action as a spreadsheet row: its place in the plan, parties, deadline and state on a date. */
export interface ActionRow {
  snapshot: ActionSnapshot;
  pillar: string;
  axis: string;
  project: string;
  owners: string;
  partners: string;
  deadline: string;
  version: number;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B5D3B' } };
const EDITABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6D5' } };

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

/** A sheet of one row per action under named columns. */
function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly { header: string; key: string; width: number }[],
  rows: ActionRow[],
  values: (row: ActionRow) => Record<string, unknown>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  for (const row of rows) sheet.addRow(values(row));
  return sheet;
}

/** The XLSX exports: the plan or a filtered view, and the update template of an owner organisation. */
@Injectable()
export class ExchangeService {
  constructor(
    private readonly dashboardService: DashboardService,
    private readonly snapshotService: SnapshotService,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
  ) {}

  /** Rows of the given actions (plan order), with their state on the date. */
  async rows(actionIds: readonly number[], asOf: CalendarDate): Promise<ActionRow[]> {
    const wanted = new Set(actionIds);
    const [snapshot, organisations, pillars] = await Promise.all([
      this.snapshotService.snapshot(asOf),
      this.organisationService.list(),
      this.planService.listPillars(),
    ]);
    const axes = (await this.planService.axesByPillarIds(pillars.map((p) => p.id))).flat();
    const projects = (await this.planService.projectsByAxisIds(axes.map((a) => a.id))).flat();
    const label = new Map(organisations.map((o) => [o.id, o.acronym ?? o.name]));
    const names = (ids: number[]) => ids.map((id) => label.get(id) ?? '?').join(', ');
    const pillarOf = new Map(pillars.map((p) => [p.number, p]));
    const axisOf = new Map(axes.map((a) => [`${a.pillarId}:${a.number}`, a]));
    const projectOf = new Map(projects.map((p) => [p.ref, p]));
    return snapshot
      .filter((action) => wanted.has(action.id))
      .map((action) => {
        const pillar = pillarOf.get(action.pillarNumber)!;
        const axis = axisOf.get(`${pillar.id}:${action.axisNumber}`);
        const project = projectOf.get(action.projectRef);
        return {
          snapshot: action,
          pillar: `${pillar.number}. ${pillar.name}`,
          axis: axis ? `${pillar.number}.${axis.number} ${axis.title}` : '',
          project: project ? `${project.code} ${project.title}` : action.projectRef,
          owners: names(action.ownerIds),
          partners: names(action.partnerIds),
          deadline: action.definition.deadlineRaw ?? 'À déterminer',
          version: action.definition.version,
        };
      });
  }

  /** The actions of a filtered view (the explorer's filters), one row each, frozen header and filters. */
  async actionsWorkbook(filter: ActionFilterInput, asOf: CalendarDate): Promise<Buffer> {
    const actions = await this.dashboardService.actions(filter, asOf);
    const rows = await this.rows(
      actions.map((a) => a.id),
      asOf,
    );
    const workbook = newWorkbook(`Actions du PNQ au ${asOf}`, asOf);
    const sheet = tableSheet(workbook, 'Actions', EXPORT_COLUMNS, rows, ({ snapshot: a, ...row }) => ({
      ref: a.ref,
      pillar: row.pillar,
      axis: row.axis,
      project: row.project,
      title: a.title,
      owners: row.owners,
      partners: row.partners,
      deadline: row.deadline,
      dueDate: a.verdict.dueDate ? new Date(`${a.verdict.dueDate}T00:00:00Z`) : null,
      status: STATUS_LABELS_FR[a.state.status],
      progress: a.state.progress,
      health: HEALTH_LABELS_FR[a.verdict.health],
      lastUpdate: a.state.lastUpdateDate ? new Date(`${a.state.lastUpdateDate}T00:00:00Z`) : null,
      version: row.version,
    }));
    for (const key of ['dueDate', 'lastUpdate'] as const) sheet.getColumn(key).numFmt = 'yyyy-mm-dd';
    sheet.getColumn('title').alignment = { wrapText: true, vertical: 'top' };
    styleHeader(sheet, EXPORT_COLUMNS.length);
    const about = workbook.addWorksheet('À propos');
    about.addRows([['Export PNQ Tracker'], [`État au ${asOf}`], [`${rows.length} action(s)`], ['Filtres', JSON.stringify(filter)]]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** The template of the organisation asked (admins: any; editors: their own; default the editor's). */
  async template(
    actor: AuthenticatedUser,
    organisationKey: string | undefined,
    asOf: CalendarDate,
  ): Promise<{ organisation: OrganisationModel; content: Buffer }> {
    const key = organisationKey ?? (actor.organisationId !== null ? (await this.organisationService.byIds([actor.organisationId]))[0]?.key : undefined);
    if (!key) throw organisationRequired();
    const organisation = await this.organisationService.getByKey(key);
    assertCanActFor(actor, organisation, 'download its update template');
    return { organisation, content: await this.templateWorkbook(organisation, asOf) };
  }

  /** The update template of an owner organisation: its actions, their state and version, editable columns with validation. */
  async templateWorkbook(organisation: OrganisationModel, asOf: CalendarDate): Promise<Buffer> {
    const owned = await this.dashboardService.actions({ owner: organisation.key }, asOf);
    const rows = await this.rows(
      owned.map((a) => a.id),
      asOf,
    );
    const workbook = newWorkbook(`Mise à jour des actions — ${organisation.acronym ?? organisation.name}`, asOf);
    const statusList = `"${Object.values(STATUS_LABELS_FR).join(',')}"`;

    const instructions = workbook.addWorksheet('Instructions');
    instructions.getColumn(1).width = 110;
    instructions.addRows([
      [`Mise à jour des actions du PNQ — ${organisation.name}${organisation.acronym ? ` (${organisation.acronym})` : ''}`],
      [`État des actions au ${asOf}. ${rows.length} action(s) dont l’organisation est responsable ou pilote.`],
      [''],
      ['1. Dans la feuille « Actions », ne modifiez que les colonnes sur fond jaune : Statut, Avancement (%), Commentaire, Date d’effet, Lien de preuve.'],
      ['2. Statut : choisissez dans la liste (Non démarrée, En cours, Terminée, Bloquée, Annulée). Terminée = 100 %.'],
      ['3. Avancement : nombre entier de 0 à 100. Non démarrée = 0.'],
      ['4. Commentaire : obligatoire pour toute ligne modifiée ; pour Bloquée ou Annulée, indiquez la raison.'],
      ['5. Date d’effet : date du changement (AAAA-MM-JJ ou JJ/MM/AAAA), jamais dans le futur ; vide = date de l’import.'],
      ['6. Lien de preuve : une ou plusieurs adresses http(s), séparées par des espaces.'],
      ['7. Ne modifiez ni la Réf. ni la Version : une ligne dont l’action a été mise à jour entre-temps est refusée (version périmée).'],
      [
        '8. Déposez le fichier dans PNQ Tracker (page « Importer ») : une vérification montre chaque changement et chaque problème, ligne par ligne ; rien n’est enregistré tant qu’il reste un problème.',
      ],
    ]);
    instructions.getRow(1).font = { bold: true, size: 14 };

    const sheet = tableSheet(workbook, TEMPLATE_SHEET, TEMPLATE_COLUMNS, rows, ({ snapshot: a, ...row }) => ({
      ref: a.ref,
      project: row.project,
      title: a.title,
      deadline: row.deadline,
      health: HEALTH_LABELS_FR[a.verdict.health],
      version: row.version,
      status: STATUS_LABELS_FR[a.state.status],
      progress: a.state.progress,
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
      for (const column of TEMPLATE_COLUMNS) if (column.editable) line.getCell(columnOf(column.key)).fill = EDITABLE_FILL;
    }
    sheet.getColumn(columnOf('title')).alignment = { wrapText: true, vertical: 'top' };
    styleHeader(sheet, TEMPLATE_COLUMNS.length);

    const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
    meta.addRows([[TEMPLATE_MARKER], [TEMPLATE_VERSION], [organisation.key], [asOf], ['ref', 'status', 'progress']]);
    // What each row showed when exported: an import changes only the rows edited since, even if the action moved on.
    meta.addRows(rows.map(({ snapshot: a }) => [a.ref, a.state.status, a.state.progress]));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
