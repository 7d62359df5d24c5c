import { Module } from '@nestjs/common';
import { ActionModule } from './modules/action/action.module';
import { HousekeepingModule } from './modules/housekeeping/housekeeping.module';
import { HousekeepingScheduler } from './modules/housekeeping/housekeeping.scheduler';
import { JobQueueScheduler } from './modules/job/job-queue.scheduler';
import { JobModule } from './modules/job/job.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { ReminderScheduler } from './modules/reminder/reminder.scheduler';
import { ReminderModule } from './modules/reminder/reminder.module';
import { SeedOnBootService } from './modules/seed/seed-on-boot.service';
import { SeedModule } from './modules/seed/seed.module';
import { UserModule } from './modules/user/user.module';
import { PublicationModule } from './modules/publication/publication.module';
import { PublicSiteScheduler } from './modules/publication/public-site.scheduler';

/**
 * What runs by itself in a server process: the seed (and accounts) at boot, the daily reminders timer, and the
 * hourly purge of ended sessions and old sign-in attempts, and the job queue's scheduler (takes queued jobs — reports —
 * as they are announced).
 * Only the server imports this module; the command-line tools (cli.module.ts) never start either.
 */
@Module({
  imports: [SeedModule, ReminderModule, UserModule, OrganisationModule, ActionModule, HousekeepingModule, JobModule, PublicationModule],
  providers: [SeedOnBootService, ReminderScheduler, HousekeepingScheduler, JobQueueScheduler, PublicSiteScheduler],
})
export class BackgroundJobsModule {}
