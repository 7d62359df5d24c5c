import { Module } from '@nestjs/common';
import { ActionModule } from './modules/action/action.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { ReminderScheduler } from './modules/reminder/reminder.scheduler';
import { ReminderModule } from './modules/reminder/reminder.module';
import { SeedOnBootService } from './modules/seed/seed-on-boot.service';
import { SeedModule } from './modules/seed/seed.module';
import { UserModule } from './modules/user/user.module';

/**
 * What runs by itself in a server process: the seed (and accounts) at boot, and the daily reminders timer.
 * Only the server imports this module; the command-line tools (cli.module.ts) never start either.
 */
@Module({
  imports: [SeedModule, ReminderModule, UserModule, OrganisationModule, ActionModule],
  providers: [SeedOnBootService, ReminderScheduler],
})
export class BackgroundJobsModule {}
