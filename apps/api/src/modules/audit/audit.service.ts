import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventModel } from './audit.model';

export interface AuditRecord {
  actorId: number | null;
  operation: string;
  entity: string;
  entityKey: string;
  before?: unknown;
  after?: unknown;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Records a mutation; pass the transaction's manager so the record commits or rolls back with it. */
  async record(event: AuditRecord, manager?: EntityManager): Promise<void> {
    await (manager ?? this.events.manager).query(
      `INSERT INTO audit_event (actor_id, operation, entity, entity_key, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.actorId, event.operation, event.entity, event.entityKey, JSON.stringify(event.before ?? null), JSON.stringify(event.after ?? null)],
    );
  }

  async list(filter: { entity?: string; entityKey?: string; limit: number }): Promise<AuditEventModel[]> {
    const rows = await this.events.query(
      `SELECT e.id, e.at, e.actor_id AS "actorId", u.email AS "actorEmail", e.operation, e.entity, e.entity_key AS "entityKey", e.before, e.after
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE ($1::text IS NULL OR e.entity = $1) AND ($2::text IS NULL OR e.entity_key = $2)
        ORDER BY e.id DESC LIMIT $3`,
      [filter.entity ?? null, filter.entityKey ?? null, filter.limit],
    );
    return rows.map((row: AuditEventModel) => Object.assign(new AuditEventModel(), row));
  }
}
