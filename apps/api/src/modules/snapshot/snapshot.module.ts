import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SnapshotResolver } from './snapshot.resolver';
import { SnapshotService } from './snapshot.service';

/** Read model, owns no table: every action with its place in the plan, plan in force, state and health on a date (and Action.health / healthDetail). */
@Module({
  imports: [AuditModule],
  providers: [SnapshotService, SnapshotResolver],
  exports: [SnapshotService],
})
export class SnapshotModule {}
