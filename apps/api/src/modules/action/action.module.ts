import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { ActionResolver, OrganisationActionCountsResolver, PlanActionCountResolver, ProjectActionsResolver } from './action.resolver';
import { ActionService } from './action.service';

/** Owns action and action_organisation. */
@Module({
  imports: [OrganisationModule, AuditModule, PlanModule],
  providers: [ActionService, ActionResolver, ProjectActionsResolver, PlanActionCountResolver, OrganisationActionCountsResolver],
  exports: [ActionService],
})
export class ActionModule {}
