import { Injectable } from '@nestjs/common';
import { CalendarDate } from '@pnq/domain';
import { assertCanActFor } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { ActionFilterInput } from '../dashboard/dto/action-filter.input';
import { DashboardService } from '../dashboard/dashboard.service';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { SnapshotService } from '../snapshot/snapshot.service';
import { TrackingService } from '../tracking/tracking.service';
import { organisationRequired } from './exchange.errors';
import { WorkbookThreads } from './workbook-threads';
import { ActionRow } from './workbook-writer';

/** The XLSX exports: the plan or a filtered view, and the update template of an owner organisation (written in a worker thread). */
@Injectable()
export class ExchangeService {
  constructor(
    private readonly dashboardService: DashboardService,
    private readonly snapshotService: SnapshotService,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
    private readonly workbooks: WorkbookThreads,
    private readonly trackingService: TrackingService,
  ) {}

  /** Rows of the given actions (plan order), with their state on the date, as plain data. */
  async rows(actionIds: readonly number[], asOf: CalendarDate): Promise<ActionRow[]> {
    const wanted = new Set(actionIds);
    const [snapshot, organisations, pillars, latestComments] = await Promise.all([
      this.snapshotService.snapshot(asOf),
      this.organisationService.list(),
      this.planService.listPillars(),
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
          axis: axis ? `${pillar.number}.${axis.number} ${axis.title}` : '',
          project: project ? `${project.code} ${project.title}` : action.projectRef,
          owners: names(action.ownerIds),
          partners: names(action.partnerIds),
          deadline: action.definition.deadlineRaw ?? 'À déterminer',
          dueDate: action.verdict.dueDate,
          status: action.state.status,
          progress: action.state.progress,
          health: action.verdict.health,
          lastUpdateDate: action.state.lastUpdateDate,
          version: action.definition.version,
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
    return this.workbooks.writeActions({ rows, asOf, filter: JSON.stringify(filter) });
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
    return this.workbooks.writeTemplate({ rows, asOf, organisation: { key: organisation.key, name: organisation.name, acronym: organisation.acronym } });
  }
}
