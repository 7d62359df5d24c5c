import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { FinancingViewModule } from '../financing-view/financing-view.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { JobModule } from '../job/job.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { SnapshotModule } from '../snapshot/snapshot.module';
import { TrackingModule } from '../tracking/tracking.module';
import { UserModule } from '../user/user.module';
import { IndicatorsSectionLoader } from './indicators-section.loader';
import { ReportEditionService } from './report-edition.service';
import { ReportController } from './report.controller';
import { ReportJobs } from './report.jobs';
import { ReportRenderer } from './report.renderer';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';

@Module({
  imports: [
    DashboardModule,
    SnapshotModule,
    TrackingModule,
    PlanModule,
    OrganisationModule,
    ActionModule,
    IndicatorModule,
    JobModule,
    AuditModule,
    UserModule,
    FinancingViewModule,
  ],
  controllers: [ReportController],
  providers: [ReportService, ReportRenderer, IndicatorsSectionLoader, ReportEditionService, ReportJobs, ReportResolver],
  exports: [ReportJobs, ReportRenderer],
})
export class ReportModule {}
