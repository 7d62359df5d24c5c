import { Injectable } from '@nestjs/common';
import {
  CalendarDate,
  compareByUrgency,
  comparePlanRefs,
  Health,
  IndicatorStatus,
  normaliseForComparison,
  rollUp,
  rollUpIndicators,
  rollUpSlippage,
} from '@pnq/domain';
import { groupByKeys } from '../../common/collections';
import { RevisionCache } from '../../common/revision-cache';
import { ActionFilterInput } from './dto/action-filter.input';
import { toActionModel } from '../action/action.mapper';
import { ActionModel } from '../action/action.model';
import { IndicatorRollUpModel } from '../indicator/indicator.model';
import { IndicatorService } from '../indicator/indicator.service';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { ActionSnapshot, SnapshotService } from '../snapshot/snapshot.service';
import { FinancingViewService } from '../financing-view/financing-view.service';
import { groupOverdue } from './overdue-groups';
import { DashboardModel, DueYearModel, OrganisationRollUpModel, OverdueActionModel, PillarRollUpModel, RollUpCountsModel } from './dashboard.model';

/** The roll-up of some actions on a date, as every dashboard figure shows it. */
export function counts(actions: readonly ActionSnapshot[]): RollUpCountsModel {
  const result = rollUp(actions.map((a) => ({ status: a.state.status, health: a.verdict.health, progress: a.state.progress, weight: a.weight })));
  const slippage = rollUpSlippage(actions.map((a) => a.inForce.slippageDays));
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
    slipped: slippage.slipped,
    slippageDays: slippage.totalDays,
    meanSlippageDays: slippage.meanDays,
  });
}

/** The column of the due-by-year chart each health counts in (stale and unscheduled actions are not shown there). */
const DUE_YEAR_BUCKETS: Partial<Record<Health, Exclude<keyof DueYearModel, 'year'>>> = {
  DONE: 'done',
  OVERDUE: 'overdue',
  AT_RISK: 'atRisk',
  ON_TRACK: 'onTrack',
  CANCELLED: 'cancelled',
};

/** A page of actions and what was read to find them: each one's snapshot on the date (same order), and the organisations when read. */
export interface ActionsPage {
  actions: ActionModel[];
  snapshots: readonly ActionSnapshot[];
  organisations: readonly OrganisationModel[];
}

/** A page of a list: `limit` items after skipping `offset`. */
export interface Page {
  limit: number;
  offset: number;
}
/** Dates whose overview an instance keeps (as for the snapshot). */
const DASHBOARD_CACHE_DATES = 4;
const ALL: Page = { limit: Number.MAX_SAFE_INTEGER, offset: 0 };
const pageOf = <T>(items: T[], { limit, offset }: Page): T[] => items.slice(offset, offset + limit);

@Injectable()
export class DashboardService {
  private readonly dashboards = new RevisionCache<CalendarDate, DashboardModel>(DASHBOARD_CACHE_DATES);

  constructor(
    private readonly snapshotService: SnapshotService,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
    private readonly indicatorService: IndicatorService,
    private readonly financingViewService: FinancingViewService,
  ) {}

  /** The actions matching every given filter, in plan order, with their health on the date. */
  async actions(filter: ActionFilterInput, asOf: CalendarDate, page: Page = ALL): Promise<ActionModel[]> {
    return (await this.actionsPage(filter, asOf, page)).actions;
  }

