import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ActionState,
  canCommentOnAction,
  canUpdateActionStatus,
  CalendarDate,
  healthOn,
  HealthVerdict,
  INITIAL_STATE,
  validateStatusUpdate,
} from '@pnq/domain';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { groupByKeys } from '../../common/request-loaders';
import { todayInCasablanca } from '../../common/clock';
import { ActionNotFoundError } from '../action/action.errors';
import { ActionOutline, ActionService, OutlineFilter } from '../action/action.service';
import { ActionModel } from '../action/action.model';
import { AuditService } from '../audit/audit.service';
import { ForbiddenError } from '../auth/auth.errors';
import { AuthenticatedUser } from '../user/authenticated-user';
import { AddActionCommentInput } from './dto/add-action-comment.input';
import { UpdateActionStatusInput } from './dto/update-action-status.input';
import { StatusUpdateEntity } from './status-update.entity';
import { RuleViolationError, VersionConflictError } from './tracking.errors';
import { ActionCommentModel, StatusUpdateModel } from './tracking.model';

export interface ActionSnapshot extends ActionOutline {
  state: ActionState;
  verdict: HealthVerdict;
}

const EARLIEST_EFFECTIVE_DATE = '2023-01-01';
/** How many dates' whole-plan snapshots an instance keeps (today, and a few as-of dates being browsed). */
const SNAPSHOT_CACHE_DATES = 4;

@Injectable()
export class TrackingService {
  private readonly snapshots = new Map<CalendarDate, { revision: string; snapshot: readonly ActionSnapshot[] }>();

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(StatusUpdateEntity) private readonly updates: Repository<StatusUpdateEntity>,
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
    const violation = validateStatusUpdate(input)[0];
    if (violation) throw new RuleViolationError(violation.code, violation.message);
    const effectiveDate = input.effectiveDate ?? today;
    if (effectiveDate > today) {
      throw new RuleViolationError('INVALID_EFFECTIVE_DATE', `The effective date ${effectiveDate} is in the future (today is ${today} in Casablanca).`);
    }
    if (effectiveDate < EARLIEST_EFFECTIVE_DATE) {
      throw new RuleViolationError('INVALID_EFFECTIVE_DATE', `The effective date ${effectiveDate} is before the plan (${EARLIEST_EFFECTIVE_DATE}).`);
    }

    const locked = await this.actionService.lockByRef(manager, input.ref);
    if (!locked) throw new ActionNotFoundError(input.ref);
    const [outline] = await this.actionService.outlines([locked.id], manager);
    if (!canUpdateActionStatus(actor, outline)) {
      throw new ForbiddenError(
        actor.role === 'VIEWER'
          ? 'Viewers can read the plan but not update it.'
          : `Only the owner organisations of ${input.ref} (or the secretariat) can update its status.`,
      );
    }
    if (locked.version !== input.expectedVersion) throw new VersionConflictError(input.ref, input.expectedVersion, locked.version);

