import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { sameRecord } from '../../common/same-record';
import { SqlExecutor } from '../../database/sql/typed-query';
import { insertAuditEvent, selectAuditEvents, selectPlanRevision } from './audit.queries';
import { AuditEventModel } from './audit.model';

export interface AuditRecord {
  actorId: number | null;
  operation: string;
  entity: string;
  entityKey: string;
  before?: unknown;
  after?: unknown;
  /**
   * Whether the change can move what the plan's caches hold (statuses, plan, organisations, indicators…): true by
   * default. Sign-ins, sign-outs, preferences and accounts say false, so they do not invalidate those caches.
   */
  affectsPlan?: boolean;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records a mutation; pass the transaction's manager so the record commits or rolls back with it. An edit whose
   * record is the same before and after changed nothing and is not recorded.
   */
  async record(event: AuditRecord, db: SqlExecutor = this.dataSource): Promise<void> {
    if (event.before != null && event.after != null && sameRecord(event.before, event.after)) return;
    await insertAuditEvent.run(db, [
      event.actorId,
      event.operation,
      event.entity,
      event.entityKey,
      JSON.stringify(event.before ?? null),
      JSON.stringify(event.after ?? null),
      event.affectsPlan ?? true,
    ]);
  }

  /** The audit log, newest first: the secretariat's only. */
  async list(actor: AuthenticatedUser, filter: { entity?: string; entityKey?: string; limit: number }): Promise<AuditEventModel[]> {
    assertAdmin(actor, 'read the audit log');
    const rows = await selectAuditEvents.all(this.dataSource, [filter.entity ?? null, filter.entityKey ?? null, filter.limit]);
    return rows.map((row) => Object.assign(new AuditEventModel(), row));
  }

  /**
   * The plan's revision: the latest audit event that may change the plan's figures. It changes with every such
   * mutation, in this instance or another (sign-ins and account changes leave it alone): caches compare it to stay fresh.
   */
  async planRevision(): Promise<string> {
    return (await selectPlanRevision.single(this.dataSource)).id;
  }
}
