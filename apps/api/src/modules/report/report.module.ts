import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { SnapshotModule } from '../snapshot/snapshot.module';
import { TrackingModule } from '../tracking/tracking.module';
import { IndicatorsSectionLoader } from './indicators-section.loader';
import { ReportController } from './report.controller';
import { ReportRenderer } from './report.renderer';
import { ReportService } from './report.service';

@Module({
  imports: [DashboardModule, SnapshotModule, TrackingModule, PlanModule, OrganisationModule, ActionModule, IndicatorModule],
  controllers: [ReportController],
  providers: [ReportService, ReportRenderer, IndicatorsSectionLoader],
  exports: [ReportRenderer],
})
export class ReportModule {}
