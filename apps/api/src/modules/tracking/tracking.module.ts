import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { UserModule } from '../user/user.module';
import { StatusUpdateEntity } from './status-update.entity';
import { ActionCommentResolver, StatusUpdateResolver, TrackingResolver } from './tracking.resolver';
import { TrackingService } from './tracking.service';

@Module({
  imports: [TypeOrmModule.forFeature([StatusUpdateEntity]), ActionModule, AuditModule, UserModule],
  providers: [TrackingService, TrackingResolver, StatusUpdateResolver, ActionCommentResolver],
  exports: [TrackingService],
})
export class TrackingModule {}
