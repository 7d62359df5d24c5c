import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { UserModule } from '../user/user.module';
import { AccountModule } from '../account/account.module';
import { ApiTokenModule } from '../api-token/api-token.module';
import { FinancingModule } from '../financing/financing.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { SteeringModule } from '../steering/steering.module';
import { OrganisationMergeResolver } from './organisation-merge.resolver';
import { OrganisationMergeService } from './organisation-merge.service';

/** Orchestration, owns no table: merging organisations through the owners of what points at them. */
@Module({
  imports: [OrganisationModule, ActionModule, UserModule, ApiTokenModule, AccountModule, AuditModule, FinancingModule, EvidenceModule, SteeringModule],
  providers: [OrganisationMergeService, OrganisationMergeResolver],
})
export class OrganisationMergeModule {}