    const [before] = await manager.query(
      `SELECT version, status, progress, effective_date::text AS "effectiveDate" FROM action_status_update WHERE action_id = $1 ORDER BY version DESC LIMIT 1`,
      [locked.id],
    );
    const version = await this.actionService.incrementVersion(manager, locked.id);
    const after = {
      version,
      status: input.status,
      progress: input.progress,
      comment: input.comment.trim(),
      effectiveDate,
      evidenceUrls: input.evidenceUrls ?? [],
      nextMilestone: input.nextMilestone?.trim() || null,
      nextMilestoneDate: input.nextMilestoneDate ?? null,
    };
    await manager.query(
      `INSERT INTO action_status_update (action_id, version, status, progress, comment, effective_date, evidence_urls, next_milestone, next_milestone_date, author_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [locked.id, version, after.status, after.progress, after.comment, after.effectiveDate, after.evidenceUrls, after.nextMilestone, after.nextMilestoneDate, actor.id],
    );
    await this.auditService.record(
      { actorId: actor.id, operation: 'updateActionStatus', entity: 'action', entityKey: input.ref, before: before ?? null, after },
      manager,
    );
  }

  /** Adds a comment with evidence: owners, partners (editors of either) and admins. Append-only, audited. */
  async addComment(actor: AuthenticatedUser, input: AddActionCommentInput): Promise<void> {
    const comment = input.comment.trim();
    if (!comment) throw new RuleViolationError('COMMENT_REQUIRED', 'A comment cannot be empty.');
    await this.dataSource.transaction(async (manager) => {
      const [action] = await manager.query('SELECT id FROM action WHERE ref = $1', [input.ref]);
      if (!action) throw new ActionNotFoundError(input.ref);
      const [outline] = await this.actionService.outlines([action.id], manager);
      if (!canCommentOnAction(actor, outline)) {
        throw new ForbiddenError(`Only the owner and partner organisations of ${input.ref} (or the secretariat) can comment on it.`);
      }
      const after = { comment, evidenceUrls: input.evidenceUrls ?? [] };
      await manager.query(`INSERT INTO action_comment (action_id, author_id, comment, evidence_urls) VALUES ($1, $2, $3, $4)`, [
        action.id,
        actor.id,
        after.comment,
        after.evidenceUrls,
      ]);
      await this.auditService.record({ actorId: actor.id, operation: 'addActionComment', entity: 'action', entityKey: input.ref, after }, manager);
    });
  }

  async commentsByActionIds(actionIds: readonly number[]): Promise<ActionCommentModel[][]> {
    const rows = await this.updates.query(
      `SELECT id, action_id AS "actionId", author_id AS "authorId", comment, evidence_urls AS "evidenceUrls", entered_at AS "enteredAt"
         FROM action_comment WHERE action_id = ANY($1) ORDER BY entered_at DESC, id DESC`,
      [[...actionIds]],
    );
    return groupByKeys(actionIds, rows.map((row: ActionCommentModel) => Object.assign(new ActionCommentModel(), row)), (row) => row.actionId);
  }

  /**
   * The state of many actions on a date: one query, one index probe per action (the latest update
   * effective by then, read from the covering index action_status_update_state_idx).
   */
  async statesAsOf(actionIds: readonly number[], asOf: CalendarDate): Promise<ActionState[]> {
    const rows: { action_id: number; status: ActionState['status']; progress: number; effective_date: string; version: number }[] =
      await this.updates.query(
        `SELECT ids.id AS action_id, s.status, s.progress, s.effective_date::text, s.version
           FROM unnest($1::int[]) AS ids(id)
          CROSS JOIN LATERAL (
                SELECT status, progress, effective_date, version FROM action_status_update u
                 WHERE u.action_id = ids.id AND u.effective_date <= $2
                 ORDER BY u.effective_date DESC, u.version DESC LIMIT 1) s`,
        [[...actionIds], asOf],
      );
    const byId = new Map(rows.map((r) => [r.action_id, { status: r.status, progress: r.progress, lastUpdateDate: r.effective_date, version: r.version }]));
    return actionIds.map((id) => byId.get(id) ?? INITIAL_STATE);
  }

  async historyByActionIds(actionIds: readonly number[]): Promise<StatusUpdateModel[][]> {
    const rows = await this.updates.find({
      where: { actionId: In([...actionIds]) },
      order: { effectiveDate: 'DESC', version: 'DESC' },
    });
    return groupByKeys(actionIds, rows.map((row) => Object.assign(new StatusUpdateModel(), row)), (row) => row.actionId);
  }

  verdict(action: Pick<ActionModel, 'deadline'>, state: ActionState, asOf: CalendarDate): HealthVerdict {
    return healthOn({ deadline: action.deadline, state }, asOf);
  }

  /**
   * Every action (or those matching a structural filter, narrowed in SQL) with its state and health on a date:
   * the base of every roll-up, report and reminder. The whole-plan snapshot is cached per date and reused
   * while the plan's revision (see `revision`) is unchanged, so it is computed once per change, not per request.
   * Callers must not mutate what it returns.
   */
  async snapshot(asOf: CalendarDate, filter: OutlineFilter = {}): Promise<readonly ActionSnapshot[]> {
    if (Object.values(filter).some((value) => value !== undefined)) return this.computeSnapshot(asOf, filter);
    return (await this.wholePlan(asOf)).snapshot;
  }

  /** The whole plan's snapshot on a date with the revision it is valid for (callers may cache what they derive). */
  async wholePlan(asOf: CalendarDate): Promise<{ revision: string; snapshot: readonly ActionSnapshot[] }> {
    const revision = await this.revision();
    const cached = this.snapshots.get(asOf);
    if (cached?.revision === revision) return cached;
    const entry = { revision, snapshot: await this.computeSnapshot(asOf, {}) };
    this.snapshots.delete(asOf);
    this.snapshots.set(asOf, entry);
    if (this.snapshots.size > SNAPSHOT_CACHE_DATES) this.snapshots.delete(this.snapshots.keys().next().value!);
    return entry;
  }

  /**
   * A value that changes whenever anything a snapshot depends on may have changed, in this instance or another:
   * every mutation writes an audit event (status updates also a history row), the seed a seed_run row.
   * Three index lookups; read before the snapshot, so a cached snapshot is never older than its revision.
   */
  private async revision(): Promise<string> {
    const [row] = await this.updates.query(
      `SELECT concat_ws(':', (SELECT max(id) FROM audit_event), (SELECT max(id) FROM action_status_update), (SELECT max(id) FROM seed_run)) AS revision`,
    );
    return row.revision;
  }

  private async computeSnapshot(asOf: CalendarDate, filter: OutlineFilter): Promise<ActionSnapshot[]> {
    const outlines = await this.actionService.outlines(undefined, undefined, filter);
    const states = await this.statesAsOf(outlines.map((o) => o.id), asOf);
    return outlines.map((outline, index) => ({
      ...outline,
      state: states[index],
      verdict: healthOn({ deadline: outline.deadline, state: states[index] }, asOf),
    }));
  }
}
