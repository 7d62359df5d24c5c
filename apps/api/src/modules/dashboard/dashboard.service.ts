import { Injectable } from '@nestjs/common';
import { CalendarDate, compareByUrgency, IndicatorStatus, normaliseForComparison, rollUp, rollUpIndicators } from '@pnq/domain';
import { ActionFilterInput } from './dto/action-filter.input';
import { ActionModel } from '../action/action.model';
import { ActionService } from '../action/action.service';
import { IndicatorRollUpModel } from '../indicator/indicator.model';
import { IndicatorService } from '../indicator/indicator.service';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { ActionSnapshot, TrackingService } from '../tracking/tracking.service';
import { DashboardModel, DueYearModel, OrganisationRollUpModel, OverdueActionModel, PillarRollUpModel, RollUpCountsModel } from './dashboard.model';

function counts(actions: ActionSnapshot[]): RollUpCountsModel {
  const result = rollUp(actions.map((a) => ({ status: a.state.status, health: a.verdict.health, progress: a.state.progress, weight: a.weight })));
  return Object.assign(new RollUpCountsModel(), {
    actions: result.actions,
    progress: result.progress,
    notStarted: result.byStatus.NOT_STARTED,
    inProgress: result.byStatus.IN_PROGRESS,
    completed: result.byStatus.COMPLETED,
    blocked: result.byStatus.BLOCKED,
    cancelled: result.byStatus.CANCELLED,
    overdue: result.byHealth.OVERDUE,
    atRisk: result.byHealth.AT_RISK,
    onTrack: result.byHealth.ON_TRACK,
    stale: result.byHealth.STALE,
    unscheduled: result.byHealth.UNSCHEDULED,
    done: result.byHealth.DONE,
  });
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly trackingService: TrackingService,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
    private readonly actionService: ActionService,
    private readonly indicatorService: IndicatorService,
  ) {}

  /** The actions matching every given filter, in plan order, with their health on the date. */
  async actions(filter: ActionFilterInput, asOf: CalendarDate): Promise<ActionModel[]> {
    const [snapshot, organisations] = await Promise.all([this.trackingService.snapshot(asOf), this.organisationService.list()]);
    const idOf = (key?: string) => (key ? (organisations.find((o) => o.key === key)?.id ?? -1) : undefined);
    const owner = idOf(filter.owner);
    const partner = idOf(filter.partner);
    const words = normaliseForComparison(filter.text ?? '').split(' ').filter(Boolean);
    const matches = snapshot.filter((a) => {
      if (filter.pillars?.length && !filter.pillars.includes(a.pillarNumber)) return false;
      if (filter.axis && filter.axis !== `${a.pillarNumber}.${a.axisNumber}`) return false;
      if (filter.statuses?.length && !filter.statuses.includes(a.state.status)) return false;
      if (filter.healths?.length && !filter.healths.includes(a.verdict.health)) return false;
      if (owner !== undefined && !a.ownerIds.includes(owner)) return false;
      if (partner !== undefined && !a.partnerIds.includes(partner)) return false;
      if (filter.deadlineYear !== undefined) {
        const year = a.verdict.dueDate ? Number(a.verdict.dueDate.slice(0, 4)) : a.deadline.year;
        if (year !== filter.deadlineYear) return false;
      }
      if (words.length) {
        const haystack = normaliseForComparison(`${a.ref} ${a.title}`);
        if (!words.every((w) => haystack.includes(w))) return false;
      }
      return true;
    });
    return this.actionService.byIds(matches.map((a) => a.id));
  }

  /** The actions an organisation owns, most urgent first (overdue, at risk, due soon, stale, …). */
  async actionsOwnedBy(organisationId: number, asOf: CalendarDate): Promise<ActionModel[]> {
    const owned = (await this.trackingService.snapshot(asOf)).filter((a) => a.ownerIds.includes(organisationId)).sort(compareByUrgency);
    return this.actionService.byIds(owned.map((a) => a.id));
  }

  async dashboard(asOf: CalendarDate): Promise<DashboardModel> {
    const [snapshot, pillars, organisations] = await Promise.all([
      this.trackingService.snapshot(asOf),
      this.planService.listPillars(),
      this.organisationService.list(),
    ]);
    const indicatorStatuses = await this.indicatorService.statusesByAction(asOf, snapshot);
    const indicatorsOf = (actions: ActionSnapshot[]): IndicatorRollUpModel =>
      Object.assign(new IndicatorRollUpModel(), rollUpIndicators(actions.flatMap((a): IndicatorStatus[] => indicatorStatuses.get(a.id) ?? [])));
    const byPillar = pillars.map((pillar) => {
      const actions = snapshot.filter((a) => a.pillarNumber === pillar.number);
      return Object.assign(new PillarRollUpModel(), counts(actions), { number: pillar.number, name: pillar.name, indicators: indicatorsOf(actions) });
    });
    const owned = new Map<number, ActionSnapshot[]>();
    for (const action of snapshot) for (const id of action.ownerIds) owned.set(id, [...(owned.get(id) ?? []), action]);
    const byOrganisation = organisations
      .filter((organisation) => owned.has(organisation.id))
      .map((organisation) =>
        Object.assign(new OrganisationRollUpModel(), counts(owned.get(organisation.id)!), {
          key: organisation.key,
          name: organisation.name,
          acronym: organisation.acronym,
        }),
      )
      .sort((a, b) => b.overdue - a.overdue || b.atRisk - a.atRisk || b.actions - a.actions || a.key.localeCompare(b.key));
    const label = new Map(organisations.map((o) => [o.id, o.acronym ?? o.name]));
    const overdueActions = snapshot
      .filter((a) => a.verdict.health === 'OVERDUE')
      .map((a) =>
        Object.assign(new OverdueActionModel(), {
          ref: a.ref,
          title: a.title,
          pillarNumber: a.pillarNumber,
          owners: a.ownerIds.map((id) => label.get(id) ?? '?'),
          dueDate: a.verdict.dueDate!,
          daysLate: a.verdict.days!,
          progress: a.state.progress,
          lastUpdateDate: a.state.lastUpdateDate,
        }),
      )
      .sort((a, b) => b.daysLate - a.daysLate || a.ref.localeCompare(b.ref, 'fr', { numeric: true }));
    const years = new Map<number, DueYearModel>();
    for (const action of snapshot) {
      if (!action.verdict.dueDate) continue;
      const year = Number(action.verdict.dueDate.slice(0, 4));
      const bucket = years.get(year) ?? Object.assign(new DueYearModel(), { year, done: 0, overdue: 0, atRisk: 0, onTrack: 0, cancelled: 0 });
      const key = ({ DONE: 'done', OVERDUE: 'overdue', AT_RISK: 'atRisk', ON_TRACK: 'onTrack', CANCELLED: 'cancelled' } as const)[
        action.verdict.health as 'DONE' | 'OVERDUE' | 'AT_RISK' | 'ON_TRACK' | 'CANCELLED'
      ];
      if (key) bucket[key]++;
      years.set(year, bucket);
    }
    const dueByYear = [...years.values()].sort((a, b) => a.year - b.year);
    return Object.assign(new DashboardModel(), { asOf, totals: counts(snapshot), byPillar, indicatorTotals: indicatorsOf(snapshot), byOrganisation, overdueActions, dueByYear });
  }
}
