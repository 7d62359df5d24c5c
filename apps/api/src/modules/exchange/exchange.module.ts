import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { FinancingModule } from '../financing/financing.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { SnapshotModule } from '../snapshot/snapshot.module';
import { TrackingModule } from '../tracking/tracking.module';
import { ExchangeController } from './exchange.controller';
import { ExchangeService } from './exchange.service';
import { ImportDryRunService } from './import-dry-run.service';
import { ImportService } from './import.service';
import { JobModule } from '../job/job.module';
import { WorkbookThreads } from './workbook-threads';

/** The Excel round-trip: exports, update templates per organisation, and their all-or-nothing import. */
@Module({
  imports: [DashboardModule, SnapshotModule, TrackingModule, ActionModule, PlanModule, OrganisationModule, AuditModule, JobModule, FinancingModule],
  controllers: [ExchangeController],
  providers: [ExchangeService, ImportService, ImportDryRunService, WorkbookThreads],
})
export class ExchangeModule {}
