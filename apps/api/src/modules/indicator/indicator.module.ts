import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { UserModule } from '../user/user.module';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';
import { INDICATOR_RESOLVERS } from './indicator.resolver';
import { IndicatorService } from './indicator.service';
import { NationalIndicatorValueEntity } from './national-indicator-value.entity';
import { NationalIndicatorEntity } from './national-indicator.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([IndicatorEntity, IndicatorValueEntity, NationalIndicatorEntity, NationalIndicatorValueEntity]),
    ActionModule,
    AuditModule,
    UserModule,
  ],
  providers: [IndicatorService, ...INDICATOR_RESOLVERS],
  exports: [IndicatorService],
})
export class IndicatorModule {}
