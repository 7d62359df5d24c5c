import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { DeadlineKind } from '@pnq/domain';
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

@Injectable()
export class ActionService {
  constructor(
    @InjectRepository(ActionEntity) private readonly actions: Repository<ActionEntity>,
    @InjectRepository(ActionOrganisationEntity) private readonly participants: Repository<ActionOrganisationEntity>,
  ) {}

  async findByRef(ref: string): Promise<ActionModel | null> {
    const entity = await this.actions.findOneBy({ ref });
    return entity ? toActionModel(entity) : null;
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

  /** Every action with its place in the plan, deadline, weight and parties: four columns of one query. */
  async outlines(ids?: readonly number[]): Promise<ActionOutline[]> {
    const rows = await this.actions.query(
      `SELECT a.id, a.ref, a.title, pi.number AS "pillarNumber", ax.number AS "axisNumber", pr.ref AS "projectRef",
              a.weight::float AS weight, a.deadline_kind AS kind, a.deadline_year AS year, a.deadline_end_year AS "endYear",
              coalesce(array_agg(ao.organisation_id ORDER BY ao.position) FILTER (WHERE ao.role = 'OWNER'), '{}') AS "ownerIds",
              coalesce(array_agg(ao.organisation_id ORDER BY ao.position) FILTER (WHERE ao.role = 'PARTNER'), '{}') AS "partnerIds"
         FROM action a
         JOIN project pr ON pr.id = a.project_id
         JOIN axis ax ON ax.id = pr.axis_id
         JOIN pillar pi ON pi.id = ax.pillar_id
         LEFT JOIN action_organisation ao ON ao.action_id = a.id
        WHERE $1::int[] IS NULL OR a.id = ANY($1)
        GROUP BY a.id, pi.number, ax.number, pr.ref, pr.position
        ORDER BY pi.number, ax.number, pr.position, a.position`,
      [ids ? [...ids] : null],
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
