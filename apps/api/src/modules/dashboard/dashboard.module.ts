import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { FinancingViewModule } from '../financing-view/financing-view.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { SnapshotModule } from '../snapshot/snapshot.module';
import { TrackingModule } from '../tracking/tracking.module';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [SnapshotModule, TrackingModule, PlanModule, OrganisationModule, ActionModule, IndicatorModule, FinancingViewModule],
  providers: [DashboardService, DashboardResolver],
  exports: [DashboardService],
})
export class DashboardModule {}
