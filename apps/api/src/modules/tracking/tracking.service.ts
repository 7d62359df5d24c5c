import type { PrivateText } from '@pnq/domain';
import { Injectable } from '@nestjs/common';
import {
  ActionState,
  ActionStatus,
  CalendarDate,
  canCommentOnAction,
  canUpdateActionStatus,
  commentReferenceViolation,
  mentionHandles,
  resolveMentions,
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
import { noticeItem } from '../notification/notice-item';
import { NotificationService } from '../notification/notification.service';
import { OrganisationService } from '../organisation/organisation.service';
import { UserService } from '../user/user.service';
import { AddActionCommentInput } from './dto/add-action-comment.input';
import { UpdateActionStatusInput } from './dto/update-action-status.input';
import { commentRequired, replyOrCorrection, versionConflict } from './tracking.errors';
import { ActionCommentModel, StatusUpdateModel } from './tracking.model';
import {
  insertComment,
  insertStatusUpdate,
  selectComments,
  selectHistory,
  selectLatestCommentsAsOf,
  selectLatestUpdate,
  selectReferencedComment,
  selectStatesAsOf,
  selectUpdatesEnteredSince,
  selectCommentEntry,
  selectStatusUpdateEntry,
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
    private readonly organisationService: OrganisationService,
    private readonly userService: UserService,
    private readonly notificationService: NotificationService,
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

  /**
   * Adds an entry to an action's discussion: owners, partners (editors of either) and admins; viewers read. It may
   * answer an earlier comment (replyToId) or correct one of the author's own (correctsId: the earlier entry stays and
   * shows as corrected). The organisations (@ACRONYM) and people (@e-mail) it mentions are notified in the bell, in the
   * same transaction. Append-only, audited.
   */
  async addComment(actor: AuthenticatedUser, input: AddActionCommentInput, today = todayInCasablanca()): Promise<void> {
    if (isBlankText(input.comment)) throw commentRequired();
    if (input.replyToId && input.correctsId) throw replyOrCorrection();
    const comment = trimText(input.comment);
    const [violation] = validateEvidenceLinks(input.evidenceUrls);
    if (violation) throw ruleViolated(violation);
    const [target, organisations, people] = await Promise.all([
      this.actionService.findByRef(input.ref),
      this.organisationService.list(),
      this.userService.recipients(),
    ]);
    await this.dataSource.transaction(async (manager) => {
      const action = await this.actionService.lockByRef(manager, input.ref);
      if (!action || !target) throw actionNotFound(input.ref);
      const [outline] = await this.actionService.outlines([action.id], manager);
      if (!canCommentOnAction(actor, outline)) {
        throw forbidden(`Only the owner and partner organisations of ${input.ref} (or the secretariat) can comment on it.`);
      }
      const referenceId = input.correctsId ?? input.replyToId;
      if (referenceId) {
        const earlier = (await selectReferencedComment.one(manager, [referenceId])) ?? null;
        const refused = commentReferenceViolation(earlier, { actionId: action.id, actorId: actor.id, as: input.correctsId ? 'CORRECTION' : 'REPLY' });
        if (refused) throw ruleViolated(refused);
      }
      const mentions = resolveMentions(mentionHandles(comment), organisations, people);
      const after = {
        comment,
        evidenceUrls: input.evidenceUrls ?? [],
        replyToId: input.replyToId ?? null,
        correctsId: input.correctsId ?? null,
        mentionedOrganisationIds: mentions.organisationIds,
        mentionedUserIds: mentions.userIds,
      };
      const { id } = await insertComment.single(manager, [
        action.id,
        actor.id,
        after.comment,
        after.evidenceUrls,
        after.replyToId,
        after.correctsId,
        after.mentionedOrganisationIds,
        after.mentionedUserIds,
      ]);
      await this.auditService.record(
        { actorId: actor.id, operation: 'addActionComment', entity: 'action', entityKey: input.ref, after: { id, ...after } },
        manager,
      );
      const notified = people.filter(
        (person) =>
          person.id !== actor.id &&
          (mentions.userIds.includes(person.id) ||
            (person.role === 'EDITOR' && person.organisationId !== null && mentions.organisationIds.includes(person.organisationId))),
      );
      const author = organisations.find((o) => o.id === actor.organisationId);
      const item = noticeItem('MENTION', { ref: input.ref, title: target.title, organisation: author ? (author.acronym ?? author.name) : actor.name });
      for (const person of notified) await this.notificationService.record(manager, { userId: person.id, kind: 'MENTION', runDate: today, items: [item] });
    });
  }

  /** The action and author of a status update or a discussion entry (an evidence file attached to it); null: none. */
  async entryOf(kind: 'STATUS_UPDATE' | 'COMMENT', id: string): Promise<{ actionId: number; authorId: number } | null> {
    return (await (kind === 'STATUS_UPDATE' ? selectStatusUpdateEntry : selectCommentEntry).one(this.dataSource, [id])) ?? null;
  }

  async commentsByActionIds(actionIds: readonly number[]): Promise<ActionCommentModel[][]> {
    const rows = await selectComments.all(this.dataSource, [[...actionIds]]);
    return groupByKeys(
      actionIds,
      rows.map((row) => Object.assign(new ActionCommentModel(), row)),
      (row) => row.actionId,
    );
  }

  /** The latest discussion entry of each action entered by the end of a date (Casablanca), by action id. */
  async latestCommentsAsOf(actionIds: readonly number[], asOf: CalendarDate): Promise<Map<number, { comment: string; enteredOn: string }>> {
    const rows = await selectLatestCommentsAsOf.all(this.dataSource, [[...actionIds], asOf]);
    return new Map(rows.map((row) => [row.actionId, { comment: row.comment, enteredOn: row.enteredOn }]));
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
