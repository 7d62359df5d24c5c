import { Injectable } from '@nestjs/common';
import {
  ActionStatus,
  calendarDateInCasablanca,
  CalendarDate,
  DecisionKind,
  Health,
  HEALTH_LABELS_FR,
  PLAN_START,
  STATUS_LABELS_FR,
  STEERING_BODY_LABELS_FR,
} from '@pnq/domain';
import { EvidenceService } from '../evidence/evidence.service';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { ChangeCountsModel } from '../plan-changes/plan-changes.model';
import { PlanChangesService } from '../plan-changes/plan-changes.service';
import { formatDate, formatNumber } from '../report/report-labels';
import { RevisionRequestModel } from '../revision/revision.model';
import { RevisionService } from '../revision/revision.service';
import { ActionSnapshot, SnapshotService } from '../snapshot/snapshot.service';
import { DecisionService } from '../steering/decision.service';
import { SessionService } from '../steering/session.service';
import { SteeringDecisionModel, SteeringSessionModel } from '../steering/steering.model';
import { TrackingService } from '../tracking/tracking.service';
import { UserService } from '../user/user.service';
import { MeetingPack, PackDecision, PackException, PackRequest, PackSession, SessionMinutes } from './meeting-pack-content';

const KIND_LABELS_FR: Record<DecisionKind, string> = { DECISION: 'Décision', RECOMMENDATION: 'Recommandation' };

/** An action the committee must look at: overdue, at risk, or blocked by its owners. */
const isException = (a: ActionSnapshot) => a.verdict.health === 'OVERDUE' || a.verdict.health === 'AT_RISK' || a.state.status === 'BLOCKED';

function situation(health: Health, status: ActionStatus): string {
  const words = HEALTH_LABELS_FR[health];
  return status === 'BLOCKED' ? `${words} — bloquée` : words;
}

function requestWhat(request: RevisionRequestModel): string {
  switch (request.kind) {
    case 'DEADLINE':
      return `Nouvelle échéance : ${formatDate(request.dueDate)}`;
    case 'CANCELLATION':
      return 'Annulation de l’action';
    case 'PARTIES':
      return `Responsables : ${(request.ownerKeys ?? []).join(', ') || 'inchangés'} ; partenaires : ${(request.partnerKeys ?? []).join(', ') || 'inchangés'}`;
    case 'WORDING':
      return `Nouveau libellé : ${request.title ?? '—'}`;
  }
}

const countsOf = (c: ChangeCountsModel, label = c.label) => ({
  label,
  completed: c.completed,
  newlyOverdue: c.newlyOverdue,
  newlyAtRisk: c.newlyAtRisk,
  statusMoved: c.statusMoved,
  progressMoved: c.progressMoved,
});

/**
 * Orchestration above steering, plan-changes, snapshot, tracking, revision, plan, organisation and evidence (owns no table): what
 * a session's meeting pack and minutes show, on the session's date. The change figures are planChanges(since, session
 * date) itself, so they equal the compare view's.
 */
@Injectable()
export class MeetingPackService {
  constructor(
    private readonly sessionService: SessionService,
    private readonly decisionService: DecisionService,
    private readonly planChangesService: PlanChangesService,
    private readonly snapshotService: SnapshotService,
    private readonly trackingService: TrackingService,
    private readonly revisionService: RevisionService,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
    private readonly userService: UserService,
    private readonly evidenceService: EvidenceService,
  ) {}

  async pack(sessionId: number): Promise<MeetingPack> {
    const session = await this.sessionService.get(sessionId);
    const asOf = session.heldOn;
    const from = session.since ?? PLAN_START;
    const [changes, before, after, pillars, organisations, requests, decisions] = await Promise.all([
      this.planChangesService.between(from, asOf),
      this.snapshotService.snapshot(from),
      this.snapshotService.snapshot(asOf),
      this.planService.listPillars(),
      this.organisationService.list(),
      this.revisionService.pendingRequests(),
      this.decisionService.list(null, {}, asOf),
    ]);
    const names = new Map(organisations.map((o) => [o.id, o.acronym ?? o.name]));
    const refs = new Map(after.map((a) => [a.id, a.ref]));
    const exceptions = after.filter(isException);
    const [comments, files] = await Promise.all([
      this.latestComments(exceptions, asOf),
      this.evidenceService.fileCountsAsOf(
        exceptions.map((a) => a.id),
        asOf,
      ),
    ]);
    const count = (snapshot: readonly ActionSnapshot[], test: (a: ActionSnapshot) => boolean) => snapshot.filter(test).length;
    const figure = (label: string, test: (a: ActionSnapshot) => boolean) => ({ label, before: count(before, test), after: count(after, test) });
    return {
      title: `Dossier de séance — ${STEERING_BODY_LABELS_FR[session.body]} du ${formatDate(asOf)}`,
      asOf,
      session: this.sessionOf(session, names),
      from,
      changes: {
        total: countsOf(changes.total, 'Total'),
        byPillar: changes.byPillar.map((c) => countsOf(c, `${c.key}. ${c.label}`)),
        revisionsApproved: changes.revisionsApproved.length,
        indicatorValues: changes.indicatorValues.length,
      },
      keyFigures: [
        figure('Actions réalisées', (a) => a.verdict.health === 'DONE'),
        figure('Actions en retard', (a) => a.verdict.health === 'OVERDUE'),
        figure('Actions à risque', (a) => a.verdict.health === 'AT_RISK'),
        figure('Actions bloquées', (a) => a.state.status === 'BLOCKED'),
        figure('Actions sans nouvelles', (a) => a.verdict.health === 'STALE'),
      ],
      pillars: pillars.map((p) => ({
        number: p.number,
        name: p.name,
        exceptions: exceptions
          .filter((a) => a.pillarNumber === p.number)
          .map((a): PackException => ({
            ref: a.ref,
            title: a.title,
            owners: a.ownerIds.map((id) => names.get(id) ?? '?').join(', ') || '—',
            situation: situation(a.verdict.health, a.state.status),
            daysLate: a.verdict.health === 'OVERDUE' ? a.verdict.days : null,
            lastUpdate: a.state.lastUpdateDate,
            comment: comments.get(a.id) ?? null,
            files: files.get(a.id) ?? 0,
          })),
      })),
      pendingRequests: requests.map((r): PackRequest => ({
        ref: refs.get(r.actionId) ?? '?',
        what: requestWhat(r),
        justification: r.justification,
        requestedOn: calendarDateInCasablanca(r.requestedAt),
      })),
      followUp: decisions.filter((d) => d.sessionDate < asOf).map((d) => this.decisionOf(d, names)),
      indicators: changes.indicatorValues.map((v) => ({
        ref: v.ref,
        label: v.label,
        date: v.date,
        value: v.value !== null ? formatNumber(v.value) : v.achieved === null ? '—' : v.achieved ? 'Atteint' : 'Non atteint',
      })),
    };
  }

