import { Injectable } from '@nestjs/common';
import { actionChanges, CalendarDate, ChangeCounts, countChanges, isBetween } from '@pnq/domain';
import { ruleViolated } from '../../common/errors/domain-error';
import { IndicatorService } from '../indicator/indicator.service';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { RevisionService } from '../revision/revision.service';
import { ActionSnapshot, SnapshotService } from '../snapshot/snapshot.service';
import { ChangeCountsModel, PlanChangesModel } from './plan-changes.model';

const onDate = (a: ActionSnapshot) => ({
  ref: a.ref,
  pillarNumber: a.pillarNumber,
  ownerIds: a.ownerIds,
  status: a.state.status,
  progress: a.state.progress,
  health: a.verdict.health,
});

function countsModel(key: string, label: string, counts: ChangeCounts): ChangeCountsModel {
  return Object.assign(new ChangeCountsModel(), {
    key,
    label,
    completed: counts.COMPLETED,
    newlyOverdue: counts.NEWLY_OVERDUE,
    newlyAtRisk: counts.NEWLY_AT_RISK,
    statusMoved: counts.STATUS_MOVED,
    progressMoved: counts.PROGRESS_MOVED,
  });
}

const sumOf = (c: ChangeCounts) => Object.values(c).reduce((a, b) => a + b, 0);
const NONE: ChangeCounts = { COMPLETED: 0, NEWLY_OVERDUE: 0, NEWLY_AT_RISK: 0, STATUS_MOVED: 0, PROGRESS_MOVED: 0 };

/**
 * Read model above snapshot, revision, indicator, plan and organisation (owns no table): the changes between two dates,
 * from the snapshots on each date (the append-only history and the plan in force) and the revisions and indicator
 * values dated between them (after the first date, on or before the second). The screen, the export and the meeting
 * pack all read it.
 */
@Injectable()
export class PlanChangesService {
  constructor(
    private readonly snapshotService: SnapshotService,
    private readonly revisionService: RevisionService,
    private readonly indicatorService: IndicatorService,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
  ) {}

  async between(from: CalendarDate, to: CalendarDate): Promise<PlanChangesModel> {
    if (from >= to) throw ruleViolated({ code: 'BAD_USER_INPUT', message: `Compare a date with a later one (${from} is not before ${to}).` });
    const [before, after, revisions, values, pillars, organisations] = await Promise.all([
      this.snapshotService.snapshot(from),
      this.snapshotService.snapshot(to),
      this.revisionService.revisionsBetween(from, to),
      this.indicatorService.valuesDatedBetween(from, to),
      this.planService.listPillars(),
      this.organisationService.list(),
    ]);
    const byId = new Map(after.map((a) => [a.id, a]));
    const label = new Map(organisations.map((o) => [o.id, o]));
    const changes = actionChanges(before.map(onDate), after.map(onDate));
    const title = new Map(after.map((a) => [a.ref, a.title]));
    const { total, byPillar, byOrganisation } = countChanges(changes);
    return Object.assign(new PlanChangesModel(), {
      from,
      to,
      actions: changes.map((c) => ({
        ref: c.ref,
        title: title.get(c.ref) ?? '',
        pillarNumber: c.pillarNumber,
        owners: c.ownerIds.map((id) => label.get(id)?.acronym ?? label.get(id)?.name ?? '?'),
        kinds: c.kinds,
        fromStatus: c.from.status,
        toStatus: c.to.status,
        fromProgress: c.from.progress,
        toProgress: c.to.progress,
        fromHealth: c.from.health,
        toHealth: c.to.health,
      })),
      total: countsModel('total', 'total', total),
      byPillar: pillars.map((p) => countsModel(String(p.number), p.name, byPillar.get(p.number) ?? NONE)),
      byOrganisation: [...byOrganisation.entries()]
        .sort((a, b) => sumOf(b[1]) - sumOf(a[1]))
        .map(([id, counts]) => countsModel(label.get(id)?.key ?? String(id), label.get(id)?.acronym ?? label.get(id)?.name ?? '?', counts)),
      revisionsApproved: revisions
        .filter((r) => isBetween(r.effectiveDate, from, to))
        .map((r) => ({
          id: r.id,
          ref: byId.get(r.actionId)?.ref ?? '?',
          kind: r.kind,
          effectiveDate: r.effectiveDate,
          dueDate: r.dueDate,
          justification: r.justification,
          decisionRef: r.decisionRef,
        })),
      indicatorValues: values.map((v) => ({ ...v, ref: byId.get(v.actionId)?.ref ?? '?' })),
    });
  }
}
