import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { SqlExecutor } from '../../database/sql/typed-query';
import { insertAuditEvent, selectAuditEvents, selectLatestAuditEventId } from './audit.queries';
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
  constructor(private readonly dataSource: DataSource) {}

  /** Records a mutation; pass the transaction's manager so the record commits or rolls back with it. */
  async record(event: AuditRecord, db: SqlExecutor = this.dataSource): Promise<void> {
    await insertAuditEvent.run(db, [
      event.actorId,
      event.operation,
      event.entity,
      event.entityKey,
      JSON.stringify(event.before ?? null),
      JSON.stringify(event.after ?? null),
    ]);
  }

  /** The audit log, newest first: the secretariat's only. */
  async list(actor: AuthenticatedUser, filter: { entity?: string; entityKey?: string; limit: number }): Promise<AuditEventModel[]> {
    assertAdmin(actor, 'read the audit log');
    const rows = await selectAuditEvents.all(this.dataSource, [filter.entity ?? null, filter.entityKey ?? null, filter.limit]);
    return rows.map((row) => Object.assign(new AuditEventModel(), row));
  }

  /** Changes whenever any mutation is recorded, in this instance or another: caches compare it to stay fresh. */
  async latestEventId(): Promise<string> {
    return (await selectLatestAuditEventId.single(this.dataSource)).id;
  }
}
