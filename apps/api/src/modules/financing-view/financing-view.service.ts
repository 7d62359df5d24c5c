import { Injectable } from '@nestjs/common';
import {
  CalendarDate,
  comparePlanRefs,
  FinancedAction,
  FinancingFigures,
  financingInMad,
  formatCentimes,
  FUNDING_STATUSES,
  rollUpFinancing,
} from '@pnq/domain';
import { FinancingService, rateModelOf, recordOf } from '../financing/financing.service';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { SnapshotService } from '../snapshot/snapshot.service';
import {
  FinancingFiguresModel,
  FinancingOverviewModel,
  LateUnfundedActionModel,
  OrganisationFinancingModel,
  PartnerFinancingModel,
  PillarFinancingModel,
} from './financing-view.model';

const figuresModel = (figures: FinancingFigures): FinancingFiguresModel =>
  Object.assign(new FinancingFiguresModel(), {
    ...figures,
    byStatus: FUNDING_STATUSES.map((status) => ({ status, count: figures.byStatus[status] })),
    needed: formatCentimes(figures.needed),
    planned: formatCentimes(figures.planned),
    secured: formatCentimes(figures.secured),
    disbursed: formatCentimes(figures.disbursed),
    gap: formatCentimes(figures.gap),
  });

/**
 * The financing view (read model above financing, snapshot, plan and organisation; owns no table): every action's
 * financing in force on a date, with its health on that date, rolled up by the rules of libs/domain (rollUpFinancing).
 */
@Injectable()
export class FinancingViewService {
  constructor(
    private readonly financingService: FinancingService,
    private readonly snapshotService: SnapshotService,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
  ) {}

  /** The refs of the actions late and not funded on a date (the explorer's filter). */
  async lateAndNotFundedRefs(asOf: CalendarDate): Promise<Set<string>> {
    const { late } = await this.compute(asOf);
    return new Set(late.map((action) => action.ref));
  }

  async overview(asOf: CalendarDate): Promise<FinancingOverviewModel> {
    const [{ rollUp, late, rates }, pillars, organisations] = await Promise.all([
      this.compute(asOf),
      this.planService.listPillars(),
      this.organisationService.list(),
    ]);
    const organisationOf = new Map(organisations.map((o) => [o.id, o]));
    const label = (id: number) => organisationOf.get(id)?.acronym ?? organisationOf.get(id)?.name ?? '?';
    const byPillar = pillars
      .filter((pillar) => rollUp.byPillar.has(pillar.number))
      .map((pillar) =>
        Object.assign(new PillarFinancingModel(), {
          pillarNumber: pillar.number,
          name: pillar.name,
          figures: figuresModel(rollUp.byPillar.get(pillar.number)!),
        }),
      );
    const byOrganisation = [...rollUp.byOwner.entries()]
      .filter(([, figures]) => figures.recorded > 0)
      .sort(([a, fa], [b, fb]) => (fb.needed > fa.needed ? 1 : fb.needed < fa.needed ? -1 : label(a).localeCompare(label(b))))
      .map(([id, figures]) => {
        const organisation = organisationOf.get(id)!;
        return Object.assign(new OrganisationFinancingModel(), {
          key: organisation.key,
          name: organisation.name,
          acronym: organisation.acronym,
          figures: figuresModel(figures),
        });
      });
    const byPartner = [...rollUp.byPartner.values()]
      .sort((a, b) => (b.committed > a.committed ? 1 : b.committed < a.committed ? -1 : label(a.partnerId).localeCompare(label(b.partnerId))))
      .map((partner) => {
        const organisation = organisationOf.get(partner.partnerId);
        return Object.assign(new PartnerFinancingModel(), {
          key: organisation?.key ?? null,
          name: organisation?.name ?? '?',
          acronym: organisation?.acronym ?? null,
          actions: partner.actions,
          lines: partner.lines,
          planned: formatCentimes(partner.planned),
          committed: formatCentimes(partner.committed),
          disbursed: formatCentimes(partner.disbursed),
        });
      });
    const ownBudget = Object.assign(new PartnerFinancingModel(), {
      key: null,
      name: 'Budgets propres',
      acronym: null,
      actions: 0,
      lines: rollUp.ownBudget.lines,
      planned: formatCentimes(rollUp.ownBudget.planned),
      committed: formatCentimes(rollUp.ownBudget.committed),
      disbursed: formatCentimes(rollUp.ownBudget.disbursed),
    });
    const lateAndNotFunded = late.map((action) => {
      const inMad = financingInMad(action.record, rates, asOf);
      return Object.assign(new LateUnfundedActionModel(), {
        ref: action.ref,
        title: action.title,
        pillarNumber: action.pillarNumber,
        owners: action.ownerIds.map(label),
        dueDate: action.dueDate,
        daysLate: action.daysLate,
        status: inMad.status,
        cost: inMad.cost === null ? null : formatCentimes(inMad.cost),
        secured: formatCentimes(inMad.secured),
        gap: formatCentimes(inMad.gap),
      });
    });
    return Object.assign(new FinancingOverviewModel(), {
      asOf,
      ratesUsed: rollUp.ratesUsed.map(rateModelOf),
      unconverted: rollUp.unconverted,
      totals: figuresModel(rollUp.totals),
      byPillar,
      byOrganisation,
      byPartner,
      ownBudget,
      lateAndNotFunded,
    });
  }

  private async compute(asOf: CalendarDate) {
    const [snapshot, inForce, rates] = await Promise.all([
      this.snapshotService.snapshot(asOf),
      this.financingService.inForce(asOf),
      this.financingService.rates(),
    ]);
    const financed: FinancedAction[] = snapshot.map((action) => {
      const stored = inForce.get(action.id);
      return {
        actionId: action.id,
        pillarNumber: action.pillarNumber,
        ownerIds: action.ownerIds,
        overdue: action.verdict.health === 'OVERDUE',
        record: stored ? recordOf(stored) : null,
      };
    });
    const rollUp = rollUpFinancing(financed, rates, asOf);
    const lateIds = new Set(rollUp.lateAndNotFunded);
    const late = snapshot
      .filter((action) => lateIds.has(action.id))
      .map((action) => ({
        ref: action.ref,
        title: action.title,
        pillarNumber: action.pillarNumber,
        ownerIds: action.ownerIds,
        dueDate: action.verdict.dueDate!,
        daysLate: action.verdict.days!,
        record: recordOf(inForce.get(action.id)!),
      }))
      .sort((a, b) => b.daysLate - a.daysLate || comparePlanRefs(a.ref, b.ref));
    return { rollUp, late, rates };
  }
}
