import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { ActionOrganisationEntity } from './action-organisation.entity';
import { ActionEntity } from './action.entity';
import { ActionResolver, ProjectActionsResolver } from './action.resolver';
import { ActionService } from './action.service';

@Module({
  imports: [TypeOrmModule.forFeature([ActionEntity, ActionOrganisationEntity]), OrganisationModule, AuditModule, PlanModule],
  providers: [ActionService, ActionResolver, ProjectActionsResolver],
  exports: [ActionService],
})
export class ActionModule {}
