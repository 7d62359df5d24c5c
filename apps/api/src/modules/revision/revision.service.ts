import { Injectable } from '@nestjs/common';
import {
  ActionRevision,
  baselineDeadline,
  CalendarDate,
  canUpdateActionStatus,
  definitionInForce,
  DefinitionInForce,
  RevisionChanges,
  RevisionKind,
  slippageDays,
  trimText,
  validateEffectiveDate,
  validateRevision,
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
import { actionNotFound } from '../action/action.errors';
import { ActionModel } from '../action/action.model';
import { ActionOutline, ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { OrganisationService } from '../organisation/organisation.service';
import { DecideRevisionRequestInput } from './dto/decide-revision-request.input';
import { RequestRevisionInput } from './dto/request-revision.input';
import { ReviseActionInput } from './dto/revise-action.input';
import { changesOf, RevisionChangesInput } from './dto/revision-changes.input';
import { SetDeadlinesInput } from './dto/set-deadlines.input';
import { definitionVersionConflict, revisionRequestDecided, revisionRequestNotFound, revisionRequestStale } from './revision.errors';
import { PlanInForceModel, RequestStatus, RevisionModel, RevisionRequestModel } from './revision.model';
import { RevisionNotices } from './revision-notices';
import {
  insertDecision,
  insertRequest,
  insertRevision,
  lockRequest,
  selectRequestById,
  selectRequests,
  selectRequestsOfActions,
  selectRevisionsDecidedBetween,
  selectRevisionsOfActions,
} from './revision.queries';

type RevisionRow = RowOf<(typeof selectRevisionsOfActions)['row']>;
type RequestRow = RowOf<(typeof selectRequestById)['row']>;

function changeFields(kind: RevisionKind, changes: RevisionChanges, justification: string) {
  return {
    kind,
    justification,
    dueDate: changes.dueDate ?? null,
    cancelled: changes.cancelled ?? false,
    ownerKeys: changes.ownerKeys ?? null,
    partnerKeys: changes.partnerKeys ?? null,
    title: changes.title ?? null,
    subActions: changes.subActions ?? null,
  };
}

export function toRevisionModel(row: RevisionRow): RevisionModel {
  return Object.assign(new RevisionModel(), row, changeFields(row.kind, row.changes, row.justification));
}

function toRequestModel(row: RequestRow): RevisionRequestModel {
  const status: RequestStatus = row.outcome ?? 'PENDING';
  return Object.assign(new RevisionRequestModel(), row, changeFields(row.kind, row.changes, row.justification), { status });
}

function asRevision(row: Pick<RevisionRow, 'id' | 'effectiveDate' | 'changes'>): ActionRevision {
  return { sequence: row.id, effectiveDate: row.effectiveDate, changes: row.changes };
}

/** A revision about to be written, once its rules have passed. */
interface RevisionWrite {
  outline: ActionOutline;
  kind: RevisionKind;
  changes: RevisionChanges;
  justification: string;
  effectiveDate: CalendarDate;
  decisionRef: string | null;
  requestId: number | null;
}

/**
 * Owns action_revision, revision_request and revision_decision: the plan in force (the adopted action — the baseline,
 * never edited here — plus effective-dated, append-only revisions), owners' requests and the secretariat's decisions.
 * Every write locks the action row, checks the definition version, audits, and notifies through the notification module.
 */
@Injectable()
export class RevisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actionService: ActionService,
    private readonly organisationService: OrganisationService,
    private readonly auditService: AuditService,
    private readonly notices: RevisionNotices,
  ) {}

  /** An owner's editor (or the secretariat) asks for a change; nothing changes before the secretariat approves it. */
  async request(actor: AuthenticatedUser, input: RequestRevisionInput, today = todayInCasablanca()): Promise<RevisionRequestModel> {
    const id = await this.dataSource.transaction((manager) => this.applyRequest(manager, actor, input, today));
    return this.requestById(id);
  }

  /**
   * The rules and writes of one request, inside the caller's transaction (the spreadsheet import makes its proposed
   * deadlines requests in the same transaction as its status updates: all or nothing). `expectedDefinitionVersion`
   * null: the version read under the lock (the import's template carries no definition version). Returns its id.
   */
  async applyRequest(
    manager: EntityManager,
    actor: AuthenticatedUser,
    input: RevisionChangesInput & { expectedDefinitionVersion: number | null },
    today: CalendarDate,
  ): Promise<number> {
    const { outline, version, inForce } = await this.lockInForce(manager, input.ref, today);
    if (!canUpdateActionStatus(actor, outline)) {
      throw forbidden(
        actor.role === 'VIEWER'
          ? 'Viewers can read the plan but not ask to change it.'
          : `Only the owner organisations of ${input.ref} (or the secretariat) can ask to change it.`,
      );
    }
    if (input.expectedDefinitionVersion !== null && version !== input.expectedDefinitionVersion)
      throw definitionVersionConflict(input.ref, input.expectedDefinitionVersion, version);
    const changes = await this.checked(manager, input, inForce, today);
    const justification = trimText(input.justification);
    const { id } = await insertRequest.single(manager, [outline.id, input.kind, changes, justification, version, actor.id, actor.organisationId]);
    await this.auditService.record(
      {
        actorId: actor.id,
        operation: 'requestRevision',
        entity: 'action',
        entityKey: input.ref,
        after: { request: id, kind: input.kind, changes, justification, definitionVersion: version },
        affectsPlan: false,
      },
      manager,
    );
    await this.notices.requested(manager, { ref: outline.ref, title: outline.title, changes, organisationId: actor.organisationId }, today);
    return id;
  }

  /** The secretariat approves a pending request: it becomes a revision in force from today (or conflicts if the action changed). */
  async approve(actor: AuthenticatedUser, input: DecideRevisionRequestInput, today = todayInCasablanca()): Promise<RevisionRequestModel> {
    assertAdmin(actor, 'approve a revision of the plan');
    return this.decide(actor, input, 'APPROVED', today);
  }

  /** The secretariat rejects a pending request: nothing in the plan changes. */
  async reject(actor: AuthenticatedUser, input: DecideRevisionRequestInput, today = todayInCasablanca()): Promise<RevisionRequestModel> {
    assertAdmin(actor, 'reject a revision request');
    return this.decide(actor, input, 'REJECTED', today);
  }

  private async decide(actor: AuthenticatedUser, input: DecideRevisionRequestInput, outcome: 'APPROVED' | 'REJECTED', today: CalendarDate) {
    const id = await this.dataSource.transaction((manager) => this.applyDecision(manager, actor, input, outcome, today));
    return this.requestById(id);
  }

  /**
   * The rules and writes of a decision on a request, inside the caller's transaction (a steering-committee decision
   * approves or rejects requests in the same transaction as it is recorded). The caller has checked it is the
   * secretariat. Returns the request's id.
   */
  async applyDecision(
    manager: EntityManager,
    actor: AuthenticatedUser,
    input: DecideRevisionRequestInput,
    outcome: 'APPROVED' | 'REJECTED',
    today: CalendarDate,
  ): Promise<number> {
    assertAdmin(actor, 'decide on a revision request');
    const id = Number(input.id);
    if (!Number.isSafeInteger(id)) throw revisionRequestNotFound(id);
    const comment = trimText(input.comment);
    if (!comment) throw ruleViolated({ code: 'JUSTIFICATION_REQUIRED', message: 'A decision needs a comment the requester can read.' });
    const decisionRef = trimText(input.decisionRef ?? '') || null;
    const effectiveDate = input.effectiveDate ?? today;
    const [dateViolation] = validateEffectiveDate(effectiveDate, today);
    if (dateViolation) throw ruleViolated({ code: 'INVALID_REVISION', message: dateViolation.message });
    if (!(await lockRequest.one(manager, [id]))) throw revisionRequestNotFound(id);
    const request = (await selectRequestById.one(manager, [id]))!;
    if (request.outcome) throw revisionRequestDecided(id, request.outcome);
    const [outline] = await this.actionService.outlines([request.actionId], manager);
    const { version, inForce } = await this.lockInForce(manager, outline.ref, effectiveDate);
    if (outcome === 'APPROVED') {
      if (version !== request.definitionVersion) throw revisionRequestStale(id, outline.ref, request.definitionVersion, version);
      const [violation] = validateRevision({ kind: request.kind, changes: request.changes, justification: request.justification }, inForce, effectiveDate);
      if (violation) throw ruleViolated(violation);
      await this.write(manager, actor, {
        outline,
        kind: request.kind,
        changes: request.changes,
        justification: request.justification,
        effectiveDate,
        decisionRef,
        requestId: id,
      });
    }
    await insertDecision.run(manager, [id, outcome, comment, decisionRef, actor.id]);
    await this.auditService.record(
      {
        actorId: actor.id,
        operation: outcome === 'APPROVED' ? 'approveRevisionRequest' : 'rejectRevisionRequest',
        entity: 'action',
        entityKey: outline.ref,
        after: { request: id, outcome, comment, decisionRef },
        affectsPlan: outcome === 'APPROVED',
      },
      manager,
    );
    await this.notices.decided(
      manager,
      { ref: outline.ref, title: outline.title, changes: request.changes, outcome, ownerIds: outline.ownerIds, requestedBy: request.requestedBy },
      today,
    );
    return id;
  }

  /** The secretariat revises an action directly, with a justification (and optionally the decision it applies). */
  async revise(actor: AuthenticatedUser, input: ReviseActionInput, today = todayInCasablanca()): Promise<void> {
    assertAdmin(actor, 'revise the plan');
    const effectiveDate = input.effectiveDate ?? today;
    const [dateViolation] = validateEffectiveDate(effectiveDate, today);
    if (dateViolation) throw ruleViolated({ code: 'INVALID_REVISION', message: dateViolation.message });
    await this.dataSource.transaction(async (manager) => {
      const { outline, version, inForce } = await this.lockInForce(manager, input.ref, effectiveDate);
      if (version !== input.expectedDefinitionVersion) throw definitionVersionConflict(input.ref, input.expectedDefinitionVersion, version);
      const changes = await this.checked(manager, input, inForce, effectiveDate);
      await this.write(manager, actor, {
        outline,
        kind: input.kind,
        changes,
        justification: trimText(input.justification),
        effectiveDate,
        decisionRef: trimText(input.decisionRef ?? '') || null,
        requestId: null,
      });
    });
  }

  /** The secretariat sets many deadlines at once (e.g. the actions the plan left without one): all or none. */
  async setDeadlines(actor: AuthenticatedUser, input: SetDeadlinesInput, today = todayInCasablanca()): Promise<number> {
    assertAdmin(actor, 'set deadlines');
    await this.dataSource.transaction(async (manager) => {
      for (const item of input.items) {
        const { outline, version, inForce } = await this.lockInForce(manager, item.ref, today);
        if (version !== item.expectedDefinitionVersion) throw definitionVersionConflict(item.ref, item.expectedDefinitionVersion, version);
        const revision = { ref: item.ref, kind: 'DEADLINE' as const, dueDate: item.dueDate, justification: input.justification };
        const changes = await this.checked(manager, revision, inForce, today);
        await this.write(manager, actor, {
          outline,
          kind: 'DEADLINE',
          changes,
          justification: trimText(input.justification),
          effectiveDate: today,
          decisionRef: trimText(input.decisionRef ?? '') || null,
          requestId: null,
        });
      }
    });
    return input.items.length;
  }

  /** Locks the action row (writers of one action queue here) and reads its definition version and its plan in force on a date. */
  private async lockInForce(manager: EntityManager, ref: string, asOf: CalendarDate) {
    const locked = await this.actionService.lockByRef(manager, ref);
    if (!locked) throw actionNotFound(ref);
    const [outline] = await this.actionService.outlines([locked.id], manager);
    const revisions = await selectRevisionsOfActions.all(manager, [[locked.id]]);
    const inForce = definitionInForce(
      { deadline: outline.deadline, title: outline.title, subActions: [], ownerKeys: [], partnerKeys: [] },
      revisions.map(asRevision),
      asOf,
    );
    return { outline, version: revisions.length, inForce };
  }

  /** The input's changes once the rules have passed (organisations named must exist). */
  private async checked(db: SqlExecutor, input: RevisionChangesInput, inForce: DefinitionInForce, today: CalendarDate): Promise<RevisionChanges> {
    const changes = changesOf(input);
    const [violation] = validateRevision({ kind: input.kind, changes, justification: input.justification }, inForce, today);
    if (violation) throw ruleViolated(violation);
    const keys = [...(changes.ownerKeys ?? []), ...(changes.partnerKeys ?? [])];
    if (keys.length) await this.organisationService.getByKeys([...new Set(keys)], db);
    return changes;
  }

  private async write(manager: EntityManager, actor: AuthenticatedUser, revision: RevisionWrite): Promise<void> {
    const { outline } = revision;
    const { id } = await insertRevision.single(manager, [
      outline.id,
      revision.kind,
      revision.changes,
      revision.effectiveDate,
      revision.justification,
      revision.decisionRef,
      revision.requestId,
      actor.id,
    ]);
    const { ownerKeys, partnerKeys } = revision.changes;
    if (ownerKeys !== undefined || partnerKeys !== undefined) {
      const idsOf = async (keys: string[] | undefined) =>
        keys === undefined ? null : (await this.organisationService.getByKeys(keys, manager)).map((o) => o.id);
      await this.actionService.recordPartiesInForce(manager, {
        actionId: outline.id,
        effectiveDate: revision.effectiveDate,
        revisionId: id,
        ownerIds: await idsOf(ownerKeys),
        partnerIds: await idsOf(partnerKeys),
      });
    }
    await this.auditService.record(
      {
        actorId: actor.id,
        operation: 'reviseAction',
        entity: 'action',
        entityKey: outline.ref,
        after: {
          revision: id,
          kind: revision.kind,
          changes: revision.changes,
          effectiveDate: revision.effectiveDate,
          justification: revision.justification,
          decisionRef: revision.decisionRef,
          request: revision.requestId,
        },
      },
      manager,
    );
  }

  async requestById(id: number): Promise<RevisionRequestModel> {
    const row = await selectRequestById.one(this.dataSource, [id]);
    if (!row) throw revisionRequestNotFound(id);
    return toRequestModel(row);
  }

  /** Requests, newest first: the secretariat sees all; an editor those on the actions their organisation owns; viewers none. */
  async requests(actor: AuthenticatedUser, pendingOnly: boolean, limit: number): Promise<RevisionRequestModel[]> {
    if (actor.role === 'VIEWER' || !actor.active) throw forbidden('Revision requests are for the owners’ editors and the secretariat.');
    let actionIds: number[] | null = null;
    if (actor.role !== 'ADMIN')
      actionIds = actor.organisationId === null ? [] : ((await this.actionService.ownedActionIdsByOrganisation()).get(actor.organisationId) ?? []);
    return (await selectRequests.all(this.dataSource, [pendingOnly, actionIds, limit])).map(toRequestModel);
  }

  /** Every request awaiting a decision, newest first (for the meeting pack: read by whoever may read the pack). */
  async pendingRequests(limit = 1000): Promise<RevisionRequestModel[]> {
    return (await selectRequests.all(this.dataSource, [true, null, limit])).map(toRequestModel);
  }

  async revisionsByActionIds(actionIds: readonly number[]): Promise<RevisionModel[][]> {
    const rows = await selectRevisionsOfActions.all(this.dataSource, [[...actionIds]]);
    return groupByKeys(actionIds, rows.map(toRevisionModel), (row) => row.actionId);
  }

  async requestsByActionIds(actionIds: readonly number[]): Promise<RevisionRequestModel[][]> {
    const rows = await selectRequestsOfActions.all(this.dataSource, [[...actionIds]]);
    return groupByKeys(actionIds, rows.map(toRequestModel), (row) => row.actionId);
  }

  /** Revisions that took effect in a period, in the order they took effect. */
  async revisionsBetween(from: CalendarDate, to: CalendarDate): Promise<RevisionModel[]> {
    return (await selectRevisionsDecidedBetween.all(this.dataSource, [from, to])).map(toRevisionModel);
  }

  /** The plan in force for an action on a date (and its definition version: every revision recorded), its adopted parties given. */
  planInForce(
    action: ActionModel,
    parties: { ownerKeys: string[]; partnerKeys: string[] },
    revisions: readonly RevisionModel[],
    asOf: CalendarDate,
  ): PlanInForceModel {
    const baseline = { deadline: action.deadline, title: action.title, subActions: action.subActions, ...parties };
    const inForce = definitionInForce(
      baseline,
      revisions.map((r) => asRevision({ id: r.id, effectiveDate: r.effectiveDate, changes: r.changes })),
      asOf,
    );
    const baselineDueDate = baselineDeadline(action.deadline).dueDate;
    return Object.assign(new PlanInForceModel(), {
      asOf,
      deadlineKind: inForce.deadline.kind,
      deadlineYear: inForce.deadline.year,
      deadlineEndYear: inForce.deadline.endYear,
      dueDate: inForce.deadline.dueDate,
      baselineDueDate,
      slippageDays: slippageDays(baselineDueDate, inForce.deadline.dueDate),
      cancelled: inForce.cancelled,
      title: inForce.title,
      subActions: inForce.subActions,
      ownerKeys: inForce.ownerKeys,
      partnerKeys: inForce.partnerKeys,
      revisionCount: inForce.revisionCount,
      definitionVersion: revisions.length,
    });
  }
}
