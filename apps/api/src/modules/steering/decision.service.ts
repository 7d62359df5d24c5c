import { Injectable } from '@nestjs/common';
import {
  CalendarDate,
  canActForOrganisation,
  decisionHealthOn,
  isNoticeDue,
  reminderFor,
  STEERING_BODY_LABELS_FR,
  stateAsOf,
  trimText,
  validateDecision,
  validateEffectiveDate,
  validateStatusUpdate,
} from '@pnq/domain';
import { DataSource, EntityManager } from 'typeorm';
import { forbidden } from '../../common/access/access.errors';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { todayInCasablanca } from '../../common/clock';
import { groupByKeys } from '../../common/collections';
import { ruleViolated } from '../../common/errors/domain-error';
import { RowOf } from '../../database/sql/sql-types';
import { SqlExecutor } from '../../database/sql/typed-query';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { OrganisationService } from '../organisation/organisation.service';
import { RevisionService } from '../revision/revision.service';
import {
  insertDecision,
  insertDecisionActions,
  insertDecisionReminder,
  insertDecisionOrganisations,
  insertDecisionRevision,
  insertDecisionUpdate,
  lockDecision,
  moveDecisionOrganisations,
  repointResponsible,
  selectDecisions,
  selectDecisionUpdates,
  selectLastDecisionReminders,
} from './decision.queries';
import { NoticeItem, noticeItem } from '../notification/notice-item';
import { RecordDecisionInput } from './dto/record-decision.input';
import { UpdateDecisionStatusInput } from './dto/update-decision-status.input';
import { SessionService } from './session.service';
import { decisionNotFollowed, decisionNotFound, decisionVersionConflict } from './steering.errors';
import { DecisionUpdateModel, SteeringDecisionModel } from './steering.model';

type DecisionRow = RowOf<(typeof selectDecisions)['row']>;

/** Which decisions to list: of sessions, followed up by an organisation, or by id. */
export interface DecisionFilter {
  sessionIds?: readonly number[];
  responsibleOrganisationId?: number;
  ids?: readonly number[];
}

/**
 * Owns steering_decision and its links, the revision requests a decision decided, and the follow-up of decisions with
 * a due date (steering_decision_update, append-only). A decision approving or rejecting revision requests goes through
 * re-planning's own rules (RevisionService.applyDecision) in the same transaction, citing the session.
 */
