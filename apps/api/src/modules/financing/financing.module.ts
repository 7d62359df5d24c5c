import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { UserModule } from '../user/user.module';
import { FINANCING_RESOLVERS } from './financing.resolver';
import { FinancingService } from './financing.service';

/** Owns action_financing, funding_line, funding_line_amount, reference_rate. */
@Module({
  imports: [ActionModule, AuditModule, OrganisationModule, UserModule],
  providers: [FinancingService, ...FINANCING_RESOLVERS],
  exports: [FinancingService],
})
export class FinancingModule {}
