import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { UserModule } from '../user/user.module';
import { ActionCommentResolver, StatusUpdateResolver, TrackingResolver } from './tracking.resolver';
import { TrackingService } from './tracking.service';

/** Owns action_status_update and action_comment. */
@Module({
  imports: [ActionModule, AuditModule, UserModule, OrganisationModule, NotificationModule],
  providers: [TrackingService, TrackingResolver, StatusUpdateResolver, ActionCommentResolver],
  exports: [TrackingService],
})
export class TrackingModule {}
