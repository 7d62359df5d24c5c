import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { UserModule } from '../user/user.module';
import { INDICATOR_RESOLVERS } from './indicator.resolver';
import { IndicatorService } from './indicator.service';

/** Owns indicator, indicator_value, national_indicator, national_indicator_value. */
@Module({
  imports: [ActionModule, AuditModule, UserModule],
  providers: [IndicatorService, ...INDICATOR_RESOLVERS],
  exports: [IndicatorService],
})
export class IndicatorModule {}
