import { Module } from '@nestjs/common';
import { FinancingModule } from '../financing/financing.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { SnapshotModule } from '../snapshot/snapshot.module';
import { FinancingViewResolver } from './financing-view.resolver';
import { FinancingViewService } from './financing-view.service';

/** Read model above financing and snapshot, owns no table: the financing view and "late and not funded". */
@Module({
  imports: [FinancingModule, SnapshotModule, PlanModule, OrganisationModule],
  providers: [FinancingViewService, FinancingViewResolver],
  exports: [FinancingViewService],
})
export class FinancingViewModule {}