  async minutes(sessionId: number): Promise<SessionMinutes> {
    const session = await this.sessionService.get(sessionId);
    const [organisations, decisions, plan] = await Promise.all([
      this.organisationService.list(),
      this.decisionService.list(null, { sessionIds: [sessionId] }, session.heldOn),
      this.snapshotService.snapshot(session.heldOn),
    ]);
    const names = new Map(organisations.map((o) => [o.id, o.acronym ?? o.name]));
    const refs = new Map(plan.map((a) => [a.id, a.ref]));
    const outcomes = await Promise.all(
      decisions.map((d) =>
        Promise.all(
          d.revisionDecisions.map(async ({ requestId, outcome }) => {
            const request = await this.revisionService.requestById(requestId);
            return `Demande de révision sur ${refs.get(request.actionId) ?? '?'} (${requestWhat(request)}) : ${outcome === 'APPROVED' ? 'approuvée' : 'refusée'}.`;
          }),
        ),
      ),
    );
    return {
      title: `Procès-verbal — ${STEERING_BODY_LABELS_FR[session.body]} du ${formatDate(session.heldOn)}`,
      asOf: session.heldOn,
      session: this.sessionOf(session, names),
      decisions: decisions.map((d, index) => ({
        ...this.decisionOf(d, names),
        actions: d.actionIds.map((id) => refs.get(id) ?? '?'),
        revisionOutcomes: outcomes[index],
      })),
    };
  }

  private sessionOf(session: SteeringSessionModel, names: Map<number, string>): PackSession {
    return {
      id: session.id,
      body: STEERING_BODY_LABELS_FR[session.body],
      heldOn: session.heldOn,
      place: session.place,
      agenda: session.agenda,
      since: session.since,
      attending: session.attendeeIds.map((id) => names.get(id) ?? '?'),
    };
  }

  private decisionOf(d: SteeringDecisionModel, names: Map<number, string>): PackDecision {
    const health = d.healthDetail;
    return {
      session: `${STEERING_BODY_LABELS_FR[d.sessionBody]}, ${formatDate(d.sessionDate)}`,
      kind: KIND_LABELS_FR[d.kind],
      text: d.text,
      responsible: d.responsibleOrganisationId === null ? '—' : (names.get(d.responsibleOrganisationId) ?? '?'),
      dueDate: d.dueDate,
      followUp: d.dueDate === null ? 'Sans échéance' : `${STATUS_LABELS_FR[d.status]} — ${formatNumber(d.progress)} %`,
      health: !health
        ? '—'
        : health.health === 'OVERDUE' && health.days !== null
          ? `${HEALTH_LABELS_FR[health.health]} (${formatNumber(health.days)} j)`
          : HEALTH_LABELS_FR[health.health],
    };
  }

  /**
   * Per action, the comment of the latest update effective by the date written by someone of one of its owners in force
   * (the owner's own words: the secretariat's updates are left out); none: absent.
   */
  private async latestComments(actions: readonly ActionSnapshot[], asOf: CalendarDate): Promise<Map<number, string>> {
    const histories = await this.trackingService.historyByActionIds(actions.map((a) => a.id));
    const authorIds = [...new Set(histories.flat().map((u) => u.authorId))];
    const authors = await this.userService.byIds(authorIds);
    const organisationOf = new Map(authorIds.map((id, index) => [id, authors[index]?.organisationId ?? null]));
    const comments = new Map<number, string>();
    actions.forEach((action, index) => {
      const byOwner = (authorId: number) => action.ownerIds.includes(organisationOf.get(authorId) ?? -1);
      const latest = histories[index]
        .filter((u) => u.effectiveDate <= asOf && u.comment.trim() !== '' && byOwner(u.authorId))
        .sort((a, b) => (a.effectiveDate === b.effectiveDate ? b.version - a.version : a.effectiveDate < b.effectiveDate ? 1 : -1))[0];
      if (latest) comments.set(action.id, latest.comment);
    });
    return comments;
  }
}
