import { Module } from '@nestjs/common';
import { IndicatorModule } from '../indicator/indicator.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { RevisionModule } from '../revision/revision.module';
import { SnapshotModule } from '../snapshot/snapshot.module';
import { PlanChangesResolver } from './plan-changes.resolver';
import { PlanChangesService } from './plan-changes.service';

/** Read model, owns no table: the changes between two dates (screen, export, meeting pack). */
@Module({
  imports: [SnapshotModule, RevisionModule, IndicatorModule, PlanModule, OrganisationModule],
  providers: [PlanChangesService, PlanChangesResolver],
  exports: [PlanChangesService],
})
export class PlanChangesModule {}
