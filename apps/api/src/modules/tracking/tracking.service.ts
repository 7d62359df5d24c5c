import type { PrivateText } from '@pnq/domain';
import { Injectable } from '@nestjs/common';
import {
  ActionState,
  ActionStatus,
  CalendarDate,
  canCommentOnAction,
  canUpdateActionStatus,
  INITIAL_STATE,
  isBlankText,
  trimText,
  validateEffectiveDate,
  validateEvidenceLinks,
  validateNextMilestoneDate,
  validateStatusUpdate,
} from '@pnq/domain';
import { DataSource, EntityManager } from 'typeorm';
import { forbidden } from '../../common/access/access.errors';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { todayInCasablanca } from '../../common/clock';
import { ruleViolated } from '../../common/errors/domain-error';
import { groupByKeys, pickByKeys } from '../../common/collections';
import { actionNotFound } from '../action/action.errors';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { AddActionCommentInput } from './dto/add-action-comment.input';
import { UpdateActionStatusInput } from './dto/update-action-status.input';
import { commentRequired, versionConflict } from './tracking.errors';
import { ActionCommentModel, StatusUpdateModel } from './tracking.model';
import {
  insertComment,
  insertStatusUpdate,
  selectComments,
  selectHistory,
  selectLatestUpdate,
  selectStatesAsOf,
  selectUpdatesEnteredSince,
} from './tracking.queries';
import { selectPrivateTrackingTexts } from './tracking-private-texts.queries';

/** Owns action_status_update (the history) and action_comment: every update and comment, append-only. */
/** The latest status update on a date as the action's state then; none (never updated by then): the initial state. */
export function toActionState(update: { status: ActionStatus; progress: number; effectiveDate: string; version: number } | undefined): ActionState {
  return update ? { status: update.status, progress: update.progress, lastUpdateDate: update.effectiveDate, version: update.version } : INITIAL_STATE;
}

@Injectable()
export class TrackingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actionService: ActionService,
    private readonly auditService: AuditService,
  ) {}

  /**
   * Appends a status update, in one transaction: the action row is locked, the caller's rights and the
   * version they saw are checked, the version moves on by one, the update and its audit record are written.
   * Two concurrent updates on the same version: the second waits for the lock, then gets VERSION_CONFLICT.
   */
  async updateActionStatus(actor: AuthenticatedUser, input: UpdateActionStatusInput, today = todayInCasablanca()): Promise<void> {
    await this.dataSource.transaction((manager) => this.applyStatusUpdate(manager, actor, input, today));
  }

  /**
   * The rules and writes of one status update, inside the caller's transaction: the spreadsheet import runs
   * many of them in one transaction (all or nothing) through exactly the same checks.
   */
  async applyStatusUpdate(manager: EntityManager, actor: AuthenticatedUser, input: UpdateActionStatusInput, today: CalendarDate): Promise<void> {
    const effectiveDate = input.effectiveDate ?? today;
    const violation = [
      ...validateStatusUpdate(input),
      ...validateEffectiveDate(effectiveDate, today),
      ...validateNextMilestoneDate(input.nextMilestoneDate, effectiveDate),
    ][0];
    if (violation) throw ruleViolated(violation);

    const locked = await this.actionService.lockByRef(manager, input.ref);
    if (!locked) throw actionNotFound(input.ref);
    const [outline] = await this.actionService.outlines([locked.id], manager, today);
    if (!canUpdateActionStatus(actor, outline)) {
      throw forbidden(
        actor.role === 'VIEWER'
          ? 'Viewers can read the plan but not update it.'
          : `Only the owner organisations of ${input.ref} (or the secretariat) can update its status.`,
      );
    }
    if (locked.version !== input.expectedVersion) throw versionConflict(input.ref, input.expectedVersion, locked.version);

    const before = await selectLatestUpdate.one(manager, [locked.id]);
    const version = await this.actionService.incrementVersion(manager, locked.id);
    const after = {
      version,
      status: input.status,
      progress: input.progress,
      comment: trimText(input.comment),
      effectiveDate,
      evidenceUrls: input.evidenceUrls ?? [],
      nextMilestone: trimText(input.nextMilestone ?? '') || null,
      nextMilestoneDate: input.nextMilestoneDate ?? null,
    };
    await insertStatusUpdate.run(manager, [
      locked.id,
      version,
      after.status,
      after.progress,
      after.comment,
      after.effectiveDate,
      after.evidenceUrls,
      after.nextMilestone,
      after.nextMilestoneDate,
      actor.id,
    ]);
    await this.auditService.record(
      { actorId: actor.id, operation: 'updateActionStatus', entity: 'action', entityKey: input.ref, before: before ?? null, after },
      manager,
    );
  }

  /** Adds a comment with evidence: owners, partners (editors of either) and admins. Append-only, audited. */
  async addComment(actor: AuthenticatedUser, input: AddActionCommentInput): Promise<void> {
    if (isBlankText(input.comment)) throw commentRequired();
    const comment = trimText(input.comment);
    const [violation] = validateEvidenceLinks(input.evidenceUrls);
    if (violation) throw ruleViolated(violation);
    await this.dataSource.transaction(async (manager) => {
      const action = await this.actionService.lockByRef(manager, input.ref);
      if (!action) throw actionNotFound(input.ref);
      const [outline] = await this.actionService.outlines([action.id], manager);
      if (!canCommentOnAction(actor, outline)) {
        throw forbidden(`Only the owner and partner organisations of ${input.ref} (or the secretariat) can comment on it.`);
      }
      const after = { comment, evidenceUrls: input.evidenceUrls ?? [] };
      await insertComment.run(manager, [action.id, actor.id, after.comment, after.evidenceUrls]);
      await this.auditService.record({ actorId: actor.id, operation: 'addActionComment', entity: 'action', entityKey: input.ref, after }, manager);
    });
  }

  async commentsByActionIds(actionIds: readonly number[]): Promise<ActionCommentModel[][]> {
    const rows = await selectComments.all(this.dataSource, [[...actionIds]]);
    return groupByKeys(
      actionIds,
      rows.map((row) => Object.assign(new ActionCommentModel(), row)),
      (row) => row.actionId,
    );
  }

  /** The state of many actions on a date (one statement), in the order asked; never updated: the initial state. */
  async statesAsOf(actionIds: readonly number[], asOf: CalendarDate): Promise<ActionState[]> {
    const rows = await selectStatesAsOf.all(this.dataSource, [[...actionIds], asOf]);
    return pickByKeys(actionIds, rows, (row) => row.actionId).map(toActionState);
  }

  async historyByActionIds(actionIds: readonly number[]): Promise<StatusUpdateModel[][]> {
    const rows = await selectHistory.all(this.dataSource, [[...actionIds]]);
    return groupByKeys(
      actionIds,
      rows.map((row) => Object.assign(new StatusUpdateModel(), row)),
      (row) => row.actionId,
    );
  }

  /** Every update entered since an instant: which action, by whom, when. */
  async updatesEnteredSince(since: Date): Promise<{ actionId: number; authorId: number; enteredAt: Date }[]> {
    return selectUpdatesEnteredSince.all(this.dataSource, [since]);
  }

  /** Every comment and evidence link of the history (updates and comments): texts a public snapshot must never contain. */
  async privateTexts(): Promise<PrivateText[]> {
    const rows = await selectPrivateTrackingTexts.all(this.dataSource);
    return rows.flatMap((row) => [
      { kind: 'COMMENT' as const, text: row.comment },
      ...row.evidenceUrls.map((text) => ({ kind: 'EVIDENCE_LINK' as const, text })),
    ]);
  }
}
