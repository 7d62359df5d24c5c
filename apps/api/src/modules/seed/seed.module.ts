import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { RevisionModule } from '../revision/revision.module';
import { SeedService } from './seed.service';

/** Owns seed_run; orchestrates the owners' upserts from the seed files. Seeding at boot is the server's (background-jobs.module). */
@Module({
  imports: [PlanModule, OrganisationModule, ActionModule, IndicatorModule, AuditModule, RevisionModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
