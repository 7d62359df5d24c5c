import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { TrackingModule } from '../tracking/tracking.module';
import { UserModule } from '../user/user.module';
import { CampaignService } from './campaign.service';
import { ReminderResolver } from './reminder.resolver';
import { ReminderScheduler } from './reminder.scheduler';
import { ReminderService } from './reminder.service';

@Module({
  imports: [TrackingModule, OrganisationModule, UserModule, NotificationModule, AuditModule],
  providers: [ReminderService, CampaignService, ReminderScheduler, ReminderResolver],
  exports: [ReminderService],
})
export class ReminderModule {}
