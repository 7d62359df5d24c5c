import { Injectable } from '@nestjs/common';
import { axisRef, CalendarDate, comparePlanRefs } from '@pnq/domain';
import { counts, DashboardService } from '../dashboard/dashboard.service';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { ActionSnapshot, SnapshotService } from '../snapshot/snapshot.service';
import { groupBy } from '../../common/collections';
import { IndicatorsSectionLoader } from './indicators-section.loader';
import { FinancingViewService } from '../financing-view/financing-view.service';
import { TrackingService } from '../tracking/tracking.service';
import { ANNEX_MAX_ACTIONS, KeyFigure, KeyFigureKey, ReportAction, ReportModel, ReportPillar } from './report-model';
import { REPORT_WORDS_FR } from './words/fr';
import { excerptOfLargePlan } from './report-excerpt';
import { loadRevisionsSection } from './revisions-section';
import { ActionService } from '../action/action.service';
import { RevisionService } from '../revision/revision.service';
import { UserService } from '../user/user.service';

/** Builds the yearly progress report's content from the same services as the dashboard, for one date. */
@Injectable()
export class ReportService {
  constructor(
    private readonly dashboardService: DashboardService,
    private readonly snapshotService: SnapshotService,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
    private readonly indicatorsSection: IndicatorsSectionLoader,
    private readonly financingView: FinancingViewService,
    private readonly revisionService: RevisionService,
    private readonly actionService: ActionService,
    private readonly userService: UserService,
    private readonly trackingService: TrackingService,
  ) {}

  async build(asOf: CalendarDate): Promise<ReportModel> {
    const year = Number(asOf.slice(0, 4));
    const previousAsOf = `${year - 1}-12-31`;
    const [dashboard, previous, snapshot, previousSnapshot, organisations, pillars] = await Promise.all([
      this.dashboardService.dashboard(asOf),
      this.dashboardService.dashboard(previousAsOf),
      this.snapshotService.snapshot(asOf),
      this.snapshotService.snapshot(previousAsOf),
      this.organisationService.list(),
      this.planService.listPillars(),
    ]);
    const axes = (await this.planService.axesByPillarIds(pillars.map((p) => p.id))).flat();
    const projects = (await this.planService.projectsByAxisIds(axes.map((a) => a.id))).flat();
    const label = new Map(organisations.map((o) => [o.id, o.acronym ?? o.name]));
    const completedBefore = new Set(previousSnapshot.filter((a) => a.state.status === 'COMPLETED').map((a) => a.id));

    const line = (action: ActionSnapshot): ReportAction => ({
      ref: action.ref,
      title: action.title,
      owners: action.ownerIds.map((id) => label.get(id) ?? '?'),
      // As printed; when re-planned, with the due date in force the report judges it against.
      deadline: action.definition.deadlineRaw,
      revisedDueDate: revisedDueDate(action),
      dueDate: action.verdict.dueDate,
      status: action.state.status,
      progress: action.state.progress,
      health: action.verdict.health,
      daysLate: action.verdict.health === 'OVERDUE' ? action.verdict.days : null,
    });
    const annex = snapshot.map(line);
    const lineOf = new Map(snapshot.map((a, index) => [a.id, annex[index]]));
    const overdueIds = snapshot.filter((a) => a.verdict.health === 'OVERDUE').map((a) => a.id);
    const latestComments = await this.trackingService.latestCommentsAsOf(overdueIds, asOf);

    // Grouped once (not filtered per pillar, axis and project: that grows with the square of the plan).
    const pillarOf = new Map(pillars.map((p) => [p.number, p]));
    const axesOf = groupBy(axes, (axis) => axis.pillarId);
    const projectsOf = groupBy(projects, (project) => project.axisId);
    const actionsOfPillar = groupBy(snapshot, (a) => a.pillarNumber);
    const actionsOfAxis = groupBy(snapshot, (a) => `${a.pillarNumber}.${a.axisNumber}`);
    const actionsOfProject = groupBy(snapshot, (a) => a.projectRef);

    const reportPillars = dashboard.byPillar.map((rollUp): ReportPillar => {
      const pillar = pillarOf.get(rollUp.number)!;
      const inPillar = actionsOfPillar.get(rollUp.number) ?? [];
      const { number, name, ...pillarCounts } = rollUp;
      return {
        number,
        name,
        counts: pillarCounts,
        axes: (axesOf.get(pillar.id) ?? []).map((axis) => ({
          ref: axisRef(number, axis.number),
          title: axis.title,
          counts: counts(actionsOfAxis.get(`${number}.${axis.number}`) ?? []),
          projects: (projectsOf.get(axis.id) ?? []).map((project) => ({
            ref: project.ref,
            title: project.title,
            counts: counts(actionsOfProject.get(project.ref) ?? []),
          })),
        })),
        completedDuringYear: inPillar.filter((a) => a.state.status === 'COMPLETED' && !completedBefore.has(a.id)).map((a) => lineOf.get(a.id)!),
        overdueAtDate: inPillar
          .filter((a) => a.verdict.health === 'OVERDUE')
          .map((a) => ({ ...lineOf.get(a.id)!, latestComment: latestComments.get(a.id) ?? null }))
          .sort((a, b) => b.daysLate! - a.daysLate! || comparePlanRefs(a.ref, b.ref)),
        dueNextYear: inPillar
          .filter((a) => a.verdict.dueDate?.startsWith(`${year + 1}-`) && a.state.status !== 'COMPLETED' && a.state.status !== 'CANCELLED')
          .map((a) => lineOf.get(a.id)!),
      };
    });

    const figure = (key: keyof typeof dashboard.totals & KeyFigureKey, unit: KeyFigure['unit'] = 'count'): KeyFigure => ({
      key,
      value: dashboard.totals[key],
      previous: previous.totals[key],
      unit,
    });
    return excerptOfLargePlan({
      year,
      asOf,
      previousAsOf,
      title: REPORT_WORDS_FR.title(year),
      totals: dashboard.totals,
      previousTotals: previous.totals,
      keyFigures: [
        figure('actions'),
        figure('progress', 'percent'),
        figure('completed'),
        figure('inProgress'),
        figure('notStarted'),
        figure('blocked'),
        figure('overdue'),
        figure('atRisk'),
        figure('stale'),
        figure('unscheduled'),
        {
          key: 'indicatorsOnTrack',
          value: dashboard.indicatorTotals.onTrack,
          previous: previous.indicatorTotals.onTrack,
          unit: 'count',
        },
      ],
      pillars: reportPillars,
      organisations: dashboard.byOrganisation.map(({ key, name, acronym, ...rollUp }) => ({ key, name, label: acronym ?? name, counts: rollUp })),
      indicators: await this.indicatorsSection.load(dashboard, snapshot, previousAsOf),
      previousIndicatorTotals: previous.indicatorTotals,
      financing: await this.financingView.overview(asOf),
      revisions: await loadRevisionsSection(
        { revisionService: this.revisionService, actionService: this.actionService, userService: this.userService },
        year,
        asOf,
      ),
      annex: annex.length > ANNEX_MAX_ACTIONS ? [] : annex,
      annexActionCount: annex.length,
    });
  }
}

/** « 2024 → 31 décembre 2034 » for an action whose due date in force differs from the adopted one; null otherwise. */
function revisedDueDate(action: ActionSnapshot): CalendarDate | null {
  const { baseline, deadline } = action.inForce;
  return deadline.dueDate === baseline.dueDate ? null : deadline.dueDate;
}