  /** The same page of actions with what was read to find them (their snapshot on the date, the organisations named), for resolvers to reuse. */
  async actionsPage(filter: ActionFilterInput, asOf: CalendarDate, page: Page = ALL): Promise<ActionsPage> {
    // The organisations named by the filter, if any (an unknown key matches nothing).
    const named = [filter.owner, filter.partner].filter((key): key is string => key !== undefined);
    const organisations = named.length ? (await this.organisationService.byKeys(named)).filter((o) => o !== undefined) : [];
    const idOf = (key?: string) => (key ? (organisations.find((o) => o.key === key)?.id ?? -1) : undefined);
    const owner = idOf(filter.owner);
    const partner = idOf(filter.partner);
    // Place and parties narrow the actions in SQL; states are then read for those only.
    const snapshot = await this.snapshotService.snapshot(asOf, { pillars: filter.pillars, axis: filter.axis, ownerId: owner, partnerId: partner });
    const lateAndNotFunded = filter.lateAndNotFunded ? await this.financingViewService.lateAndNotFundedRefs(asOf) : null;
    const words = normaliseForComparison(filter.text ?? '')
      .split(' ')
      .filter(Boolean);
    const matches = snapshot.filter((a) => {
      if (filter.pillars?.length && !filter.pillars.includes(a.pillarNumber)) return false;
      if (filter.axis && filter.axis !== `${a.pillarNumber}.${a.axisNumber}`) return false;
      if (filter.statuses?.length && !filter.statuses.includes(a.state.status)) return false;
      if (filter.healths?.length && !filter.healths.includes(a.verdict.health)) return false;
      if (owner !== undefined && !a.ownerIds.includes(owner)) return false;
      if (partner !== undefined && !a.partnerIds.includes(partner)) return false;
      if (lateAndNotFunded && !lateAndNotFunded.has(a.ref)) return false;
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
    const snapshots = pageOf(matches, page);
    return { actions: snapshots.map((a) => toActionModel(a.definition)), snapshots, organisations };
  }

  /** The actions an organisation owns, most urgent first (overdue, at risk, due soon, stale, …). */
  async actionsOwnedBy(organisationId: number, asOf: CalendarDate, page: Page = ALL): Promise<ActionModel[]> {
    return (await this.actionsOwnedByPage(organisationId, asOf, page)).actions;
  }

  /** The same page with the snapshots read to rank it (no organisations were read). */
  async actionsOwnedByPage(organisationId: number, asOf: CalendarDate, page: Page = ALL): Promise<ActionsPage> {
    const owned = [...(await this.snapshotService.snapshot(asOf, { ownerId: organisationId }))].sort(compareByUrgency);
    const snapshots = pageOf(owned, page);
    return { actions: snapshots.map((a) => toActionModel(a.definition)), snapshots, organisations: [] };
  }

  /** The overview's roll-ups, computed once per date and plan revision (see SnapshotService.wholePlan). */
  async dashboard(asOf: CalendarDate): Promise<DashboardModel> {
    const { revision, snapshot } = await this.snapshotService.wholePlan(asOf);
    return this.dashboards.get(asOf, revision, () => this.rollUps(asOf, snapshot));
  }

  private async rollUps(asOf: CalendarDate, snapshot: readonly ActionSnapshot[]): Promise<DashboardModel> {
    const [pillars, organisations] = await Promise.all([this.planService.listPillars(), this.organisationService.list()]);
    const indicatorStatuses = await this.indicatorService.statusesByAction(asOf, snapshot);
    const indicatorsOf = (actions: readonly ActionSnapshot[]): IndicatorRollUpModel =>
      Object.assign(new IndicatorRollUpModel(), rollUpIndicators(actions.flatMap((a): IndicatorStatus[] => indicatorStatuses.get(a.id) ?? [])));
    const perPillar = groupByKeys(
      pillars.map((pillar) => pillar.number),
      snapshot,
      (a) => a.pillarNumber,
    );
    const byPillar = pillars.map((pillar, index) =>
      Object.assign(new PillarRollUpModel(), counts(perPillar[index]), {
        number: pillar.number,
        name: pillar.name,
        indicators: indicatorsOf(perPillar[index]),
      }),
    );
    const owned = new Map<number, ActionSnapshot[]>();
    for (const action of snapshot) {
      for (const id of action.ownerIds) {
        const list = owned.get(id);
        if (list) list.push(action);
        else owned.set(id, [action]);
      }
    }
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
    const overdue = snapshot
      .filter((a) => a.verdict.health === 'OVERDUE')
      .map((a) => ({
        ownerIds: a.ownerIds,
        action: Object.assign(new OverdueActionModel(), {
          ref: a.ref,
          title: a.title,
          pillarNumber: a.pillarNumber,
          owners: a.ownerIds.map((id) => label.get(id) ?? '?'),
          dueDate: a.verdict.dueDate!,
          daysLate: a.verdict.days!,
          progress: a.state.progress,
          lastUpdateDate: a.state.lastUpdateDate,
        }),
      }))
      .sort((a, b) => b.action.daysLate - a.action.daysLate || comparePlanRefs(a.action.ref, b.action.ref));
    const overdueActions = overdue.map((row) => row.action);
    const overdueGroups = groupOverdue(overdue, pillars, organisations);
    const years = new Map<number, DueYearModel>();
    for (const action of snapshot) {
      if (!action.verdict.dueDate) continue;
      const year = Number(action.verdict.dueDate.slice(0, 4));
      const bucket = years.get(year) ?? Object.assign(new DueYearModel(), { year, done: 0, overdue: 0, atRisk: 0, onTrack: 0, cancelled: 0 });
      const key = DUE_YEAR_BUCKETS[action.verdict.health];
      if (key) bucket[key]++;
      years.set(year, bucket);
    }
    const dueByYear = [...years.values()].sort((a, b) => a.year - b.year);
    return Object.assign(new DashboardModel(), {
      asOf,
      totals: counts(snapshot),
      byPillar,
      pillarCount: byPillar.length,
      indicatorTotals: indicatorsOf(snapshot),
      byOrganisation,
      organisationCount: byOrganisation.length,
      overdueActions,
      overdueGroups,
      dueByYear,
    });
  }
}
