import { Injectable } from '@nestjs/common';
import {
  axisRef,
  CalendarDate,
  canonicalFinancing,
  FinancingDraft,
  financingInMad,
  formatCentimes,
  formatRate,
  FUNDING_SOURCE_LABELS_FR,
  NO_FR,
  YES_FR,
} from '@pnq/domain';
import { assertCanActFor } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { ActionFilterInput } from '../dashboard/dto/action-filter.input';
import { describeFilter } from './filter-description';
import { FinancingService, recordOf, StoredFinancing } from '../financing/financing.service';
import { DashboardService } from '../dashboard/dashboard.service';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { SnapshotService } from '../snapshot/snapshot.service';
import { TrackingService } from '../tracking/tracking.service';
import { organisationRequired } from './exchange.errors';
import { WorkbookThreads } from './workbook-threads';
import { ActionRow, FinancingTemplateRow } from './workbook-writer';

/** The XLSX exports: the plan or a filtered view, and the update template of an owner organisation (written in a worker thread). */
@Injectable()
export class ExchangeService {
  constructor(
    private readonly dashboardService: DashboardService,
    private readonly snapshotService: SnapshotService,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
    private readonly workbooks: WorkbookThreads,
    private readonly financingService: FinancingService,
    private readonly trackingService: TrackingService,
  ) {}

  /** Rows of the given actions (plan order), with their state on the date, as plain data. */
  async rows(actionIds: readonly number[], asOf: CalendarDate): Promise<ActionRow[]> {
    const wanted = new Set(actionIds);
    const [snapshot, organisations, pillars, financing, rates, latestComments] = await Promise.all([
      this.snapshotService.snapshot(asOf),
      this.organisationService.list(),
      this.planService.listPillars(),
      this.financingService.inForce(asOf, actionIds),
      this.financingService.rates(),
      this.trackingService.latestCommentsAsOf(actionIds, asOf),
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
          ref: action.ref,
          title: action.title,
          pillar: `${pillar.number}. ${pillar.name}`,
          axis: axis ? `${axisRef(pillar.number, axis.number)} ${axis.title}` : '',
          project: project ? `${project.ref} ${project.title}` : action.projectRef,
          owners: names(action.ownerIds),
          partners: names(action.partnerIds),
          deadline: action.definition.deadlineRaw ?? 'À déterminer',
          dueDate: action.verdict.dueDate,
          status: action.state.status,
          progress: action.state.progress,
          health: action.verdict.health,
          lastUpdateDate: action.state.lastUpdateDate,
          version: action.definition.version,
          financing: this.inMad(financing.get(action.id), rates, asOf),
          latestComment: latestComments.get(action.id) ?? null,
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
    const rates = (await this.financingService.rates()).filter((rate) => rate.date <= asOf);
    const inForce = ['EUR', 'USD'].flatMap((currency) => rates.filter((r) => r.currency === currency).slice(-1));
    const ratesText = inForce.map((r) => `1 ${r.currency} = ${formatRate(r.micros)} MAD (cours du ${r.date})`).join(' ; ') || 'aucun cours de référence';
    const names = new Map((await this.organisationService.list()).map((o) => [o.key, o.acronym ?? o.name]));
    const filterLine = describeFilter(filter, (key) => names.get(key) ?? key);
    return this.workbooks.writeActions({ rows, asOf, filter: filterLine, rates: ratesText });
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
    const financing = await this.financingTemplate(owned.map((a) => ({ id: a.id, ref: a.ref, title: a.title })));
    return this.workbooks.writeTemplate({
      rows,
      asOf,
      organisation: { key: organisation.key, name: organisation.name, acronym: organisation.acronym },
      financing,
    });
  }

  /** An action's financing in force, in MAD on the date, for the export's columns. */
  private inMad(stored: StoredFinancing | undefined, rates: Awaited<ReturnType<FinancingService['rates']>>, asOf: CalendarDate): ActionRow['financing'] {
    if (!stored) return { status: null, cost: null, secured: null, disbursed: null, gap: null };
    const figures = financingInMad(recordOf(stored), rates, asOf);
    return {
      status: figures.status,
      cost: figures.cost === null ? null : formatCentimes(figures.cost),
      secured: formatCentimes(figures.secured),
      disbursed: formatCentimes(figures.disbursed),
      gap: formatCentimes(figures.gap),
    };
  }

  /**
   * The template's financing sheet: each action's latest financing (what the next version replaces), one row per year
   * of each funding line, and its canonical form for the hidden sheet (so only actions edited since count on import).
   */
  private async financingTemplate(
    actions: { id: number; ref: string; title: string }[],
  ): Promise<{ rows: FinancingTemplateRow[]; exported: [string, string][] }> {
    const [histories, organisations] = await Promise.all([this.financingService.historyByActionIds(actions.map((a) => a.id)), this.organisationService.list()]);
    const keyOf = new Map(organisations.map((o) => [o.id, o.key]));
    const rows: FinancingTemplateRow[] = [];
    const exported: [string, string][] = [];
    actions.forEach((action, index) => {
      const latest = histories[index][0];
      const head: FinancingTemplateRow = { ref: action.ref, title: action.title, version: latest?.version ?? 0 };
      if (!latest) {
        rows.push(head);
        return;
      }
      const own: FinancingTemplateRow = {
        needsFunding: latest.needsFunding ? YES_FR : NO_FR,
        estimatedCost: latest.estimatedCost === null ? null : Number(latest.estimatedCost),
        costCurrency: latest.costCurrency,
      };
      const lines = latest.lines.map((line) => ({ ...line, partnerKey: line.partnerId === null ? null : (keyOf.get(line.partnerId) ?? null) }));
      const draft: FinancingDraft = { needsFunding: latest.needsFunding, estimatedCost: latest.estimatedCost, costCurrency: latest.costCurrency, lines };
      const lineRows = lines.flatMap((line) => {
        const cells: FinancingTemplateRow = {
          line: line.position,
          source: FUNDING_SOURCE_LABELS_FR[line.source],
          currency: line.currency,
          budgetYear: line.budgetYear,
          budgetLine: line.budgetLine,
          partner: line.partnerKey,
          programme: line.programme,
          periodStart: line.periodStart,
          periodEnd: line.periodEnd,
        };
        if (line.amounts.length === 0) return [cells];
        return line.amounts.map((year) => ({
          ...cells,
          year: year.year,
          planned: Number(year.planned),
          committed: Number(year.committed),
          disbursed: Number(year.disbursed),
        }));
      });
      (lineRows.length ? lineRows : [{}]).forEach((cells, i) => rows.push(i === 0 ? { ...head, ...own, ...cells } : { ...head, ...cells }));
      exported.push([action.ref, canonicalFinancing(draft)]);
    });
    return { rows, exported };
  }
}
