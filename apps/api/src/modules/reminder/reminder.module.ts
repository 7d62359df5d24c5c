import { Module } from '@nestjs/common';
import { SteeringModule } from '../steering/steering.module';
import { RevisionModule } from '../revision/revision.module';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { SnapshotModule } from '../snapshot/snapshot.module';
import { TrackingModule } from '../tracking/tracking.module';
import { UserModule } from '../user/user.module';
import { CampaignService } from './campaign.service';
import { ReminderResolver } from './reminder.resolver';
import { ReminderService } from './reminder.service';

/** Owns reminder_run, reminder_announcement and campaign. The daily job's timer is the server's (background-jobs.module). */
@Module({
  imports: [SnapshotModule, TrackingModule, ActionModule, OrganisationModule, UserModule, NotificationModule, AuditModule, RevisionModule, SteeringModule],
  providers: [ReminderService, CampaignService, ReminderResolver],
  exports: [ReminderService],
})
export class ReminderModule {}