@Injectable()
export class DecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessionService: SessionService,
    private readonly actionService: ActionService,
    private readonly organisationService: OrganisationService,
    private readonly revisionService: RevisionService,
    private readonly auditService: AuditService,
  ) {}

  async record(actor: AuthenticatedUser, input: RecordDecisionInput, today = todayInCasablanca()): Promise<SteeringDecisionModel> {
    assertAdmin(actor, 'record a decision of a steering session');
    const id = await this.dataSource.transaction(async (manager) => {
      const session = await this.sessionService.get(Number(input.sessionId) || 0, manager);
      const responsible = input.responsibleOrganisationKey ? (await this.organisationService.getByKeys([input.responsibleOrganisationKey], manager))[0] : null;
      const draft = {
        text: trimText(input.text),
        decidedOn: input.decidedOn ?? session.heldOn,
        dueDate: input.dueDate ?? null,
        responsibleOrganisationId: responsible?.id ?? null,
      };
      const [violation] = validateDecision(draft, session.heldOn, today);
      if (violation) throw ruleViolated(violation);
      const organisations = await this.organisationService.getByKeys([...new Set(input.organisationKeys)], manager);
      const actionIds: number[] = [];
      for (const ref of new Set(input.actionRefs)) actionIds.push((await this.actionService.getByRef(ref)).id);
      const { id } = await insertDecision.single(manager, [
        session.id,
        input.kind,
        draft.text,
        draft.decidedOn,
        draft.dueDate,
        draft.responsibleOrganisationId,
        actor.id,
      ]);
      await insertDecisionActions.run(manager, [id, actionIds]);
      await insertDecisionOrganisations.run(manager, [id, organisations.map((o) => o.id)]);
      const decisionRef = `${STEERING_BODY_LABELS_FR[session.body]}, séance du ${session.heldOn} (décision n° ${id})`;
      for (const { requestId, outcome } of input.revisionRequests) {
        const request = await this.revisionService.applyDecision(
          manager,
          actor,
          { id: requestId, comment: draft.text, decisionRef, effectiveDate: draft.decidedOn },
          outcome,
          today,
        );
        await insertDecisionRevision.run(manager, [id, request, outcome]);
      }
      await this.auditService.record(
        {
          actorId: actor.id,
          operation: 'recordSteeringDecision',
          entity: 'steering_decision',
          entityKey: String(id),
          after: {
            session: session.id,
            kind: input.kind,
            ...draft,
            actions: input.actionRefs,
            organisations: input.organisationKeys,
            revisionRequests: input.revisionRequests,
          },
          affectsPlan: input.revisionRequests.some((r) => r.outcome === 'APPROVED'),
        },
        manager,
      );
      return id;
    });
    return this.get(actor, id, today);
  }

  /** The responsible organisation's editors (or the secretariat) record the follow-up of a decision with a due date. */
  async updateStatus(actor: AuthenticatedUser, input: UpdateDecisionStatusInput, today = todayInCasablanca()): Promise<SteeringDecisionModel> {
    const id = Number(input.decisionId) || 0;
    const effectiveDate = input.effectiveDate ?? today;
    const comment = trimText(input.comment);
    const [violation] = [...validateStatusUpdate({ status: input.status, progress: input.progress, comment }), ...validateEffectiveDate(effectiveDate, today)];
    if (violation) throw ruleViolated(violation);
    await this.dataSource.transaction(async (manager) => {
      const decision = await lockDecision.one(manager, [id]);
      if (!decision) throw decisionNotFound(id);
      if (decision.dueDate === null || decision.responsibleOrganisationId === null) throw decisionNotFollowed(id);
      if (!canActForOrganisation(actor, decision.responsibleOrganisationId))
        throw forbidden('Only the organisation responsible for this decision (or the secretariat) can record its follow-up.');
      if (decision.version !== input.expectedVersion) throw decisionVersionConflict(id, input.expectedVersion, decision.version);
      const version = decision.version + 1;
      await insertDecisionUpdate.run(manager, [id, version, effectiveDate, input.status, input.progress, comment, actor.id]);
      await this.auditService.record(
        {
          actorId: actor.id,
          operation: 'updateDecisionStatus',
          entity: 'steering_decision',
          entityKey: String(id),
          after: { version, effectiveDate, status: input.status, progress: input.progress, comment },
          affectsPlan: false,
        },
        manager,
      );
    });
    return this.get(actor, id, today);
  }

  async get(actor: AuthenticatedUser, id: number, asOf: CalendarDate): Promise<SteeringDecisionModel> {
    const [decision] = await this.list(actor, { ids: [id] }, asOf);
    if (!decision) throw decisionNotFound(id);
    return decision;
  }

  /** Decisions with their follow-up state and health on a date. */
  async list(actor: AuthenticatedUser | null, filter: DecisionFilter, asOf: CalendarDate, db: SqlExecutor = this.dataSource): Promise<SteeringDecisionModel[]> {
    const rows = await selectDecisions.all(db, [
      filter.sessionIds ? [...filter.sessionIds] : null,
      filter.responsibleOrganisationId ?? null,
      filter.ids ? [...filter.ids] : null,
    ]);
    const ids = rows.map((row) => row.id);
    const updates = groupByKeys(ids, await selectDecisionUpdates.all(db, [ids]), (u) => u.decisionId);
    return rows.map((row, index) => this.toModel(actor, row, updates[index], asOf));
  }

  /**
   * The daily digest's lines about decisions, by responsible organisation: due within 30 then 7 days, overdue the day
   * after, a week after, then every 30 days (the action rules, docs/rules.md §7) — each recorded so that it is sent once.
   */
  async digestItems(manager: EntityManager, asOf: CalendarDate): Promise<Map<number, NoticeItem[]>> {
    const decisions = (await this.list(null, {}, asOf, manager)).filter((d) => d.responsibleOrganisationId !== null && d.healthDetail !== null);
    const last = new Map((await selectLastDecisionReminders.all(manager)).map((r) => [`${r.decisionId}:${r.kind}`, r.lastRunDate]));
    const items = new Map<number, NoticeItem[]>();
    for (const decision of decisions) {
      const reminder = reminderFor(decision.healthDetail!);
      if (!reminder || reminder.kind === 'STALE' || !isNoticeDue(reminder, asOf, last.get(`${decision.id}:${reminder.kind}`) ?? null)) continue;
      const kind = reminder.kind === 'OVERDUE' ? 'DECISION_OVERDUE' : 'DECISION_DUE_SOON';
      const line = noticeItem(kind, { title: decision.text, days: reminder.days, dueDate: reminder.dueDate, organisation: null });
      items.set(decision.responsibleOrganisationId!, [...(items.get(decision.responsibleOrganisationId!) ?? []), line]);
      await insertDecisionReminder.run(manager, [decision.id, asOf, reminder.kind]);
    }
    return items;
  }

  /** A merge: decisions naming the duplicate (responsible or linked) name the organisation kept. */
  async moveToOrganisation(db: SqlExecutor, fromOrganisationId: number, toOrganisationId: number): Promise<void> {
    await repointResponsible.run(db, [fromOrganisationId, toOrganisationId]);
    await moveDecisionOrganisations.run(db, [fromOrganisationId, toOrganisationId]);
  }

  private toModel(actor: AuthenticatedUser | null, row: DecisionRow, updates: DecisionUpdateModel[], asOf: CalendarDate): SteeringDecisionModel {
    const state = stateAsOf(updates, asOf);
    const verdict = decisionHealthOn(row, state, asOf);
    const viewerCanUpdate =
      actor !== null && row.dueDate !== null && row.responsibleOrganisationId !== null && canActForOrganisation(actor, row.responsibleOrganisationId);
    return Object.assign(new SteeringDecisionModel(), row, {
      asOf,
      status: state.status,
      progress: state.progress,
      version: updates.length,
      healthDetail: verdict && { ...verdict, asOf },
      history: updates.map((u) => Object.assign(new DecisionUpdateModel(), u)),
      viewerCanUpdate,
    });
  }
}
