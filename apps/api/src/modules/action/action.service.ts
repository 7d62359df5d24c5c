import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { DeadlineKind, parseDeadline } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../user/authenticated-user';
import { ActionNotFoundError } from './action.errors';
import { UpdateActionDefinitionInput } from './dto/update-action-definition.input';
import { groupByKeys } from '../../common/request-loaders';
import { ActionOrganisationEntity, ActionRole } from './action-organisation.entity';
import { ActionEntity } from './action.entity';
import { toActionModel } from './action.mapper';
import { ActionModel } from './action.model';

/** What the tracking engine needs of every action, in plan order. */
export interface ActionOutline {
  id: number;
  ref: string;
  title: string;
  pillarNumber: number;
  axisNumber: number;
  projectRef: string;
  weight: number;
  deadline: { kind: DeadlineKind; year: number | null; endYear: number | null };
  ownerIds: number[];
  partnerIds: number[];
}

/** Narrows outlines in SQL by what does not depend on a date: place in the plan and parties. */
export interface OutlineFilter {
  pillars?: number[];
  /** "<pillar>.<axis>", e.g. "1.2". */
  axis?: string;
  ownerId?: number;
  partnerId?: number;
}

@Injectable()
export class ActionService {
  constructor(
    @InjectRepository(ActionEntity) private readonly actions: Repository<ActionEntity>,
    @InjectRepository(ActionOrganisationEntity) private readonly participants: Repository<ActionOrganisationEntity>,
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
  ) {}

