import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { UserModule } from '../user/user.module';
import { SeedOnBootService } from './seed-on-boot.service';
import { SeedService } from './seed.service';

/** Owns seed_run; orchestrates the owners' upserts from the seed files, and the accounts at boot. */
@Module({
  imports: [PlanModule, OrganisationModule, ActionModule, IndicatorModule, AuditModule, UserModule],
  providers: [SeedService, SeedOnBootService],
  exports: [SeedService],
})
export class SeedModule {}
