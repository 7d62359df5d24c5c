import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SnapshotService } from './snapshot.service';

/** Read model, owns no table: every action with its place in the plan, state and health on a date. */
@Module({
  imports: [AuditModule],
  providers: [SnapshotService],
  exports: [SnapshotService],
})
export class SnapshotModule {}
