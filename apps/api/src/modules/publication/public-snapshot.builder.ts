import { Injectable } from '@nestjs/common';
import { CalendarDate, PublicAction, PublicChange, PublicCounts, PublicEdition, PublicNationalFigure, PublicSnapshot } from '@pnq/domain';
import { groupBy } from '../../common/collections';
import { counts } from '../dashboard/dashboard.service';
import { IndicatorService } from '../indicator/indicator.service';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { ReportEditionService } from '../report/report-edition.service';
import { ActionSnapshot, SnapshotService } from '../snapshot/snapshot.service';

const publicCounts = (actions: readonly ActionSnapshot[]): PublicCounts => {
  const all = counts(actions);
  return {
    actions: all.actions,
    completed: all.completed,
    inProgress: all.inProgress,
    notStarted: all.notStarted,
    blocked: all.blocked,
    cancelled: all.cancelled,
    overdue: all.overdue,
    atRisk: all.atRisk,
    progress: all.progress,
  };
};

/**
 * Builds a public snapshot's document from the owners' services, field by field from the allow-list only:
 * structure, parties (organisations), deadlines, state, health, indicators with their source, national figures,
 * the quality dashboard's editions and the final yearly reports. Nothing else is read into it.
 */
@Injectable()
export class PublicSnapshotBuilder {
  constructor(
    private readonly snapshotService: SnapshotService,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
    private readonly indicatorService: IndicatorService,
    private readonly reportEditions: ReportEditionService,
  ) {}

  async build(
    number: number,
    asOf: CalendarDate,
    previous: PublicSnapshot | null,
    editions: PublicEdition[],
    archive: PublicSnapshot['archive'],
  ): Promise<PublicSnapshot> {
    const [snapshot, organisations, pillars, national, finalReports] = await Promise.all([
      this.snapshotService.snapshot(asOf),
      this.organisationService.list(),
      this.planService.listPillars(),
      this.nationalFigures(asOf),
      this.reportEditions.list(),
    ]);
    const axes = (await this.planService.axesByPillarIds(pillars.map((p) => p.id))).flat();
    const projects = (await this.planService.projectsByAxisIds(axes.map((a) => a.id))).flat();
    const label = new Map(organisations.map((o) => [o.id, o.acronym ?? o.name]));
    const axesOf = groupBy(axes, (axis) => axis.pillarId);
    const projectsOf = groupBy(projects, (project) => project.axisId);
    const actionsOfPillar = groupBy(snapshot, (a) => a.pillarNumber);
    const actionsOfAxis = groupBy(snapshot, (a) => `${a.pillarNumber}.${a.axisNumber}`);
    const actionsOfProject = groupBy(snapshot, (a) => a.projectRef);
    const actions = await this.actions(snapshot, label, asOf);
    return {
      number,
      asOf,
      previous: previous ? { number: previous.number, asOf: previous.asOf } : null,
      totals: publicCounts(snapshot),
      pillars: pillars.map((pillar) => ({
        number: pillar.number,
        title: pillar.name,
        counts: publicCounts(actionsOfPillar.get(pillar.number) ?? []),
        axes: (axesOf.get(pillar.id) ?? []).map((axis) => ({
          ref: `${pillar.number}.${axis.number}`,
          title: axis.title,
          counts: publicCounts(actionsOfAxis.get(`${pillar.number}.${axis.number}`) ?? []),
          projects: (projectsOf.get(axis.id) ?? []).map((project) => ({
            ref: project.ref,
            title: project.title,
            counts: publicCounts(actionsOfProject.get(project.ref) ?? []),
            actionRefs: (actionsOfProject.get(project.ref) ?? []).map((a) => a.ref),
          })),
        })),
      })),
      actions,
      nationalFigures: national,
      editions,
      finalReports: finalReports.filter((report) => report.asOf <= asOf).map((report) => ({ year: report.year, asOf: report.asOf })),
      changes: changesSince(previous, actions),
      archive,
    };
  }

  private async actions(snapshot: readonly ActionSnapshot[], label: Map<number, string>, asOf: CalendarDate): Promise<PublicAction[]> {
    const indicators = await this.indicatorService.byActionIds(snapshot.map((a) => a.id));
    const values = await this.indicatorService.valuesByIndicatorIds(indicators.flat().map((i) => i.id));
    const valuesOf = new Map(indicators.flat().map((indicator, index) => [indicator.id, values[index]]));
    return snapshot.map((action, index) => ({
      ref: action.ref,
      title: action.title,
      pillar: action.pillarNumber,
      axis: `${action.pillarNumber}.${action.axisNumber}`,
      project: action.projectRef,
      owners: action.ownerIds.map((id) => label.get(id) ?? '?'),
      partners: action.partnerIds.map((id) => label.get(id) ?? '?'),
      deadline: action.definition.deadlineRaw,
      dueDate: action.inForce.deadline.dueDate,
      // The adopted due date, shown beside the one in force when a revision moved it (re-planning, issue 17).
      baselineDueDate: action.inForce.baseline.dueDate !== action.inForce.deadline.dueDate ? action.inForce.baseline.dueDate : null,
      status: action.state.status,
      progress: action.state.progress,
      health: action.verdict.health,
      lastUpdateDate: action.state.lastUpdateDate,
      indicators: indicators[index].map((indicator) => {
        const own = (valuesOf.get(indicator.id) ?? []).filter((value) => value.date <= asOf);
        const evaluation = this.indicatorService.evaluate(indicator, own, asOf, action);
        const latest = own.find((value) => value.date === evaluation.latestDate);
        return {
          label: indicator.label,
          kind: indicator.kind,
          unit: indicator.unit,
          baseline: indicator.baseline,
          target: indicator.target,
          targetYear: evaluation.targetYear,
          latestValue: evaluation.latestValue,
          achieved: evaluation.achieved,
          latestDate: evaluation.latestDate,
          source: latest?.source ?? null,
          status: evaluation.status,
        };
      }),
    }));
  }

  private async nationalFigures(asOf: CalendarDate): Promise<PublicNationalFigure[]> {
    const figures = await this.indicatorService.listNational();
    const values = await this.indicatorService.nationalValuesByIndicatorIds(figures.map((f) => f.id));
    return figures.map((figure, index) => ({
      key: figure.key,
      label: figure.label,
      labelEn: figure.labelEn,
      unit: figure.unit,
      values: values[index]
        .filter((value) => value.date <= asOf)
        .map((value) => ({
          date: value.date,
          value: value.value,
          kind: value.kind,
          source: value.sourceLabel ?? (value.source ? `PNQ, l. ${value.source.fromLine}–${value.source.toLine}` : 'PNQ'),
        })),
    }));
  }
}

/** What moved since the previous snapshot: actions whose status or progress differ (new actions too), in plan order. */
export function changesSince(previous: PublicSnapshot | null, actions: readonly PublicAction[]): PublicChange[] {
  if (!previous) return [];
  const before = new Map(previous.actions.map((a) => [a.ref, a]));
  return actions
    .filter((action) => {
      const old = before.get(action.ref);
      return !old || old.status !== action.status || old.progress !== action.progress;
    })
    .map((action) => {
      const old = before.get(action.ref);
      return {
        ref: action.ref,
        title: action.title,
        fromStatus: old?.status ?? null,
        toStatus: action.status,
        fromProgress: old?.progress ?? null,
        toProgress: action.progress,
      };
    });
}