  /** The secretariat corrects an action's definition; audited, and marked edited so the seed leaves it alone. */
  async updateDefinition(actor: AuthenticatedUser, input: UpdateActionDefinitionInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT id FROM action WHERE ref = $1 FOR UPDATE', [input.ref]);
      const [before] = await manager.query(
        `SELECT a.id, a.title, a.deadline_raw AS deadline, a.weight::float AS weight,
                coalesce(array_agg(o.key ORDER BY ao.position) FILTER (WHERE ao.role = 'OWNER'), '{}') AS "ownerKeys",
                coalesce(array_agg(o.key ORDER BY ao.position) FILTER (WHERE ao.role = 'PARTNER'), '{}') AS "partnerKeys"
           FROM action a LEFT JOIN action_organisation ao ON ao.action_id = a.id LEFT JOIN organisation o ON o.id = ao.organisation_id
          WHERE a.ref = $1 GROUP BY a.id`,
        [input.ref],
      );
      if (!before) throw new ActionNotFoundError(input.ref);
      const deadlineRaw = input.deadline === undefined ? before.deadline : input.deadline.trim() || null;
      const deadline = parseDeadline(deadlineRaw);
      await manager.query(
        `UPDATE action SET title = $2, deadline_raw = $3, deadline_kind = $4, deadline_year = $5, deadline_end_year = $6,
                deadline_exact = $7, weight = $8, edited_at = now() WHERE id = $1`,
        [before.id, input.title?.trim() ?? before.title, deadlineRaw, deadline.kind, deadline.year, deadline.endYear, deadline.exact, input.weight ?? before.weight],
      );
      for (const [role, keys] of [['OWNER', input.ownerKeys], ['PARTNER', input.partnerKeys]] as const) {
        if (keys === undefined) continue;
        const unique = [...new Set(keys)];
        const found: { id: number; key: string; name: string }[] = await manager.query('SELECT id, key, name FROM organisation WHERE key = ANY($1)', [unique]);
        const missing = unique.filter((key) => !found.some((o) => o.key === key));
        if (missing.length) throw new DomainError('ORGANISATION_NOT_FOUND', `No organisation with key ${missing.map((k) => `"${k}"`).join(', ')}.`);
        await manager.query('DELETE FROM action_organisation WHERE action_id = $1 AND role = $2', [before.id, role]);
        for (const [index, key] of unique.entries()) {
          const organisation = found.find((o) => o.key === key)!;
          await manager.query(
            `INSERT INTO action_organisation (action_id, role, organisation_id, position, printed_name) VALUES ($1, $2, $3, $4, $5)`,
            [before.id, role, organisation.id, index + 1, organisation.name],
          );
        }
      }
      const after = {
        title: input.title?.trim() ?? before.title,
        deadline: deadlineRaw,
        weight: input.weight ?? before.weight,
        ownerKeys: input.ownerKeys ?? before.ownerKeys,
        partnerKeys: input.partnerKeys ?? before.partnerKeys,
      };
      const { id: _id, ...beforeFields } = before;
      await this.auditService.record(
        { actorId: actor.id, operation: 'updateActionDefinition', entity: 'action', entityKey: input.ref, before: beforeFields, after },
        manager,
      );
    });
  }

  async findByRef(ref: string): Promise<ActionModel | null> {
    const entity = await this.actions.findOneBy({ ref });
    return entity ? toActionModel(entity) : null;
  }

  /** Actions by id, in the order asked. */
  async byIds(ids: readonly number[]): Promise<ActionModel[]> {
    const rows = new Map((await this.actions.findBy({ id: In([...ids]) })).map((row) => [row.id, toActionModel(row)]));
    return ids.map((id) => rows.get(id)).filter((a): a is ActionModel => a !== undefined);
  }

  async byProjectIds(projectIds: readonly number[]): Promise<ActionModel[][]> {
    const rows = await this.actions.find({ where: { projectId: In([...projectIds]) }, order: { position: 'ASC' } });
    return groupByKeys(projectIds, rows.map(toActionModel), (action) => action.projectId);
  }

  async participantsByActionIds(actionIds: readonly number[], role: ActionRole): Promise<ActionOrganisationEntity[][]> {
    const rows = await this.participants.find({
      where: { actionId: In([...actionIds]), role },
      order: { position: 'ASC' },
    });
    return groupByKeys(actionIds, rows, (row) => row.actionId);
  }

  /**
   * Every action with its place in the plan, deadline, weight and parties: four columns of one query.
   * Inside a transaction, pass its manager: taking a second pooled connection while holding a row lock
   * starves the pool under concurrent writers.
   */
  async outlines(ids?: readonly number[], manager?: EntityManager, filter: OutlineFilter = {}): Promise<ActionOutline[]> {
    const [axisPillar, axisNumber] = filter.axis?.split('.').map(Number) ?? [];
    const rows = await (manager ?? this.actions.manager).query(
      `SELECT a.id, a.ref, a.title, pi.number AS "pillarNumber", ax.number AS "axisNumber", pr.ref AS "projectRef",
              a.weight::float AS weight, a.deadline_kind AS kind, a.deadline_year AS year, a.deadline_end_year AS "endYear",
              coalesce(array_agg(ao.organisation_id ORDER BY ao.position) FILTER (WHERE ao.role = 'OWNER'), '{}') AS "ownerIds",
              coalesce(array_agg(ao.organisation_id ORDER BY ao.position) FILTER (WHERE ao.role = 'PARTNER'), '{}') AS "partnerIds"
         FROM action a
         JOIN project pr ON pr.id = a.project_id
         JOIN axis ax ON ax.id = pr.axis_id
         JOIN pillar pi ON pi.id = ax.pillar_id
         LEFT JOIN action_organisation ao ON ao.action_id = a.id
        WHERE ($1::int[] IS NULL OR a.id = ANY($1))
          AND ($2::int[] IS NULL OR pi.number = ANY($2))
          AND ($3::int IS NULL OR (pi.number = $3 AND ax.number = $4))
          AND ($5::int IS NULL OR EXISTS (SELECT 1 FROM action_organisation f WHERE f.action_id = a.id AND f.role = 'OWNER' AND f.organisation_id = $5))
          AND ($6::int IS NULL OR EXISTS (SELECT 1 FROM action_organisation f WHERE f.action_id = a.id AND f.role = 'PARTNER' AND f.organisation_id = $6))
        GROUP BY a.id, pi.number, ax.number, pr.ref, pr.position
        ORDER BY pi.number, ax.number, pr.position, a.position`,
      [
        ids ? [...ids] : null,
        filter.pillars?.length ? filter.pillars : null,
        Number.isInteger(axisPillar) && Number.isInteger(axisNumber) ? axisPillar : null,
        Number.isInteger(axisNumber) ? axisNumber : null,
        filter.ownerId ?? null,
        filter.partnerId ?? null,
      ],
    );
    return rows.map(({ kind, year, endYear, ...row }: Record<string, unknown>) => ({ ...row, deadline: { kind, year, endYear } }) as ActionOutline);
  }

  /** Locks the action row for the rest of the transaction (concurrent writers queue here). */
  async lockByRef(manager: EntityManager, ref: string): Promise<{ id: number; version: number } | null> {
    const [row] = await manager.query('SELECT id, version FROM action WHERE ref = $1 FOR UPDATE', [ref]);
    return row ?? null;
  }

  async incrementVersion(manager: EntityManager, id: number): Promise<number> {
    // For UPDATE … RETURNING, TypeORM answers [rows, affectedCount].
    const [[row]] = await manager.query('UPDATE action SET version = version + 1 WHERE id = $1 RETURNING version', [id]);
    return row.version;
  }
}
